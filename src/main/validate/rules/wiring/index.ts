import type { Rule } from '../../rule';
import { connectionNotAllowed } from './connection-not-allowed';
import { firehoseNoDestination } from './firehose-no-destination';

/** The wiring rules, one per file in this folder. */
export const WIRING_RULES: readonly Rule[] = [
  connectionNotAllowed,
  firehoseNoDestination,
];
