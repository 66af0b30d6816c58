import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatSeconds } from './format';

describe('human units', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(5 * 1048576)).toBe('5 MiB');
    expect(formatBytes(150 * 1048576)).toBe('150 MiB');
  });
  it('formats durations', () => {
    expect(formatSeconds(0.0042)).toBe('4.2 ms');
    expect(formatSeconds(2.5)).toBe('2.5 s');
    expect(formatSeconds(75)).toBe('1m 15s');
    expect(formatSeconds(59.7)).toBe('59.7 s');
    expect(formatSeconds(299.8)).toBe('5m');
    expect(formatSeconds(7200)).toBe('2h');
    expect(formatSeconds(3660)).toBe('1h 1m');
    expect(formatSeconds(453_600)).toBe('5d 6h');
    expect(formatSeconds(2_678_400)).toBe('31d');
    expect(formatSeconds(5 * 86_400 + 23.8 * 3600)).toBe('6d');
    expect(formatSeconds(3600 + 59.8 * 60)).toBe('2h');
  });
  it('formats counts', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(2_500_000)).toBe('2.5 M');
  });
});
