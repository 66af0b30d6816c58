import { describe, expect, it } from 'vitest';
import { readTemplate } from './read-template';
import type { Pipeline } from '../../shared/model/pipeline';
import { TEMPLATES } from '../../shared/templates';
import { cloudFormationYaml } from '../export/cloudformation';
import { importCloudFormation } from './index';

/** The pipeline without what an import adds to remember the template (logical ids). */
function comparable(pipeline: Pipeline) {
  const { cloudformation: _kept, ...rest } = pipeline;
  return { ...rest, nodes: rest.nodes.map(({ cloudformation: _node, ...node }) => node) };
}

describe('a reference pipeline exported then imported', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('is the same pipeline: %s', async (_id, template) => {
    const pipeline = template.build();
    const yaml = cloudFormationYaml(pipeline);
    const { pipeline: imported, notes } = await importCloudFormation(yaml, 'ignored: the metadata names it');
    expect(comparable(imported)).toEqual(comparable(pipeline));
    // Nothing to keep beyond the logical ids: the template is all Pipewright's.
    expect(imported.cloudformation).toBeUndefined();
    for (const node of imported.nodes) expect(Object.keys(node.cloudformation ?? {})).toEqual(['logicalId']);
    expect(notes).toEqual([]);
    // And it exports to the same text.
    expect(cloudFormationYaml(imported)).toBe(yaml);
    expect((readTemplate(yaml).template.Metadata as { Pipewright: { FormatVersion: number } }).Pipewright.FormatVersion).toBeGreaterThan(2);
  });
});

describe('a pinned node', () => {
  it('stays pinned through export and import (Metadata.Pipewright), and only pinned nodes say so', async () => {
    const pipeline = TEMPLATES.find((t) => t.id === 'real-time-layer')!.build();
    pipeline.nodes[0]!.pinned = true;
    pipeline.nodes[pipeline.nodes.length - 1]!.pinned = true;
    const yaml = cloudFormationYaml(pipeline);
    expect(yaml.match(/Pinned: true/g)).toHaveLength(2);
    const { pipeline: imported } = await importCloudFormation(yaml, 'ignored');
    expect(comparable(imported)).toEqual(comparable(pipeline));
    expect(imported.nodes.filter((n) => n.pinned).map((n) => n.id)).toEqual([pipeline.nodes[0]!.id, pipeline.nodes.at(-1)!.id]);
  });
});

describe('a run-wide load profile', () => {
  it('travels through export and import (Metadata.Pipewright), and is written only when set', async () => {
    const pipeline = TEMPLATES.find((t) => t.id === 'real-time-layer')!.build();
    expect(cloudFormationYaml(pipeline)).not.toContain('LoadProfile');
    pipeline.simulation.loadProfile = { shape: 'diurnal', peakToMean: 1.25 };
    const yaml = cloudFormationYaml(pipeline);
    expect(yaml).toContain('LoadProfile');
    const { pipeline: imported } = await importCloudFormation(yaml, 'ignored');
    expect(imported.simulation).toEqual({ ...pipeline.simulation, loadProfile: { shape: 'diurnal', peakToMean: 1.25 } });
    expect(comparable(imported)).toEqual(comparable(pipeline));
  });
});
