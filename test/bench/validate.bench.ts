import { PipelineSchema, type Pipeline } from '../../src/shared/model/pipeline';
import { Validator } from '../../src/main/validate/validate';
import { generatePipeline } from '../fixtures/generate';
import { median, report } from './report';

/**
 * Validation speed on generated 1,000-node / 1,500-edge pipelines: a full run, and one
 * re-validation after a single setting edit (what the app does as the user types).
 */
export function benchValidation(): boolean {
  const pipeline = generatePipeline(1_000, 1_500, 11);
  const runs = 40;
  // The first runs compile the rules (the JIT); the figures are for a warmed-up process, like the app's after its first edits.
  const warmup = 15;
  const full: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const copy = structuredClone(pipeline);
    const started = performance.now();
    new Validator().validate(copy);
    if (i >= warmup) full.push(performance.now() - started);
  }

  // Each edit arrives as a freshly parsed document, as it does over IPC; parsing is timed apart.
  const validator = new Validator();
  validator.validate(structuredClone(pipeline));
  const buckets = pipeline.nodes.filter((n) => n.kind === 's3-bucket');
  const edited: Pipeline[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const copy = structuredClone(pipeline);
    const node = copy.nodes.find((n) => n.id === buckets[i % buckets.length]!.id)!;
    node.config = { ...node.config, encryption: i % 2 === 0 ? 'none' : 'SSE-S3' };
    edited.push(copy);
  }
  const incremental: number[] = [];
  edited.forEach((copy, i) => {
    const started = performance.now();
    validator.validate(copy);
    if (i >= warmup) incremental.push(performance.now() - started);
  });

  const text = JSON.stringify(pipeline);
  const parse: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    PipelineSchema.parse(JSON.parse(text));
    parse.push(performance.now() - started);
  }

  const fullMs = median(full);
  const incrementalMs = median(incremental);
  return [
    report(`validate: full run, ${pipeline.nodes.length} nodes / ${pipeline.edges.length} edges`, fullMs, { target: 20 }),
    report('validate: one edit, incremental', incrementalMs, { target: 2, baseline: { label: 'full run', ms: fullMs } }),
    report('validate: parsing the document as IPC does (not part of the targets)', median(parse)),
  ].every(Boolean);
}
