import type { LoadProfile } from '../../shared/catalog/workload';

/** One day, the period of the diurnal profile. */
export const DAY_SECONDS = 86_400;

/**
 * Rate multiplier at time t (seconds from the start of the run).
 * - diurnal: 1 + (peakToMean − 1)·sin(2πt / 1 day): starts at the mean, peaks at 6 h.
 * - spikes: `multiplier` during [k·every, k·every + duration) for k = 0, 1, …: a run opens with a spike.
 * - ramp: linear from 1 at t = 0 to `toMultiplier` at `overSeconds`, then held.
 */
export function multiplierAt(profile: LoadProfile, t: number): number {
  switch (profile.shape) {
    case 'constant':
      return 1;
    case 'diurnal':
      return 1 + (profile.peakToMean - 1) * Math.sin((2 * Math.PI * t) / DAY_SECONDS);
    case 'spikes':
      return t % profile.everySeconds < profile.durationSeconds ? profile.multiplier : 1;
    case 'ramp':
      return 1 + ((profile.toMultiplier - 1) * Math.min(t, profile.overSeconds)) / profile.overSeconds;
  }
}

/** The smallest multiplierAt(profile, t) over all t (may be ≤ 0 for a deep diurnal trough). */
export function lowestMultiplier(profile: LoadProfile): number {
  switch (profile.shape) {
    case 'constant':
      return 1;
    case 'diurnal':
      return 1 - (profile.peakToMean - 1);
    case 'spikes':
      return Math.min(1, profile.multiplier);
    case 'ramp':
      return Math.min(1, profile.toMultiplier);
  }
}

/**
 * ∫₀ᵗ multiplierAt(profile, s) ds, in closed form: records produced by time t = rate × this.
 * Sources emit the difference of its floor between emissions, so totals are exact.
 */
export function integratedMultiplier(profile: LoadProfile, t: number): number {
  switch (profile.shape) {
    case 'constant':
      return t;
    case 'diurnal': {
      const w = (2 * Math.PI) / DAY_SECONDS;
      return t + ((profile.peakToMean - 1) / w) * (1 - Math.cos(w * t));
    }
    case 'spikes': {
      const { everySeconds: every, multiplier } = profile;
      const spike = Math.min(profile.durationSeconds, every);
      const spikeTime = Math.floor(t / every) * spike + Math.min(t % every, spike);
      return t + (multiplier - 1) * spikeTime;
    }
    case 'ramp': {
      const { overSeconds: over, toMultiplier: to } = profile;
      if (t <= over) return t + ((to - 1) * t * t) / (2 * over);
      return over + ((to - 1) * over) / 2 + to * (t - over);
    }
  }
}

/** A profile in words, for notes. Example: `diurnal, peak/mean 1.5`. */
export function describeLoadProfile(profile: LoadProfile): string {
  switch (profile.shape) {
    case 'constant':
      return 'constant';
    case 'diurnal':
      return `diurnal, peak/mean ${profile.peakToMean}`;
    case 'spikes':
      return `spikes of ${profile.multiplier}× for ${profile.durationSeconds} s every ${profile.everySeconds} s`;
    case 'ramp':
      return `ramp to ${profile.toMultiplier}× over ${profile.overSeconds} s`;
  }
}
