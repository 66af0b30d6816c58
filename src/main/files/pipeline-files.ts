import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Pipeline } from '../../shared/model/pipeline';
import { PipelineParseError, parsePipeline, serializePipeline } from '../../shared/model/serialize';
import { UserFacingError } from '../ipc/types';
import { writeFileAtomic } from './atomic-write';

export const PIPELINE_EXTENSION = '.pipewright';

/** Reads and checks a `.pipewright` file; any problem becomes one message naming the file and what is wrong. */
export async function readPipelineFile(path: string): Promise<Pipeline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UserFacingError(`Cannot open ${path}: ${why}`);
  }
  try {
    return parsePipeline(text);
  } catch (error) {
    if (error instanceof PipelineParseError) throw new UserFacingError(`Cannot open ${path}: ${error.message}`);
    throw error;
  }
}

/** Saves atomically, adding the extension when the path has none. Returns the path written. */
export async function writePipelineFile(path: string, pipeline: Pipeline): Promise<string> {
  const target = extname(path) === '' ? `${path}${PIPELINE_EXTENSION}` : path;
  try {
    await writeFileAtomic(target, serializePipeline(pipeline));
  } catch (error) {
    throw new UserFacingError(`Cannot save ${target}: ${(error as Error).message}`);
  }
  return target;
}
