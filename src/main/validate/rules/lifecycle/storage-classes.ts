import { S3_LIMITS_TABLE as L } from '../../../../shared/catalog/limits/s3';
import type { StorageClass } from '../../../../shared/catalog/s3-lifecycle';

/** Days S3 bills at least once an object is in a class (0: no minimum). */
export function minimumStorageDays(storageClass: StorageClass): number {
  switch (storageClass) {
    case 'Standard-IA':
    case 'One Zone-IA':
      return L.minStorageDaysInfrequentAccess.value;
    case 'Glacier Instant Retrieval':
    case 'Glacier Flexible Retrieval':
      return L.minStorageDaysGlacier.value;
    case 'Deep Archive':
      return L.minStorageDaysDeepArchive.value;
    case 'Standard':
    case 'Intelligent-Tiering':
      return 0;
  }
}

/** The archive classes whose objects must be restored before they can be read. */
export const ARCHIVE_CLASSES: readonly StorageClass[] = ['Glacier Flexible Retrieval', 'Deep Archive'];
