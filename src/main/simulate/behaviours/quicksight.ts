import { capacityStore, GIB_BYTES } from './capacity-store';

/**
 * Amazon QuickSight: data imported into SPICE is stored, up to the SPICE capacity setting; imports
 * beyond it fail. Direct queries (to Athena, Redshift, RDS) and dashboard views are not simulated.
 */
export const quicksightBehaviour = capacityStore<'quicksight'>(
  (config) => ({ bytes: config.spiceCapacityGiB * GIB_BYTES, what: `its ${config.spiceCapacityGiB} GiB of SPICE capacity` }),
  'direct queries and dashboard views are not simulated',
);
