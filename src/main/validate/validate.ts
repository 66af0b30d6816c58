import type { Finding } from '../../shared/findings/finding';
import type { Pipeline } from '../../shared/model/pipeline';
import { createContext } from './context';
import { RULES } from './rules';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Runs every rule over the pipeline: errors first, then by code. Pure and deterministic. */
export function validatePipeline(pipeline: Pipeline): Finding[] {
  const ctx = createContext(pipeline);
  return RULES.flatMap((rule) => rule.check(ctx)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code),
  );
}

/** True when any finding is an error: the CLI's exit code 1. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
