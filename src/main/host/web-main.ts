import { join, resolve } from 'node:path';
import { createFileServices } from '../files/file-services';
import { defaultUserDataDir } from '../files/user-data-dir';
import { HANDLERS } from '../ipc/handlers';
import { parseWebArgs } from './web-args';
import { startWebHost } from './web-host';

/** `node out/main/web.cjs [--port N] [--user-data DIR]`: serves the app on 127.0.0.1 and prints its URL. */
async function main() {
  const args = parseWebArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(`pipewright web: ${args.error}`);
    process.exit(2);
  }
  const files = createFileServices(resolve(args.userData ?? defaultUserDataDir()));
  const host = await startWebHost({ handlers: HANDLERS, staticDir: join(__dirname, '..', 'renderer'), port: args.port, files });
  console.log(`Pipewright is running at ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
