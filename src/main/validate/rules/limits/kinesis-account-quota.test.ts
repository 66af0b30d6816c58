import { describe, expect, it } from 'vitest';
import { buildPipeline, node } from '../../../../shared/templates/build';
import { TEMPLATES } from '../../../../shared/templates';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { validatePipeline } from '../../validate';

const pw307 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW307');
const about = { title: 'Test', description: '' };
const provisioned = (shardCount: number) => ({ capacity: { mode: 'provisioned', shardCount } }) as const;

describe('PW307 kinesis-account-quota', () => {
  it('adds up provisioned shards across streams and names the largest', () => {
    const p = buildPipeline(
      about,
      [node('kinesis-data-stream', 'a', 'Clicks', [0, 0], provisioned(15_000)), node('kinesis-data-stream', 'b', 'Orders', [0, 1], provisioned(6_000))],
      [],
    );
    expect(pw307(p)).toEqual([
      {
        code: 'PW307',
        severity: 'warning',
        nodeId: 'a',
        path: ['capacity', 'shardCount'],
        message: "The pipeline's data streams provision 21,000 shards; an account has 20,000 by default (largest: Clicks, 15,000)",
      },
    ]);
  });

  it('counts on-demand streams', () => {
    const nodes = Array.from({ length: 51 }, (_, i) => node('kinesis-data-stream', `s${i}`, `Stream ${i}`, [i, 0], { capacity: { mode: 'on-demand' } }));
    expect(pw307(buildPipeline(about, nodes, []))).toEqual([
      { code: 'PW307', severity: 'warning', nodeId: 's0', path: ['capacity'], message: 'The pipeline has 51 on-demand data streams; an account has 50 by default' },
    ]);
  });

  it('accepts the quota exactly, and every template', () => {
    const p = buildPipeline(about, [node('kinesis-data-stream', 'a', 'A', [0, 0], provisioned(10_000)), node('kinesis-data-stream', 'b', 'B', [0, 1], provisioned(10_000))], []);
    expect(pw307(p)).toEqual([]);
    for (const template of TEMPLATES) expect(pw307(template.build()), template.id).toEqual([]);
  });
});
