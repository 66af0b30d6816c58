import { describe, expect, it } from 'vitest';
import { firehoseLab } from '../../../shared/templates/firehose-lab';
import { simulate } from '../../simulate/engine';
import { dispatch } from '../dispatch';
import { testHandlerContext } from '../testing';
import { HANDLERS } from './index';

const ctx = testHandlerContext();
const pipeline = firehoseLab.build();
pipeline.simulation.durationSeconds = 300;
const result = simulate(pipeline);
if (result === 'stopped') throw new Error('stopped');

describe('simulation:project', () => {
  it('projects storage per bucket day by day and cost month by month, the first month the run’s own', async () => {
    const answer = await dispatch(HANDLERS, 'simulation:project', { pipeline, result, months: 12 }, ctx);
    if (!answer.ok) throw new Error(answer.error.message);
    const value = answer.value as { months: number; days: number; storage: Record<string, Record<string, number[]>>; monthlyUsd: number[]; cumulativeUsd: number[] };
    expect(value.months).toBe(12);
    expect(value.monthlyUsd).toHaveLength(12);
    expect(value.monthlyUsd[0]).toBeCloseTo(result.costUsdPerMonth!.total, 6);
    const standard = value.storage.raw!.Standard!;
    expect(standard).toHaveLength(value.days);
    expect(standard[value.days - 1]).toBeGreaterThan(standard[0]!);
    expect(value.cumulativeUsd[11]).toBeCloseTo(value.monthlyUsd.reduce((a, b) => a + b, 0), 6);
  });

  it('refuses a horizon outside 1–36 months, naming the field', async () => {
    const answer = await dispatch(HANDLERS, 'simulation:project', { pipeline, result, months: 37 }, ctx);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('months') });
  });

  it('refuses a payload without a result', async () => {
    const answer = await dispatch(HANDLERS, 'simulation:project', { pipeline, months: 3 }, ctx);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('result');
  });
});
