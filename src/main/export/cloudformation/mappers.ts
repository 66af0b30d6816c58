import type { KindId } from '../../../shared/catalog/registry';
import { mapAppProducer } from './app-producer';
import { mapKinesisFirehose } from './kinesis-firehose';
import type { Mapper } from './mapper';
import { mapS3Bucket } from './s3-bucket';

/** One mapper per kind: a kind added to the catalog does not compile until it has one here. */
export const MAPPERS = {
  'app-producer': mapAppProducer,
  'kinesis-firehose': mapKinesisFirehose,
  's3-bucket': mapS3Bucket,
} satisfies { [K in KindId]: Mapper<K> };

/** The mapper of kind K, typed for K (indexing with a union of kinds would lose the link to the config type). */
export function mapperOf<K extends KindId>(kind: K): Mapper<K> {
  const mappers: { [P in KindId]: Mapper<P> } = MAPPERS;
  return mappers[kind];
}
