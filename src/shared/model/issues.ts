import type { z } from 'zod';

/** A zod issue path as text. Example: `["nodes", 2, "position", "x"]` → `nodes[2].position.x`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** One line naming each bad field (at most five). Example: `pipeline.nodes[0].position.x: expected number`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issuePath(issue.path) || '(input)'}: ${issue.message}`)
    .join('; ');
}
