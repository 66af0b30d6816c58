import type { Severity } from '../../shared/findings/codes';
import type { Finding } from '../../shared/findings/finding';

/** What a node or edge shows of its findings: how many, the worst severity, and their messages (a tooltip). */
export interface FindingSummary {
  readonly count: number;
  readonly worst: Severity;
  /** The messages, one a line. */
  readonly messages: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const worseOf = (a: Severity, b: Severity): Severity => (SEVERITY_RANK[a] <= SEVERITY_RANK[b] ? a : b);

function summarize(findings: readonly Finding[], keyOf: (f: Finding) => string | undefined): Map<string, FindingSummary> {
  const summaries = new Map<string, FindingSummary>();
  for (const f of findings) {
    const key = keyOf(f);
    if (key === undefined || f.suppressed) continue;
    const prev = summaries.get(key);
    summaries.set(key, {
      count: (prev?.count ?? 0) + 1,
      worst: prev ? worseOf(prev.worst, f.severity) : f.severity,
      messages: prev ? `${prev.messages}\n${f.message}` : f.message,
    });
  }
  return summaries;
}

/** Per node: count and worst severity of its findings that are not suppressed. */
export const summarizeByNode = (findings: readonly Finding[]) => summarize(findings, (f) => f.nodeId);

/** Per edge: the same, for every finding that names a connection (`edgeId`, with or without a node). */
export const summarizeByEdge = (findings: readonly Finding[]) => summarize(findings, (f) => f.edgeId);

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Accepted findings: listed apart and counted in none of the above. */
  readonly suppressed: number;
}

/** What the status line and the tab count show. Suppressed findings count only as suppressed. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
