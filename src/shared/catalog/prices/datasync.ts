import type { AwsPrice } from './units';

export const DATASYNC_PRICES = {
  basicPerGiBCopied: { value: 0.0125, unit: 'USD per GB copied (Basic mode; Enhanced mode differs)', source: 'reference table aws-limits-and-prices.md, AWS DataSync: several public GitHub docs [secondary]' },
} as const satisfies Record<string, AwsPrice>;
