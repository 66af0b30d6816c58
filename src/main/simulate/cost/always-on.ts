import { DMS_INSTANCE_HOUR_PRICES } from '../../../shared/catalog/prices/dms';
import { REDSHIFT_NODE_HOUR_PRICES } from '../../../shared/catalog/prices/redshift';
import { hourlyCost, unknownCost, type CostModel } from './types';

const priceOf = <T extends object>(table: T, key: string) => (key in table ? table[key as keyof T] : undefined) as { value: number } | undefined;

/** Redshift provisioned: node-hours around the clock. Serverless bills only while queries run: unknown. */
export const redshiftCost: CostModel<'redshift'> = ({ config, runSeconds }) => {
  const d = config.deployment;
  if (d.mode !== 'provisioned') return unknownCost('Redshift Serverless bills RPU-hours while queries run; query load is not simulated');
  const price = priceOf(REDSHIFT_NODE_HOUR_PRICES, d.nodeType);
  if (!price) return unknownCost(`${d.nodeType} node-hour price is not in the reference table`);
  return hourlyCost(d.numberOfNodes * price.value, runSeconds, ['managed storage and Spectrum scans are not included']);
};

/** DMS replication instance-hours (Single-AZ); storage is not included. */
export const dmsCost: CostModel<'dms'> = ({ config, runSeconds }) => {
  const price = priceOf(DMS_INSTANCE_HOUR_PRICES, config.replicationInstanceClass);
  if (!price) return unknownCost(`${config.replicationInstanceClass} instance-hour price is not in the reference table`);
  if (config.multiAz) return unknownCost(`Multi-AZ price of ${config.replicationInstanceClass} is not in the reference table`);
  return hourlyCost(price.value, runSeconds, ['replication storage is not included']);
};
