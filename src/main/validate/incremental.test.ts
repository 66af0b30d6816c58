import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../shared/catalog/registry';
import type { Pipeline } from '../../shared/model/pipeline';
import { generatePipeline, seededRandom } from '../../../test/fixtures/generate';
import { Validator, validatePipeline } from './validate';

/** One random edit of the kinds a user makes: a setting, a move, a new or deleted edge or node, a node brought to the front. */
function edit(p: Pipeline, random: () => number, step: number): void {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const choice = Math.floor(random() * 7);
  if (choice === 0 && p.nodes.length) {
    const node = pick(p.nodes);
    const key = pick(Object.keys(node.config));
    const current = node.config[key];
    const other = typeof current === 'boolean' ? !current : typeof current === 'number' ? current * 2 + 1 : random() < 0.5 ? -1 : defaultConfig(node.kind as never)[key];
    if (key) node.config = { ...node.config, [key]: other };
  } else if (choice === 1 && p.nodes.length) {
    const node = pick(p.nodes);
    node.position = { x: node.position.x + 10, y: node.position.y };
  } else if (choice === 2 && p.edges.length) {
    p.edges.splice(Math.floor(random() * p.edges.length), 1);
  } else if (choice === 3 && p.nodes.length > 1) {
    p.edges.push({ id: `new-${step}`, source: pick(p.nodes).id, target: pick(p.nodes).id });
  } else if (choice === 4 && p.nodes.length) {
    p.nodes.splice(Math.floor(random() * p.nodes.length), 1);
  } else if (choice === 5 && p.nodes.length > 1) {
    // Bringing a node to the front reorders the list without changing the graph.
    p.nodes.push(...p.nodes.splice(Math.floor(random() * p.nodes.length), 1));
  } else {
    p.nodes.push({ id: `added-${step}`, kind: 's3-bucket', label: `Added ${step}`, position: { x: 0, y: 0 }, config: { encryption: random() < 0.5 ? 'none' : 'SSE-S3' } });
  }
}

describe('incremental validation', () => {
  it('gives exactly the full run’s findings after each of 300 random edits', () => {
    const pipeline = generatePipeline(150, 220, 7);
    const random = seededRandom(42);
    const validator = new Validator();
    expect(validator.validate(pipeline)).toEqual(validatePipeline(pipeline));
    for (let step = 0; step < 300; step++) {
      edit(pipeline, random, step);
      const snapshot = structuredClone(pipeline);
      expect(validator.validate(snapshot), `after edit ${step}`).toEqual(validatePipeline(snapshot));
    }
  });

  it('reruns only what an edit touched', () => {
    const pipeline = generatePipeline(300, 450, 3);
    const validator = new Validator();
    validator.validate(structuredClone(pipeline));
    const node = pipeline.nodes.find((n) => n.kind === 's3-bucket')!;
    node.config = { ...node.config, encryption: 'none' };
    const findings = validator.validate(structuredClone(pipeline));
    expect(findings.filter((f) => f.code === 'PW601' && f.nodeId === node.id)).toHaveLength(1);
  });
});
