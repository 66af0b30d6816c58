import type { FindingCodeEntry } from './entry';

/** Lifecycle: S3 storage classes, transitions and minimum durations. */
export const LIFECYCLE_CODES = {
  PW501: {
    name: 'lifecycle-minimum-duration',
    severity: 'warning',
    title: 'Moved or deleted before the minimum duration',
    help:
      'Standard-IA and One Zone-IA bill every object for at least 30 days, Glacier Instant and Flexible Retrieval for 90, Deep Archive for 180. ' +
      'A lifecycle rule that moves objects on, or expires them, sooner pays for the days left anyway, on top of the next class: the cheaper class then costs more than it saves. ' +
      'Keep objects in each class at least its minimum, or skip the class.',
    notes: '2.3 S3 Glacier Storage Classes',
  },
  PW502: {
    name: 'lifecycle-small-objects',
    severity: 'warning',
    title: 'Objects too small to transition',
    help:
      'S3 Lifecycle does not transition objects under 128 KiB, so a rule moving small objects (a Firehose flushing a thin stream often, one object per IoT message) to a cheaper class does nothing for them. ' +
      'Make the objects bigger (a longer Firehose buffer interval), compact them with a job, or expire them instead.',
    notes: '3 Amazon S3 Lifecycle Rules',
  },
  PW503: {
    name: 'small-objects-storage-class',
    severity: 'warning',
    title: 'Small objects in a class with a size minimum',
    help:
      'Standard-IA, One Zone-IA and Glacier Instant Retrieval bill each object as at least 128 KiB; Intelligent-Tiering neither monitors nor moves objects under 128 KiB, which stay at the Standard price. ' +
      'For small objects these classes cost more than, or the same as, Standard.',
    notes: '2.4 S3 Intelligent-Tiering',
  },
  PW504: {
    name: 'noncurrent-without-versioning',
    severity: 'warning',
    title: 'Old-version action without versioning',
    help:
      'Actions on noncurrent versions only apply to a versioned bucket. Without versioning there are no old versions: the action does nothing, and overwritten or deleted objects cannot be recovered. ' +
      'Turn versioning on if they must be recoverable, or remove the action.',
    notes: '3 Amazon S3 Lifecycle Rules',
  },
  PW505: {
    name: 'lifecycle-expires-everything',
    severity: 'info',
    title: 'Rule expires every object',
    help: 'A lifecycle rule with no prefix or tag filter applies to the whole bucket: with an expiration, every object is deleted at that age. Make sure nothing in the bucket must be kept longer, or filter the rule by prefix or tag.',
    notes: '3 Amazon S3 Lifecycle Rules',
  },
} as const satisfies Record<string, FindingCodeEntry>;
