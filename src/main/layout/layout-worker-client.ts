import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Position } from '../../shared/model/pipeline';
import type { LayeredLayout, LayoutEdge } from './layered-layout';
import type { LayoutReply, LayoutRequest } from './worker-messages';

/**
 * The bundled layout worker. In the app (and the CLI, the web host, the benchmark) this code runs
 * from a .cjs bundle and the worker bundle sits beside it; from sources (vitest) it is the one
 * scripts/build.mjs wrote to out/main.
 */
export function defaultLayoutWorkerFile(): string {
  return __filename.endsWith('.cjs') ? path.join(__dirname, 'layout-worker.cjs') : path.resolve(__dirname, '../../../out/main/layout-worker.cjs');
}

/** Why a layout could not be computed, said for the user ("ELK could not lay out …", "the layout worker stopped …"). */
export class LayoutError extends Error {
  override name = 'LayoutError';
}

interface Pending {
  resolve(positions: Map<string, Position>): void;
  reject(error: Error): void;
}

/**
 * One layout worker thread, started on the first request and kept for the next ones (a started
 * ELK answers faster), answering requests in the order they came. It holds the process open only
 * while a request is pending. Should the thread die, the requests waiting on it fail with a
 * message saying so and the next request starts a new one.
 */
export class LayoutWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly workerFile: string = defaultLayoutWorkerFile()) {}

  /** Lays the nodes out in the worker thread; rejects with a LayoutError when ELK fails or the thread dies. */
  readonly layout: LayeredLayout = (nodeIds: readonly string[], edges: readonly LayoutEdge[]) => {
    const worker = this.worker ?? this.start();
    const request: LayoutRequest = { id: this.nextId++, nodeIds, edges };
    return new Promise<Map<string, Position>>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.ref();
      worker.postMessage(request);
    });
  };

  /** Stops the thread; requests still waiting fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.failAll(worker, new LayoutError('the layout worker was closed before answering'));
    await worker.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.workerFile);
    this.worker = worker;
    worker.on('message', (reply: LayoutReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.type === 'done') waiting?.resolve(new Map(reply.positions));
      else waiting?.reject(new LayoutError(`ELK could not lay out the pipeline: ${reply.message}`));
    });
    worker.on('error', (error) => this.failAll(worker, new LayoutError(`the layout worker stopped: ${error.message}`)));
    worker.on('exit', (code) => this.failAll(worker, new LayoutError(`the layout worker exited (code ${code}) before answering`)));
    return worker;
  }

  private failAll(worker: Worker, error: LayoutError): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(error);
  }
}

/** The process's layout worker: auto-layout and import lay out through it. */
let shared: LayoutWorker | undefined;

/** A layered layout computed in the process's layout worker thread (see LayoutWorker). */
export const layeredPositionsInWorker: LayeredLayout = (nodeIds, edges) => (shared ??= new LayoutWorker()).layout(nodeIds, edges);
