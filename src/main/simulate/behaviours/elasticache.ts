import { capacityStore } from './capacity-store';

/**
 * Amazon ElastiCache: what reaches it is written to the cache. Node memory per node type is not in
 * the reference table, so there is no capacity and no eviction in the model, nor a request rate.
 */
export const elasticacheBehaviour = capacityStore<'elasticache'>(() => undefined, 'node memory (so eviction) and the request rate are not in the reference table');
