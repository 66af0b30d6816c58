import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserFacingError } from '../ipc/types';
import { ImportError, importCloudFormation, type ImportResult } from './index';
import { MAX_TEMPLATE_BYTES } from './read-template';

/** "orders-warehouse.template.yaml" → "orders-warehouse": the pipeline's name when the template gives none. */
function nameFromPath(path: string): string {
  let name = basename(path);
  for (let ext = extname(name); ext !== '' && ['.yaml', '.yml', '.json', '.template', '.cfn'].includes(ext.toLowerCase()); ext = extname(name)) name = name.slice(0, -ext.length);
  return name;
}

/**
 * Imports the CloudFormation template at `path` (see importCloudFormation). Any problem becomes one
 * message naming the file and what is wrong; a file over the size cap is refused before it is read.
 */
export async function importTemplateFile(path: string): Promise<ImportResult> {
  const fail = (why: string) => new UserFacingError(`Cannot import ${path}: ${why}`);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw fail('it is a folder');
    if (info.size > MAX_TEMPLATE_BYTES) {
      throw fail(`the file is ${info.size.toLocaleString('en-US')} bytes; CloudFormation deploys templates of at most ${MAX_TEMPLATE_BYTES.toLocaleString('en-US')} bytes, so it is not read`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
  try {
    return await importCloudFormation(text, nameFromPath(path));
  } catch (error) {
    if (error instanceof ImportError) throw fail(error.message);
    throw error;
  }
}
