/**
 * How loaded a node or connection is, as a share (0–1, may exceed 1) of its binding limit, and the
 * colour band the canvas draws it in: green below 60 %, amber up to and including 85 % (the
 * simulator's own bottleneck threshold), red above.
 */
export const LOAD_AMBER_FROM = 0.6;
export const LOAD_RED_ABOVE = 0.85;

export type LoadLevel = 'ok' | 'busy' | 'over';

export function loadLevel(share: number): LoadLevel {
  if (share < LOAD_AMBER_FROM) return 'ok';
  if (share <= LOAD_RED_ABOVE) return 'busy';
  return 'over';
}

/** A share as whole percent, for badges: `0.734` gives `73 %`. */
export const formatShare = (share: number) => `${Math.round(share * 100)} %`;
