import { z } from 'zod';
import icon from 'aws-icons/icons/resource/Database.svg?raw';
import { defineKind } from '../types';
import { loadProfileSetting, sizeSpreadSetting } from '../workload';

/** A database outside AWS (on premises or on another cloud), read by AWS DMS. */
export const onpremDatabase = defineKind({
  id: 'onprem-database',
  title: 'On-premises database',
  shortTitle: 'Database',
  category: 'sources',
  summary: 'A database outside AWS that DMS migrates or replicates from.',
  help:
    'An operational database outside AWS, used as a DMS source endpoint. Its size sets how long the full load takes; its change rate ' +
    'and row size set the continuous (CDC) replication load. The database stays available during the migration. ' +
    'Change data capture needs the engine’s change log turned on (binary log in ROW format for MySQL/MariaDB, supplemental logging for Oracle, ' +
    'logical replication for PostgreSQL, MS-CDC or MS-Replication for SQL Server).',
  icon,
  config: z.object({
    engine: z
      .enum(['MySQL', 'MariaDB', 'PostgreSQL', 'Oracle', 'SQL Server', 'IBM Db2 LUW', 'SAP ASE', 'MongoDB'])
      .default('MySQL')
      .meta({ title: 'Engine', description: 'Database engine of the DMS source endpoint.' }),
    sizeGiB: z.number().positive().default(100).meta({ title: 'Size', unit: 'GiB', description: 'Data to copy in the full load.' }),
    changeRateRowsPerSecond: z.number().min(0).default(100).meta({ title: 'Change rate', unit: 'rows/s', description: 'Inserted, updated and deleted rows per second: the CDC load.' }),
    rowSizeBytes: z.number().int().min(1).default(500).meta({ title: 'Row size', unit: 'bytes', description: 'Mean size of a changed row.' }),
    rowSizeSpreadPercent: sizeSpreadSetting('Row'),
    loadProfile: loadProfileSetting(),
    changeCaptureEnabled: z
      .boolean()
      .default(true)
      .meta({ title: 'Change log enabled', description: 'The engine keeps the log DMS reads for CDC (binary log, supplemental logging, logical replication…).' }),
  }),
  inputs: [],
  outputs: [{ id: 'rows', label: 'Rows and changes', edgeKind: 'data' }],
});
