/**
 * Product thresholds of the cost rules (our judgement, not AWS numbers): capacity more than this
 * many times what the declared peak needs is reported as over-provisioned. Headroom below it is
 * left alone: growth and unmodelled bursts deserve some.
 */
export const OVERPROVISIONED_FACTOR = 4;
