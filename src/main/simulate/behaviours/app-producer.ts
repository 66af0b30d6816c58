import type { Behaviour } from './types';
import { createSource } from './emitter';

/**
 * Applications putting records: the shared source (emitter.ts) with the producer's own workload.
 * A producer count gives the stream one partition key per producer (per-source keys); 0 leaves them evenly spread.
 */
export const appProducerBehaviour: Behaviour<'app-producer'> = {
  create: (config, ctx) => createSource(ctx, { ...config, ...(config.producerCount > 0 ? { sources: config.producerCount } : {}) }, 'a producer'),
};
