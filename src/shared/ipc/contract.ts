import { z } from 'zod';
import { FindingSchema } from '../findings/finding';
import { PipelineSchema } from '../model/pipeline';
import { CostProjectionSchema, MAX_PROJECTION_MONTHS } from '../model/cost-projection';
import { SimulationResultSchema } from '../model/simulation-result';
import { MenuModelSchema } from './menu-model';
import { FILE_SAFETY_CHANNELS, FILE_SAFETY_EVENTS } from './file-safety-channels';

export { describeIssues } from '../model/issues';

export const EXPORT_FORMATS = ['cfn-yaml', 'cfn-json', 'asl', 'svg', 'png', 'drawio', 'mermaid'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** An absolute file path chosen by the user. Omitted: main asks with a native dialog where it has one. */
const FilePath = z.string().min(1).max(4_096);
const Cancelled = z.object({ status: z.literal('cancelled') });

/**
 * The one IPC contract: every channel `domain:verb` with the method name the preload exposes,
 * and zod schemas for its input and output. Main parses every input; the renderer parses every output.
 */
export const CHANNELS = {
  'app:info': {
    method: 'appInfo',
    input: z.object({}),
    output: z.object({
      version: z.string(),
      transport: z.enum(['electron', 'web']),
      /** Whether main can show native open/save dialogs; without them the renderer asks for a path. */
      nativeDialogs: z.boolean(),
      /** A folder the user's files usually live in; suggested in path prompts. */
      documentsDir: z.string(),
    }),
  },
  'pipeline:validate': {
    method: 'validatePipeline',
    input: z.object({ pipeline: PipelineSchema }),
    output: z.object({ findings: z.array(FindingSchema) }),
  },
  'simulation:run': {
    method: 'runSimulation',
    input: z.object({ runId: z.string().min(1).max(100), pipeline: PipelineSchema }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('completed'), result: SimulationResultSchema }), Cancelled]),
  },
  'simulation:cancel': {
    method: 'cancelSimulation',
    input: z.object({ runId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  },
  'simulation:project': {
    method: 'projectCost',
    /** A completed run of `pipeline`, played forward month by month. */
    input: z.object({ pipeline: PipelineSchema, result: SimulationResultSchema, months: z.number().int().min(1).max(MAX_PROJECTION_MONTHS) }),
    output: CostProjectionSchema,
  },
  'export:render': {
    method: 'renderExport',
    input: z.object({ pipeline: PipelineSchema, format: ExportFormatSchema }),
    /** Text formats come as UTF-8 text; binary ones (PNG) as base64. */
    output: z.object({ content: z.string(), encoding: z.enum(['utf8', 'base64']), fileName: z.string(), mediaType: z.string() }),
  },
  'export:save': {
    method: 'saveExport',
    input: z.object({ pipeline: PipelineSchema, format: ExportFormatSchema, path: FilePath.optional() }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), path: z.string() }), Cancelled]),
  },
  'file:open': {
    method: 'openFile',
    input: z.object({ path: FilePath.optional() }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('opened'), path: z.string(), pipeline: PipelineSchema }), Cancelled]),
  },
  'file:import': {
    method: 'importTemplate',
    /** A CloudFormation template (YAML or JSON) read as a new, unsaved pipeline; `notes` say what was kept as it is. */
    input: z.object({ path: FilePath.optional() }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('imported'), path: z.string(), pipeline: PipelineSchema, notes: z.array(z.string()) }), Cancelled]),
  },
  'file:save': {
    method: 'saveFile',
    input: z.object({ pipeline: PipelineSchema, path: FilePath.optional() }),
    output: z.discriminatedUnion('status', [z.object({ status: z.literal('saved'), path: z.string() }), Cancelled]),
  },
  'menu:set': {
    method: 'setMenu',
    /** The menu bar from the renderer's command registry; Electron shows it as the native menu (the web host has none: `applied` false). */
    input: MenuModelSchema,
    output: z.object({ applied: z.boolean() }),
  },
  ...FILE_SAFETY_CHANNELS,
  'layout:auto': {
    method: 'autoLayout',
    /** A left-to-right layered layout following the data flow; pinned nodes keep their positions. */
    input: z.object({ pipeline: PipelineSchema }),
    output: z.object({ positions: z.array(z.object({ id: z.string(), x: z.number().finite(), y: z.number().finite() })) }),
  },
} as const;

/** Events main sends to the renderer that asked for the work. */
export const EVENTS = {
  'simulation:progress': z.object({ runId: z.string(), fraction: z.number().min(0).max(1), simulatedSeconds: z.number() }),
  /** A native menu item was clicked: the renderer runs the command with this id. */
  'menu:command': z.object({ id: z.string().min(1).max(100) }),
  ...FILE_SAFETY_EVENTS,
} as const;

export type Channel = keyof typeof CHANNELS;
export type EventName = keyof typeof EVENTS;
export type ChannelInput<C extends Channel> = z.input<(typeof CHANNELS)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof CHANNELS)[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<(typeof CHANNELS)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;

/** What every call returns across a transport. */
export type IpcError = { code: 'invalid-input' | 'failed' | 'forbidden' | 'unknown-channel'; message: string };
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

type MethodOf<C extends Channel> = (typeof CHANNELS)[C]['method'];

/** The typed API the renderer calls: one named function per channel, plus event subscription. */
export type PipewrightApi = {
  [C in Channel as MethodOf<C>]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(CHANNELS, name);
}

/**
 * What the Electron preload exposes as `window.pipewright`: one named function per channel,
 * returning the raw IpcResult (the renderer's client unwraps and parses it), and event subscription.
 */
export type Bridge = {
  [C in Channel as MethodOf<C>]: (input: unknown) => Promise<IpcResult<unknown>>;
} & {
  on(event: EventName, listener: (payload: unknown) => void): () => void;
};

/** HTTP transport of the web host (same handlers): see ARCHITECTURE.md, "The web host". */
export const WEB_HOST = {
  invokePath: (channel: Channel) => `/api/invoke/${channel}`,
  eventsPath: '/api/events',
  tokenHeader: 'x-pipewright-token',
  clientHeader: 'x-pipewright-client',
} as const;
