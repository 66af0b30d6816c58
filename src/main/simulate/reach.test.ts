import { describe, expect, it } from 'vitest';
import { dataReach } from './reach';

describe('dataReach', () => {
  // lake → job → curated → report, and the job also writes back into lake.
  const reaches = dataReach(new Map([
    ['lake', ['job']],
    ['job', ['curated', 'lake']],
    ['curated', ['report']],
  ]));

  it('follows data edges over several hops, through loops, without reaching backwards', () => {
    expect(reaches('lake', 'report')).toBe(true);
    expect(reaches('job', 'job')).toBe(true);
    expect(reaches('curated', 'job')).toBe(false);
    expect(reaches('report', 'lake')).toBe(false);
    expect(reaches('unknown', 'lake')).toBe(false);
  });
});
