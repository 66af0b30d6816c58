import { describeIssues } from '../../shared/model/issues';
import { CHANNELS, EVENTS, type Channel, type ChannelOutput, type EventName, type EventPayload, type IpcResult } from '../../shared/ipc/contract';
import { ApiError } from './errors';

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return 'value' in v;
  if (v.ok === false) return typeof v.error === 'object' && v.error !== null;
  return false;
}

/** Turns a raw IpcResult into the channel's parsed output, or throws an ApiError with main's message. */
export function unwrap<C extends Channel>(channel: C, result: unknown): ChannelOutput<C> {
  if (!isIpcResult(result)) throw new ApiError(`${channel}: main answered with something that is not a result`, 'bad-output');
  if (!result.ok) throw new ApiError(result.error.message || `${channel} failed`, result.error.code);
  const parsed = CHANNELS[channel].output.safeParse(result.value);
  if (!parsed.success) throw new ApiError(`${channel}: unexpected answer from main (${describeIssues(parsed.error)})`, 'bad-output');
  return parsed.data as ChannelOutput<C>;
}

/** Parses an event payload with its schema; undefined (and a console warning) when it does not fit. */
export function parseEvent<E extends EventName>(event: E, payload: unknown): EventPayload<E> | undefined {
  const parsed = EVENTS[event].safeParse(payload);
  if (parsed.success) return parsed.data as EventPayload<E>;
  console.warn(`ignored malformed ${event} event: ${describeIssues(parsed.error)}`);
  return undefined;
}
