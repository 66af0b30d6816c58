// Layout worker entry (bundled as out/main/layout-worker.cjs): ELK runs here, never on main's
// thread, so that validation, saving and every other IPC call answer while a large pipeline is
// laid out. One worker serves every request in turn (ELK stays compiled by the JIT between them).
import { parentPort } from 'node:worker_threads';
import { layeredPositions } from './elk-layered';
import type { LayoutReply, LayoutRequest } from './worker-messages';

/** ELK (compiled from Java) throws plain objects as well as Errors: a message either way. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

async function answer({ id, nodeIds, edges }: LayoutRequest): Promise<LayoutReply> {
  try {
    return { id, type: 'done', positions: [...(await layeredPositions(nodeIds, edges))] };
  } catch (error) {
    return { id, type: 'error', message: messageOf(error) };
  }
}

parentPort?.on('message', (request: LayoutRequest) => {
  void answer(request).then((reply) => parentPort?.postMessage(reply));
});
