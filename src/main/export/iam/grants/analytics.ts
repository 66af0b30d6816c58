import { getAtt, sub, type TemplateValue } from '../../cloudformation/template';
import type { PolicyStatement } from '../policy';
import { arnOf } from './arns';

/** Grants on the Glue Data Catalog, OpenSearch domains and Redshift. */

/** Glue Data Catalog access to one database and its tables (the catalog itself is a required resource of every call). */
export function glueCatalog(databaseName: TemplateValue, access: 'read' | 'write'): PolicyStatement[] {
  const read = ['glue:GetDatabase', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'];
  const write = ['glue:CreateTable', 'glue:UpdateTable', 'glue:BatchCreatePartition', 'glue:CreatePartition', 'glue:UpdatePartition', 'glue:BatchUpdatePartition'];
  const name = typeof databaseName === 'string' ? databaseName : undefined;
  const database = name !== undefined ? arnOf('glue', `database/${name}`) : { 'Fn::Sub': ['arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:database/${Db}', { Db: databaseName }] };
  const tables = name !== undefined ? arnOf('glue', `table/${name}/*`) : { 'Fn::Sub': ['arn:${AWS::Partition}:glue:${AWS::Region}:${AWS::AccountId}:table/${Db}/*', { Db: databaseName }] };
  return [{ Effect: 'Allow', Action: access === 'read' ? read : [...read, ...write], Resource: [arnOf('glue', 'catalog'), database as TemplateValue, tables as TemplateValue] }];
}

/** Reading one Glue table's schema, as Firehose record format conversion does (GetTable, GetTableVersion(s)). */
export function glueTableSchemaRead(databaseName: TemplateValue, tableName: TemplateValue): PolicyStatement[] {
  const arn = (resource: string, variables: Record<string, TemplateValue>): TemplateValue =>
    ({ 'Fn::Sub': [`arn:\${AWS::Partition}:glue:\${AWS::Region}:\${AWS::AccountId}:${resource}`, variables] }) as TemplateValue;
  return [
    {
      Effect: 'Allow',
      Action: ['glue:GetTable', 'glue:GetTableVersion', 'glue:GetTableVersions'],
      Resource: [arnOf('glue', 'catalog'), arn('database/${Db}', { Db: databaseName }), arn('table/${Db}/${Table}', { Db: databaseName, Table: tableName })],
    },
  ];
}

/** Indexing documents into an OpenSearch Service domain (HTTP POST/PUT on its paths). */
export function openSearchIndex(domainLogicalId: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['es:ESHttpPost', 'es:ESHttpPut'], Resource: [sub(`\${${domainLogicalId}.Arn}/*`)] }];
}

/** Firehose delivering to a domain: "Grant Firehose access to a public OpenSearch Service destination". */
export function openSearchDeliver(domainLogicalId: string): PolicyStatement[] {
  const domain = getAtt(domainLogicalId, 'Arn');
  const paths = ['_all/_settings', '_cluster/stats', '*/_mapping/*', '_nodes', '_nodes/stats', '_nodes/*/stats', '_stats', '*/_stats', ''];
  return [
    { Effect: 'Allow', Action: ['es:DescribeDomain', 'es:DescribeDomainConfig', 'es:DescribeDomains'], Resource: [domain, sub(`\${${domainLogicalId}.Arn}/*`)] },
    ...openSearchIndex(domainLogicalId),
    { Effect: 'Allow', Action: ['es:ESHttpGet'], Resource: paths.map((path) => sub(`\${${domainLogicalId}.Arn}/${path}`)) },
  ];
}

/** Document reads and writes over the HTTP API of one OpenSearch Service domain (indices are sub-resources of the domain ARN). */
export function opensearchWrite(domainLogicalId: string): PolicyStatement[] {
  return [
    {
      Effect: 'Allow',
      Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
      Resource: [getAtt(domainLogicalId, 'Arn'), sub(`\${${domainLogicalId}.Arn}/*`)],
    },
  ];
}

/**
 * SQL through the Redshift Data API on one warehouse, with temporary credentials of the caller's
 * IAM identity: a provisioned cluster (by its identifier) or a Serverless workgroup (by its ARN).
 * Describe/GetStatementResult/CancelStatement support no resource-level permissions (Service
 * Authorization Reference, Redshift Data API): they sit apart on "*", limited to the caller's own
 * statements by the statement-owner condition key.
 */
export function redshiftDataApi(warehouse: { cluster: string; databaseName: TemplateValue } | { workgroupArn: TemplateValue }): PolicyStatement[] {
  const statementCalls: PolicyStatement = {
    Sid: 'StatementCallsSupportNoResourceLevelPermissions',
    Effect: 'Allow',
    Action: ['redshift-data:CancelStatement', 'redshift-data:DescribeStatement', 'redshift-data:GetStatementResult'],
    Resource: ['*'],
    // ${aws:userid} is an IAM policy variable, not a CloudFormation one.
    Condition: { StringEquals: { 'redshift-data:statement-owner-iam-userid': '${aws:userid}' } },
  };
  if ('workgroupArn' in warehouse) {
    return [{ Effect: 'Allow', Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement', 'redshift-serverless:GetCredentials'], Resource: [warehouse.workgroupArn] }, statementCalls];
  }
  const arn = (resource: string): TemplateValue =>
    ({ 'Fn::Sub': [`arn:\${AWS::Partition}:redshift:\${AWS::Region}:\${AWS::AccountId}:${resource}`, { Cluster: { Ref: warehouse.cluster }, Db: warehouse.databaseName }] }) as TemplateValue;
  return [
    { Effect: 'Allow', Action: ['redshift-data:BatchExecuteStatement', 'redshift-data:ExecuteStatement'], Resource: [sub(`arn:\${AWS::Partition}:redshift:\${AWS::Region}:\${AWS::AccountId}:cluster:\${${warehouse.cluster}}`)] },
    { Effect: 'Allow', Action: ['redshift:GetClusterCredentialsWithIAM'], Resource: [arn('dbname:${Cluster}/${Db}')] },
    statementCalls,
  ];
}
