import { CHANNELS, type Bridge } from '../../shared/ipc/contract';
import type { Transport } from './make-api';

declare global {
  interface Window {
    /** Set by Electron's sandboxed preload; absent in a plain browser. */
    pipewright?: Bridge;
  }
}

/** Calls through the preload's named functions (Electron). */
export function bridgeTransport(bridge: Bridge): Transport {
  return {
    invoke: (channel, input) => bridge[CHANNELS[channel].method](input),
    on: (event, listener) => bridge.on(event, listener),
  };
}
