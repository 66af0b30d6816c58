import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import packageJson from '../../../../package.json';
import type { HandlerGroup } from '../types';

function documentsDir(): string {
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}

export const appHandlers: HandlerGroup<'app:info'> = {
  'app:info': async (_input, ctx) => ({
    version: packageJson.version,
    transport: ctx.transport,
    nativeDialogs: ctx.dialogs !== undefined,
    documentsDir: documentsDir(),
  }),
};
