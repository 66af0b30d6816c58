import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEB_HOST, type IpcResult } from '../../shared/ipc/contract';
import { createFileServices, type FileServices } from '../files/file-services';
import { defaultUserDataDir } from '../files/user-data-dir';
import { dispatch } from '../ipc/dispatch';
import type { HandlerTable } from '../ipc/types';
import { refusal } from './security';
import { serveStatic } from './static-files';

const MAX_BODY_BYTES = 64 * 1_048_576;
const INVOKE_PREFIX = '/api/invoke/';

export interface WebHostOptions {
  handlers: HandlerTable;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only by tests; normally random per launch. */
  token?: string;
  /** Recent files and recovery copies; by default in the OS's settings folder (`defaultUserDataDir`). */
  files?: FileServices;
}

export interface WebHost {
  /** Open this in a browser: the token travels in the fragment, never to a server log. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The same handler table as Electron's IPC, served over HTTP on 127.0.0.1 for a browser.
 * Every API request must carry the per-launch token, a loopback Host, and no foreign Origin.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Map<string, Set<ServerResponse>>();
  const files = options.files ?? createFileServices(defaultUserDataDir());
  let port = 0;

  const send = (res: ServerResponse, status: number, result: IpcResult<unknown>) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(result));
  };
  const forbid = (res: ServerResponse, why: string) => send(res, 403, { ok: false, error: { code: 'forbidden', message: `Refused: ${why}` } });

  async function invoke(req: IncomingMessage, res: ServerResponse, channel: string) {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid-input', message: 'Use POST' } });
    const why = refusal(req, port, token, header(req, WEB_HOST.tokenHeader), true);
    if (why) return forbid(res, why);
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req));
    } catch (error) {
      return send(res, 400, { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${channel}: ${(error as Error).message}` } });
    }
    const client = header(req, WEB_HOST.clientHeader);
    const result = await dispatch(options.handlers, channel, payload, {
      transport: 'web',
      client: client ?? 'anonymous',
      files,
      emit: (event, data) => {
        for (const stream of (client && streams.get(client)) || []) stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      },
    });
    const status = result.ok ? 200 : result.error.code === 'unknown-channel' ? 404 : result.error.code === 'invalid-input' ? 400 : 500;
    send(res, status, result);
  }

  function subscribe(req: IncomingMessage, res: ServerResponse, url: URL) {
    const why = refusal(req, port, token, url.searchParams.get('token') ?? undefined, true);
    if (why) return forbid(res, why);
    const client = url.searchParams.get('client');
    if (!client) return send(res, 400, { ok: false, error: { code: 'invalid-input', message: 'Missing client id' } });
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const set = streams.get(client) ?? new Set();
    set.add(res);
    streams.set(client, set);
    req.on('close', () => {
      set.delete(res);
      if (set.size === 0) streams.delete(client);
    });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(INVOKE_PREFIX)) return void invoke(req, res, decodeURIComponent(url.pathname.slice(INVOKE_PREFIX.length)));
    if (url.pathname === WEB_HOST.eventsPath) return subscribe(req, res, url);
    const why = refusal(req, port, token, undefined, false);
    if (why) return void res.writeHead(403, { 'content-type': 'text/plain' }).end(`Refused: ${why}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    void serveStatic(options.staticDir, url.pathname, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        files.watchers.stopAll();
        for (const set of streams.values()) for (const stream of set) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
