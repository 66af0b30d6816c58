import type { Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { createStore, useStore, type Store } from './create-store';
import type { DocumentStore } from './document-store';
import { summarizeByEdge, summarizeByNode, type FindingSummary } from './finding-summary';

export { SEVERITY_RANK, summarizeByEdge, summarizeByNode, type FindingSummary } from './finding-summary';

export interface FindingsState {
  readonly findings: readonly Finding[];
  /** Badges: findings per node and per edge, suppressed ones left out. */
  readonly byNode: ReadonlyMap<string, FindingSummary>;
  readonly byEdge: ReadonlyMap<string, FindingSummary>;
  /** `pending` while a newer document than the findings shown is being validated. */
  readonly status: 'idle' | 'pending' | 'error';
  readonly error?: string;
}

export const createFindingsStore = () => createStore<FindingsState>({ findings: [], byNode: new Map(), byEdge: new Map(), status: 'idle' });

export const findingsStore = createFindingsStore();
export const useFindings = <S>(selector: (s: FindingsState) => S) => useStore(findingsStore, selector);

interface ValidationOptions {
  documents: Pick<DocumentStore, 'getState' | 'subscribe'>;
  findings: Store<FindingsState>;
  validate: (pipeline: Pipeline) => Promise<readonly Finding[]>;
  delayMs?: number;
}

/**
 * Validates the document after every change, debounced. Nothing waits for an answer: requests
 * are not queued behind a slow one, and only the answer about the latest document is shown (an
 * answer about an older document, however late, is dropped). Only committed changes reach the
 * document, so a drag validates once, when it ends, and typing once per committed field.
 * Returns a function that stops it.
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
      findings.set({ findings: result, byNode: summarizeByNode(result), byEdge: summarizeByEdge(result), status: 'idle' });
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
