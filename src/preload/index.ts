import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, CHANNEL_NAMES, EVENT_NAMES, type Bridge, type EventName } from '../shared/ipc/contract';

// The sandboxed preload exposes one named function per contract channel and event subscription,
// nothing else: no ipcRenderer, no generic invoke(channel).
const api: Record<string, unknown> = {};
for (const channel of CHANNEL_NAMES) {
  api[CHANNELS[channel].method] = (input: unknown) => ipcRenderer.invoke(channel, input);
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${String(event)}"`);
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.removeListener(event, wrapped);
};

contextBridge.exposeInMainWorld('pipewright', api as Bridge);
