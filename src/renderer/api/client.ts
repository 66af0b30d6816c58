import type { PipewrightApi } from '../../shared/ipc/contract';
import { bridgeTransport } from './bridge-transport';
import { httpTransport, preconnect } from './http-transport';
import { makeApi, type Transport } from './make-api';
import { readToken } from './token';
import { randomId } from '../util/random-id';

export { ApiError } from './errors';

/** Which transport this page talks through, decided once at start. */
export const transportKind: 'electron' | 'web' = window.pipewright ? 'electron' : 'web';

function chooseTransport(): Transport {
  if (window.pipewright) return bridgeTransport(window.pipewright);
  const transport = httpTransport(readToken(), randomId());
  preconnect(transport);
  return transport;
}

/** The typed API to main: the preload's bridge inside Electron, the web host's HTTP API in a browser. */
export const api: PipewrightApi = makeApi(chooseTransport());
