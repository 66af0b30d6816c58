import type { Channel, ChannelOutput, EventName, EventPayload, ParsedInput } from '../../shared/ipc/contract';
import type { MenuModel } from '../../shared/ipc/menu-model';
import type { FileServices } from '../files/file-services';

/** Native open/save dialogs; only the Electron transport has them. */
export interface Dialogs {
  /** The chosen path, or undefined when the user cancelled. */
  chooseOpenPath(filters: FileFilter[]): Promise<string | undefined>;
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | undefined>;
}
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The window's native menu; only the Electron transport has one. */
export interface NativeMenu {
  /** Shows `model` as the menu of the calling window; a click calls `onCommand` with the item's command id. */
  set(model: MenuModel, onCommand: (id: string) => void): void;
}

/** What a transport gives a handler for one call. */
export interface HandlerContext {
  readonly transport: 'electron' | 'web';
  /** Which window or page made the call (per-client state such as incremental validation). */
  readonly client: string;
  /** Present only where main can show native dialogs. */
  dialogs?: Dialogs;
  /** Present only where main draws a native menu. */
  nativeMenu?: NativeMenu;
  /** Sends an event to the renderer that made this call. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Recent files, recovery copies and watched files, kept in this process's user-data folder. */
  readonly files: FileServices;
  /** Closes the calling window; only desktop windows can be closed by the app. */
  closeWindow?: () => void;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Promise<ChannelOutput<C>>;
/** Handlers of one domain, e.g. every `file:*` channel. */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
/** Every channel's handler: both transports serve this one table. */
export type HandlerTable = HandlerGroup<Channel>;

/** An error whose message is meant for the user as it is (bad file, missing path). */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}
