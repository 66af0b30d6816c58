import { PIPELINE_VERSION } from './pipeline';

/**
 * Named migrations, one per format change: `migrations[n]` turns a version-n document into
 * version n+1. Each one comes with a test that opens an old fixture (test/fixtures/format/).
 */
const migrations: Record<number, { name: string; up: (doc: Record<string, unknown>) => Record<string, unknown> }> = {
  1: { name: 'add-description', up: (doc) => ({ ...doc, description: '' }) },
  // Version 3 adds optional CloudFormation import records: a version-2 document has none, and an older
  // Pipewright must refuse a version-3 one rather than drop them on save.
  2: { name: 'add-cloudformation-records', up: (doc) => doc },
};

/** Brings a document of any supported older version up to the current one. */
export function migrate(doc: Record<string, unknown>): Record<string, unknown> {
  let current = doc;
  for (let v = current.version as number; v < PIPELINE_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step.up(current), version: v + 1 };
  }
  return current;
}
