import { CHANNEL_NAMES, CHANNELS, type Channel, type EventName, type PipewrightApi } from '../../shared/ipc/contract';
import { parseEvent, unwrap } from './unwrap';

/** What a transport does: send one call and return the raw IpcResult; subscribe to raw event payloads. */
export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The typed API over any transport: one method per channel, each unwrapping and parsing the result. */
export function makeApi(transport: Transport): PipewrightApi {
  const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    methods[CHANNELS[channel].method] = async (input: unknown) => unwrap(channel, await transport.invoke(channel, input));
  }
  const on = (event: EventName, listener: (payload: never) => void) =>
    transport.on(event, (raw) => {
      const payload = parseEvent(event, raw);
      if (payload !== undefined) (listener as (p: unknown) => void)(payload);
    });
  return { ...methods, on } as unknown as PipewrightApi;
}
