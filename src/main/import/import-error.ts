/** Why a template could not be imported; `line` (1-based) when the problem has a place in the text. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}
