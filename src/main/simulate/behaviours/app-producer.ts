import type { Behaviour } from './types';
import { createSource } from './emitter';

/** Applications putting records: the shared source (emitter.ts) with the producer's own workload. */
export const appProducerBehaviour: Behaviour<'app-producer'> = {
  create: (config, ctx) => createSource(ctx, config, 'a producer'),
};
