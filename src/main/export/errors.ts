import { UserFacingError } from '../ipc/types';

/**
 * A pipeline that cannot be turned into the requested export. Its message names the node and is
 * meant for the user as it is, so it extends UserFacingError and the IPC layer passes it through.
 */
export class ExportError extends UserFacingError {
  override name = 'ExportError';
}
