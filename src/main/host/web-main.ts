import { join } from 'node:path';
import { HANDLERS } from '../ipc/handlers';
import { startWebHost } from './web-host';

/** `node out/main/web.cjs [--port N]`: serves the app on 127.0.0.1 and prints its URL. */
async function main() {
  const portArg = process.argv.indexOf('--port');
  const port = portArg === -1 ? 0 : Number(process.argv[portArg + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`pipewright web: --port must be 0–65535, got "${process.argv[portArg + 1]}"`);
    process.exit(2);
  }
  const host = await startWebHost({ handlers: HANDLERS, staticDir: join(__dirname, '..', 'renderer'), port });
  console.log(`Pipewright is running at ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
