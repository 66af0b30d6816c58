import { CHANNELS, describeIssues, isChannel, type IpcResult } from '../../shared/ipc/contract';
import type { Handler, HandlerContext, HandlerTable } from './types';
import { UserFacingError } from './types';

/**
 * The one entry point of every call, whatever the transport: checks the channel, parses the
 * payload with the contract's schema, runs the handler, and wraps the outcome as an IpcResult.
 * Senders are checked by the transport before this is reached.
 */
export async function dispatch(table: HandlerTable, channel: string, payload: unknown, ctx: HandlerContext): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${channel}"` } };
  const parsed = CHANNELS[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `Invalid input for ${channel}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = table[channel] as Handler<typeof channel>;
    return { ok: true, value: await handler(parsed.data as never, ctx) };
  } catch (error) {
    const message = error instanceof UserFacingError ? error.message : `${channel} failed: ${(error as Error).message ?? String(error)}`;
    return { ok: false, error: { code: 'failed', message } };
  }
}
