import { z } from 'zod';
import icon from 'aws-icons/icons/architecture-service/AmazonQuickSuite.svg?raw';
import { defineKind } from '../types';

/** Amazon Quick Sight (formerly QuickSight), the BI service now part of Amazon Quick Suite. */
export const quicksight = defineKind({
  id: 'quicksight',
  title: 'Amazon Quick Sight',
  shortTitle: 'QuickSight',
  category: 'catalog-and-query',
  summary: 'Business intelligence dashboards over Athena, Redshift, RDS, S3 and OpenSearch.',
  help:
    'Serverless BI (formerly Amazon QuickSight, now part of Amazon Quick Suite): authors build analyses and dashboards that readers view. Data sources here are Athena, Redshift, RDS and Aurora, ' +
    'S3 (through a manifest file) and OpenSearch Service. Datasets are either imported into SPICE, the in-memory engine, on a refresh schedule, or queried directly on each view, ' +
    'which then runs (and, with Athena, bills) a query per visual. Billed per author and per reader, plus SPICE capacity beyond what the edition includes.',
  icon,
  config: z.object({
    edition: z.enum(['Standard', 'Enterprise']).default('Enterprise').meta({ title: 'Edition', description: 'Enterprise adds row-level security, private VPC connections and encryption with your own key.' }),
    // Sanity bounds below, not AWS quotas.
    spiceCapacityGiB: z.number().int().min(0).default(10).meta({ title: 'SPICE capacity', unit: 'GiB', description: 'In-memory storage for imported datasets.' }),
    authors: z.number().int().min(1).default(1).meta({ title: 'Authors', description: 'Users who create datasets, analyses and dashboards.' }),
    readers: z.number().int().min(0).default(10).meta({ title: 'Readers', description: 'Users who only view dashboards.' }),
  }),
  inputs: [
    {
      id: 'data',
      label: 'Data sources',
      edgeKind: 'data',
      accepts: {
        athena: 'Athena data source',
        redshift: 'Redshift data source',
        rds: 'RDS / Aurora data source',
        's3-bucket': 'S3 data source (manifest file)',
        opensearch: 'OpenSearch Service data source',
      },
    },
  ],
  outputs: [],
});
