import type { z } from 'zod';
import { appProducer } from './kinds/app-producer';
import { kinesisFirehose } from './kinds/kinesis-firehose';
import { s3Bucket } from './kinds/s3-bucket';
import type { KindDefinition } from './types';

/** Every node kind, by id. The order is the palette's within a category. */
export const KINDS = {
  'app-producer': appProducer,
  'kinesis-firehose': kinesisFirehose,
  's3-bucket': s3Bucket,
} as const;

export type KindId = keyof typeof KINDS;
/** The parsed settings of a kind. */
export type ConfigOf<K extends KindId> = z.infer<(typeof KINDS)[K]['config']>;

export const KIND_IDS = Object.keys(KINDS) as KindId[];

export function isKindId(id: string): id is KindId {
  return Object.hasOwn(KINDS, id);
}

/** The definition of a kind, or undefined for an id this build does not know. */
export function kindOf(id: string): KindDefinition | undefined {
  return isKindId(id) ? KINDS[id] : undefined;
}

/** The settings a new node of this kind starts with. */
export function defaultConfig(id: KindId): Record<string, unknown> {
  return KINDS[id].config.parse({}) as Record<string, unknown>;
}
