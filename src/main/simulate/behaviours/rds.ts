import { capacityStore, GIB_BYTES } from './capacity-store';

/**
 * Amazon RDS / Aurora as a target (DMS, Glue, Lambda): rows written are stored, up to the allocated
 * gp2 storage of the setting (an instance out of storage refuses writes). Aurora volumes grow on
 * their own (their maximum is not in the reference table): no limit. Write IOPS, connections and
 * storage autoscaling are not modelled, and RDS as a DMS source offers no existing rows.
 */
export const rdsBehaviour = capacityStore<'rds'>(
  (config) => (config.engine.startsWith('Aurora') ? undefined : { bytes: config.storageGiB * GIB_BYTES, what: `its ${config.storageGiB} GiB of storage` }),
  'write IOPS, connections and storage autoscaling are not modelled',
);
