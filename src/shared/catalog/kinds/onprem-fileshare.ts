import { z } from 'zod';
import icon from 'aws-icons/icons/resource/Folders.svg?raw';
import { DATASYNC_LIMITS_TABLE as L } from '../limits/datasync';
import { defineKind } from '../types';
import { loadProfileSetting, sizeSpreadSetting } from '../workload';

/** A file system outside AWS (NFS, SMB or HDFS) that a DataSync agent reads. */
export const onpremFileshare = defineKind({
  id: 'onprem-fileshare',
  title: 'On-premises file share',
  shortTitle: 'File share',
  category: 'sources',
  summary: 'An NFS, SMB or HDFS share that DataSync copies to AWS.',
  help:
    'A file system in your data centre, reached by a DataSync agent (a VM you deploy next to it). Its total size sets the first transfer; ' +
    'its daily change sets each incremental run. The file count matters as much as the bytes: DataSync scans and verifies every file, and one task ' +
    `handles at most ${L.filesPerTaskSelfManaged.value.toLocaleString('en-US')} files between self-managed storage and AWS.`,
  icon,
  config: z.object({
    protocol: z.enum(['NFS', 'SMB', 'HDFS']).default('NFS').meta({ title: 'Protocol', description: 'How the DataSync agent mounts the share.' }),
    totalSizeGiB: z.number().positive().default(500).meta({ title: 'Total size', unit: 'GiB', description: 'Data on the share: the first transfer.' }),
    fileCount: z.number().int().min(1).default(1_000_000).meta({ title: 'Files', unit: 'files', description: 'Number of files (and objects) on the share.' }),
    dailyChangePercent: z
      .number()
      .min(0)
      .max(100)
      .default(2)
      .meta({ title: 'Daily change', unit: '%', description: 'Share of the data added or modified per day: what each incremental run copies.' }),
    fileSizeSpreadPercent: sizeSpreadSetting('File'),
    loadProfile: loadProfileSetting(),
  }),
  inputs: [],
  outputs: [{ id: 'objects', label: 'Files', edgeKind: 'data' }],
});
