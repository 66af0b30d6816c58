import type { KindId } from '../../../shared/catalog/registry';
import { appProducerBehaviour } from './app-producer';
import { kinesisFirehoseBehaviour } from './kinesis-firehose';
import { s3BucketBehaviour } from './s3-bucket';
import type { Behaviour } from './types';

/** How each kind behaves in the simulator: a new kind does not compile until it has an entry here. */
export const BEHAVIOURS = {
  'app-producer': appProducerBehaviour,
  'kinesis-firehose': kinesisFirehoseBehaviour,
  's3-bucket': s3BucketBehaviour,
} satisfies { [K in KindId]: Behaviour<K> };
