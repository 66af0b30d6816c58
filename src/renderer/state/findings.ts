import type { Finding } from '../../shared/findings/finding';
import type { Severity } from '../../shared/findings/codes';
import type { Pipeline } from '../../shared/model/pipeline';
import { createStore, useStore, type Store } from './create-store';
import type { DocumentStore } from './document-store';

export interface NodeFindingSummary {
  readonly count: number;
  readonly worst: Severity;
}

export interface FindingsState {
  readonly findings: readonly Finding[];
  readonly byNode: ReadonlyMap<string, NodeFindingSummary>;
  /** `pending` while a newer document than the findings shown is being validated. */
  readonly status: 'idle' | 'pending' | 'error';
  readonly error?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarizeByNode(findings: readonly Finding[]): Map<string, NodeFindingSummary> {
  const byNode = new Map<string, NodeFindingSummary>();
  for (const f of findings) {
    if (!f.nodeId) continue;
    const prev = byNode.get(f.nodeId);
    const worst = prev && SEVERITY_RANK[prev.worst] <= SEVERITY_RANK[f.severity] ? prev.worst : f.severity;
    byNode.set(f.nodeId, { count: (prev?.count ?? 0) + 1, worst });
  }
  return byNode;
}

export const createFindingsStore = () => createStore<FindingsState>({ findings: [], byNode: new Map(), status: 'idle' });

export const findingsStore = createFindingsStore();
export const useFindings = <S>(selector: (s: FindingsState) => S) => useStore(findingsStore, selector);

interface ValidationOptions {
  documents: Pick<DocumentStore, 'getState' | 'subscribe'>;
  findings: Store<FindingsState>;
  validate: (pipeline: Pipeline) => Promise<readonly Finding[]>;
  delayMs?: number;
}

/**
 * Validates the document after every change, debounced; only the answer to the latest request is
 * shown (a slow answer about an older document is dropped). Returns a function that stops it.
 */
export function startValidation({ documents, findings, validate, delayMs = 150 }: ValidationOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let lastPipeline: Pipeline | undefined;

  async function run(): Promise<void> {
    const request = ++latest;
    const pipeline = documents.getState().pipeline;
    try {
      const result = await validate(pipeline);
      if (request !== latest) return;
      findings.set({ findings: result, byNode: summarizeByNode(result), status: 'idle' });
    } catch (error) {
      if (request !== latest) return;
      findings.set((s) => ({ ...s, status: 'error', error: (error as Error).message }));
    }
  }

  function schedule(): void {
    const pipeline = documents.getState().pipeline;
    if (pipeline === lastPipeline) return;
    lastPipeline = pipeline;
    latest++; // whatever is in flight is now stale
    findings.set((s) => (s.status === 'pending' ? s : { ...s, status: 'pending' }));
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
  }

  const unsubscribe = documents.subscribe(schedule);
  schedule();
  return () => {
    unsubscribe();
    clearTimeout(timer);
    latest++;
  };
}
