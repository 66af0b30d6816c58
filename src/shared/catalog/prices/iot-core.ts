import type { AwsPrice } from './units';

const READMES = 'reference table aws-limits-and-prices.md, AWS IoT Core: public GitHub READMEs [secondary]; metering per aws.amazon.com/iot-core/pricing/additional-details/';

export const IOT_CORE_PRICES = {
  messagesPerMillion: { value: 1, unit: 'USD per million messages (first 1B/month)', source: READMES },
  messageMeteringBytes: { value: 5 * 1_024, unit: 'bytes: messages are metered in 5 KB increments', source: READMES },
} as const satisfies Record<string, AwsPrice>;
