import type { ConfigOf } from '../../../../shared/catalog/registry';
import { arnOf, dynamodbScan, glueCatalog, s3Read, serviceRole } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { completeItems, defined, oneOf, plainArray, plainObject, plainString } from '../plain';
import { bucketKeyArn, bucketUri, exportsResource, s3Location } from '../references';
import { getAtt, output, ref, sub, tagMap, type TemplateValue } from '../template';

type Config = ConfigOf<'glue-crawler'>;

/** The AWS managed policy AWS Glue documents for crawler and job roles (logs, metrics, its own asset buckets). */
export const GLUE_SERVICE_ROLE_POLICY = sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSGlueServiceRole');

interface CrawlTargets {
  targets: Record<string, TemplateValue[]>;
  statements: PolicyStatement[];
  notes: string[];
}

/**
 * What the crawler crawls: the paths its settings list (on a pipeline bucket when the name is
 * one's) and every connected store not narrowed by such a path, with the reads each needs.
 */
function crawlTargets(node: Parameters<Mapper<'glue-crawler'>>[0], config: Config, ctx: MapperContext): CrawlTargets {
  const s3: TemplateValue[] = [];
  const dynamodb: TemplateValue[] = [];
  const statements: PolicyStatement[] = [];
  const notes: string[] = [];
  const narrowed = new Set<string>();
  for (const target of config.targets) {
    if (target.type === 'S3') {
      const { value, bucket } = s3Location(ctx, target.path);
      s3.push({ Path: value });
      if (bucket) {
        narrowed.add(bucket.node.id);
        statements.push(...s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket)));
      } else notes.push(`${nodeName(node)}: ${target.path} is not a bucket of this pipeline; grant the crawler's role s3:GetObject and s3:ListBucket on it.`);
    } else if (target.type === 'DynamoDB') {
      dynamodb.push({ Path: target.path });
      statements.push(...dynamodbScan(arnOf('dynamodb', `table/${target.path}`)));
    } else {
      notes.push(`${nodeName(node)}: the JDBC target ${target.path} needs a Glue connection (JDBC URL, credentials, VPC), which the export does not create; add it and a JdbcTargets entry by hand.`);
    }
  }
  for (const bucket of ctx.sourcesOfKind('s3-bucket')) {
    if (narrowed.has(bucket.node.id)) continue;
    s3.push({ Path: bucketUri(bucket.logicalId) });
    statements.push(...s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket)));
  }
  if (exportsResource('dynamodb-table')) {
    for (const table of ctx.sourcesOfKind('dynamodb-table')) {
      // Ref of a DynamoDB table is its name.
      dynamodb.push({ Path: ref(table.logicalId) });
      statements.push(...dynamodbScan(getAtt(table.logicalId, 'Arn')));
    }
  }
  for (const kind of ['rds', 'redshift'] as const) {
    for (const store of ctx.sourcesOfKind(kind)) {
      notes.push(`${nodeName(node)}: crawling ${nodeName(store.node)} needs a Glue JDBC connection, which the export does not create; add it and a JdbcTargets entry by hand.`);
    }
  }
  const targets: Record<string, TemplateValue[]> = {};
  if (s3.length > 0) targets.S3Targets = s3;
  if (dynamodb.length > 0) targets.DynamoDBTargets = dynamodb;
  return { targets, statements, notes };
}

/**
 * glue-crawler → AWS::Glue::Crawler writing into the connected catalog database, with its role:
 * AWSGlueServiceRole, reads on what it crawls and writes on that one database.
 */
const mapGlueCrawler: Mapper<'glue-crawler'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const roleId = ctx.derivedId('Role');
  const { targets, statements, notes } = crawlTargets(node, config, ctx);
  const catalog = ctx.targetsOfKind('glue-data-catalog')[0];
  if (!catalog) notes.push(`${nodeName(node)} writes to no Data Catalog database: connect one, or set DatabaseName by hand.`);
  if (Object.keys(targets).length === 0) notes.push(`${nodeName(node)} has nothing to crawl: connect a store or list a target path.`);

  const properties: Record<string, TemplateValue> = {
    Role: getAtt(roleId, 'Arn'),
    ...(catalog ? { DatabaseName: ref(catalog.logicalId) } : {}),
    Targets: targets,
    SchemaChangePolicy: { UpdateBehavior: config.schemaChangePolicy.updateBehavior, DeleteBehavior: config.schemaChangePolicy.deleteBehavior },
    RecrawlPolicy: { RecrawlBehavior: config.recrawlPolicy },
    Tags: tagMap(ctx.tags),
  };
  if (config.schedule.mode === 'cron') properties.Schedule = { ScheduleExpression: config.schedule.expression };
  return {
    resources: {
      [id]: { Type: 'AWS::Glue::Crawler', Properties: properties },
      [roleId]: serviceRole({
        service: 'glue.amazonaws.com',
        description: `Lets the Glue crawler "${node.label}" read what it crawls and write table definitions.`,
        statements: [...statements, ...(catalog ? glueCatalog(ref(catalog.logicalId), 'write') : [])],
        managedPolicyArns: [GLUE_SERVICE_ROLE_POLICY],
        tags: ctx.tags,
      }),
    },
    outputs: { [ctx.derivedId('Name')]: output(`Name of the Glue crawler "${node.label}"`, ref(id)) },
    notes,
  };
};

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const targets = plainObject(p.Targets);
  const paths = (list: unknown, type: 'S3' | 'DynamoDB') =>
    plainArray(list).flatMap((t) => {
      const path = plainString(plainObject(t)?.Path);
      return path === undefined ? [] : [{ type, path }];
    });
  const policy = plainObject(p.SchemaChangePolicy);
  const expression = plainString(plainObject(p.Schedule)?.ScheduleExpression);
  return defined({
    schedule: expression !== undefined ? { mode: 'cron' as const, expression } : p.Schedule === undefined ? { mode: 'on demand' as const } : undefined,
    targets: completeItems('glue-crawler', 'targets', [...paths(targets?.S3Targets, 'S3'), ...paths(targets?.DynamoDBTargets, 'DynamoDB')]),
    schemaChangePolicy: policy
      ? defined({
          updateBehavior: oneOf(policy.UpdateBehavior, ['UPDATE_IN_DATABASE', 'LOG'] as const),
          deleteBehavior: oneOf(policy.DeleteBehavior, ['DEPRECATE_IN_DATABASE', 'DELETE_FROM_DATABASE', 'LOG'] as const),
        })
      : undefined,
    recrawlPolicy: oneOf(plainObject(p.RecrawlPolicy)?.RecrawlBehavior, ['CRAWL_EVERYTHING', 'CRAWL_NEW_FOLDERS_ONLY'] as const),
  });
}

export const glueCrawlerMapping: KindMapping<'glue-crawler'> = {
  mainType: 'AWS::Glue::Crawler',
  toCfn: mapGlueCrawler,
  fromCfn,
};
