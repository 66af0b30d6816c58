import type { KindId } from '../../../shared/catalog/registry';
import type { Behaviour } from './types';
import { refuse } from './types';

/** Schedules, keys, catalogs and workflow definitions: they start or describe things but carry no records. */
export function carriesNoData<K extends KindId>(): Behaviour<K> {
  return {
    create(_config, ctx) {
      return { receive: (delivery) => refuse(ctx, delivery, 'records (it carries no data)') };
    },
  };
}
