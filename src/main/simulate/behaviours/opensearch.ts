import { capacityStore, GIB_BYTES } from './capacity-store';

/**
 * Amazon OpenSearch Service domain: documents indexed are stored, up to the data nodes' EBS storage
 * (nodes × storage per node). Documents are counted at the size received: replicas (which take
 * their own copy), index overhead and the disk watermarks that block writes earlier are not
 * modelled, so the domain fills later than a real one. Indexing rate is not limited (the reference
 * table gives no per-node rate).
 */
export const opensearchBehaviour = capacityStore<'opensearch'>(
  (config) => ({ bytes: config.instanceCount * config.storageGiBPerNode * GIB_BYTES, what: `${config.instanceCount} data nodes × ${config.storageGiBPerNode} GiB` }),
  'replicas, index overhead, disk watermarks and the indexing rate are not modelled',
);
