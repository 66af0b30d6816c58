import { PIPELINE_FORMAT, PIPELINE_VERSION, PipelineSchema, type Pipeline } from './pipeline';
import { issuePath } from './issues';
import { migrate } from './migrations';

/** Keys written first, in this order; every other key follows in alphabetical order. */
const KEY_ORDER = [
  'format', 'version', 'name', 'description', 'id', 'kind', 'label', 'source', 'sourcePort', 'target', 'targetPort',
  'position', 'x', 'y', 'config', 'nodes', 'edges', 'simulation', 'suppressions', 'code', 'justification',
];
const rank = (key: string) => {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
};

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = ordered(v);
  }
  return out;
}

/** Deterministic JSON: stable key order, 2-space indent, trailing newline; diffs well in git. */
export function serializePipeline(pipeline: Pipeline): string {
  return `${JSON.stringify(ordered(pipeline), null, 2)}\n`;
}

/** Why a text could not be read as a pipeline; `where` is a JSON path such as `nodes[2].position.x`. */
export class PipelineParseError extends Error {
  constructor(message: string, readonly where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'PipelineParseError';
  }
}

/** Reads a `.pipewright` text: JSON, format marker, version (migrating older ones), then the schema. */
export function parsePipeline(text: string): Pipeline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new PipelineParseError(`not valid JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new PipelineParseError('expected a JSON object at the top level');
  const doc = raw as Record<string, unknown>;
  if (doc.format !== PIPELINE_FORMAT) throw new PipelineParseError(`not a Pipewright pipeline (expected "format": "${PIPELINE_FORMAT}")`, 'format');
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    throw new PipelineParseError('expected a positive integer version', 'version');
  }
  if (doc.version > PIPELINE_VERSION) {
    throw new PipelineParseError(`written by a newer Pipewright (format version ${doc.version}); this version reads up to ${PIPELINE_VERSION}`, 'version');
  }
  const result = PipelineSchema.safeParse(migrate(doc));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PipelineParseError(issue.message, issuePath(issue.path));
  }
  return result.data;
}
