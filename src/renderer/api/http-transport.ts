import { EVENT_NAMES, WEB_HOST, type EventName } from '../../shared/ipc/contract';
import { ApiError } from './errors';
import type { Transport } from './make-api';

/** Calls the loopback web host over HTTP; events arrive by server-sent events. */
export function httpTransport(token: string, clientId: string): Transport {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;

  function connect(): void {
    if (source) return;
    const query = new URLSearchParams({ token, client: clientId });
    source = new EventSource(`${WEB_HOST.eventsPath}?${query}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => {
        let payload: unknown;
        try {
          payload = JSON.parse((message as MessageEvent<string>).data);
        } catch {
          console.warn(`ignored ${name} event that is not JSON`);
          return;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(WEB_HOST.invokePath(channel), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [WEB_HOST.tokenHeader]: token, [WEB_HOST.clientHeader]: clientId },
          body: JSON.stringify(input),
        });
      } catch (error) {
        throw new ApiError(`Pipewright's host is not reachable (${(error as Error).message})`, 'transport');
      }
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new ApiError(`The host answered ${response.status} ${response.statusText || ''}`.trim() + (text ? `: ${text.slice(0, 200)}` : ''), 'transport');
      }
    },
    on(event, listener) {
      connect();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** Opens the event stream now, so that events of the first call are not missed. */
export function preconnect(transport: Transport): void {
  transport.on(EVENT_NAMES[0]!, () => {})();
}
