import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileServices } from '../files/file-services';
import type { HandlerContext } from './types';

/** A handler context for tests: a web page client whose user-data folder is a fresh temp folder. */
export function testHandlerContext(extra: Partial<HandlerContext> = {}): HandlerContext {
  return { transport: 'web', client: 'test', files: createFileServices(mkdtempSync(join(tmpdir(), 'pw-user-data-'))), emit: () => {}, ...extra };
}
