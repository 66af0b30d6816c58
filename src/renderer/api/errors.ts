/** A call through the typed API failed: main refused it, the transport broke, or the answer was malformed. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The IpcError code from main, or `transport` / `bad-output` for failures on this side. */
    readonly code: string = 'failed',
  ) {
    super(message);
  }
}
