import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ExportError } from '../../errors';
import { arnOf, glueCatalog, managedPolicy, s3Read, s3Write } from '../../iam/grants';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper, type MapperContext } from '../mapper';
import { defined, oneOf, plainNumber, plainObject, plainString } from '../plain';
import { bucketKeyArn, bucketUri, s3Location } from '../references';
import { getAtt, output, ref, retained, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'athena'>;
type Node = Parameters<Mapper<'athena'>>[0];

/** Athena's MB is 10^6 bytes: the 10 MB minimum cutoff is 10,000,000 bytes (AWS::Athena::WorkGroup schema). */
const BYTES_PER_MB = 1_000_000;
/** Every account has a workgroup named primary, so a template cannot create one of that name. */
const PRIMARY = 'primary';
/** Where results go in a connected data bucket: apart from the data, so crawlers of the data do not catalog them. */
export const RESULTS_PREFIX = 'athena-results/';
/** The managed policy of a workgroup's users, for mappings that query through it (QuickSight). */
const QUERY_POLICY_SUFFIX = 'QueryPolicy';
export const queryPolicyOf = (athenaLogicalId: string): string => `${athenaLogicalId}${QUERY_POLICY_SUFFIX}`;
/** What running queries in one workgroup takes (Athena's "Access to workgroups" examples). */
const QUERY_ACTIONS = ['athena:GetQueryExecution', 'athena:GetQueryResults', 'athena:GetWorkGroup', 'athena:StartQueryExecution', 'athena:StopQueryExecution'];

interface Results {
  location: TemplateValue;
  bucketId?: string;
  keyArn?: TemplateValue;
  resources: Record<string, CfnResource>;
}

/** Where query results go: the setting, else the connected bucket, else a results bucket of the workgroup's own. */
function results(config: Config, ctx: MapperContext): Results {
  if (config.resultLocation !== '') {
    const { value, bucket } = s3Location(ctx, config.resultLocation);
    return { location: value, bucketId: bucket?.logicalId, keyArn: bucket && bucketKeyArn(ctx, bucket), resources: {} };
  }
  const bucket = ctx.sourcesOfKind('s3-bucket')[0];
  if (bucket) return { location: bucketUri(bucket.logicalId, RESULTS_PREFIX), bucketId: bucket.logicalId, keyArn: bucketKeyArn(ctx, bucket), resources: {} };
  const bucketId = ctx.derivedId('Results');
  const resultsBucket = retained({
    Type: 'AWS::S3::Bucket',
    Properties: {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      Tags: [...ctx.tags],
    },
  });
  return { location: bucketUri(bucketId), bucketId, resources: { [bucketId]: resultsBucket } };
}

/** Result encryption as the workgroup declares it; KMS options take the results bucket's customer key. */
function resultEncryption(node: Node, config: Config, keyArn: TemplateValue | undefined): TemplateValue | undefined {
  if (config.resultEncryption === 'none') return undefined;
  if (config.resultEncryption === 'SSE_S3') return { EncryptionOption: 'SSE_S3' };
  if (keyArn === undefined) {
    throw new ExportError(`Cannot export Athena ${nodeName(node)}: ${config.resultEncryption} needs a KMS key. Put results in a bucket encrypted with SSE-KMS and a customer managed key.`);
  }
  return { EncryptionOption: config.resultEncryption, KmsKey: keyArn };
}

/**
 * athena → AWS::Athena::WorkGroup (enforced result location and encryption, scan cutoff, engine
 * version) and, since Athena runs queries with the caller's own credentials, a managed policy
 * for the people or services that query through it.
 */
const mapAthena: Mapper<'athena'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  let name: TemplateValue;
  if (config.workgroup === PRIMARY) {
    name = sub(`\${AWS::StackName}-${id}`);
    notes.push(`${nodeName(node)}: the account's primary workgroup exists already and cannot be created by a template; its settings go to a new workgroup named after the stack.`);
  } else {
    name = ctx.parameter(`${id}Name`, {
      Type: 'String',
      Description: `Name of the Athena workgroup "${node.label}".`,
      Default: config.workgroup,
      AllowedPattern: '^[a-zA-Z0-9._-]{1,128}$',
      ConstraintDescription: '1 to 128 letters, digits, dots, hyphens or underscores',
    });
  }
  const result = results(config, ctx);
  const encryption = resultEncryption(node, config, result.keyArn);
  const configuration: Record<string, TemplateValue> = {
    EnforceWorkGroupConfiguration: true,
    EngineVersion: { SelectedEngineVersion: config.engineVersion },
    ResultConfiguration: { OutputLocation: result.location, ...(encryption ? { EncryptionConfiguration: encryption } : {}) },
  };
  if (config.bytesScannedCutoffMB !== null) configuration.BytesScannedCutoffPerQuery = config.bytesScannedCutoffMB * BYTES_PER_MB;

  const statements = [
    // Ref of a workgroup is its name.
    { Effect: 'Allow' as const, Action: QUERY_ACTIONS, Resource: [arnOf('athena', `workgroup/\${${id}}`)] },
    ...ctx.sourcesOfKind('s3-bucket').flatMap((bucket) => s3Read(bucket.logicalId, bucketKeyArn(ctx, bucket))),
    ...(result.bucketId ? [...s3Write(result.bucketId, result.keyArn), ...s3Read(result.bucketId, result.keyArn)] : []),
    ...ctx.sourcesOfKind('glue-data-catalog').flatMap((catalog) => glueCatalog(ref(catalog.logicalId), 'read')),
  ];
  if (!result.bucketId) notes.push(`${nodeName(node)}: results go to ${config.resultLocation}, outside this pipeline; grant its users s3:PutObject and s3:GetObject there.`);
  const policyId = ctx.derivedId(QUERY_POLICY_SUFFIX);
  return {
    resources: {
      [id]: { Type: 'AWS::Athena::WorkGroup', Properties: { Name: name, WorkGroupConfiguration: configuration, Tags: [...ctx.tags] } },
      ...result.resources,
      [policyId]: managedPolicy(`Attach to the roles that query through the Athena workgroup "${node.label}": its data, catalog and results.`, statements),
    },
    outputs: {
      [ctx.derivedId('WorkGroup')]: output(`Athena workgroup "${node.label}"`, ref(id)),
      [ctx.derivedId('QueryPolicyArn')]: output(`Managed policy for the users of the workgroup "${node.label}"`, ref(policyId)),
      ...(result.resources[result.bucketId ?? ''] ? { [ctx.derivedId('ResultsBucket')]: output(`Query results bucket of "${node.label}"`, getAtt(result.bucketId!, 'Arn')) } : {}),
    },
    notes,
  };
};

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const configuration = plainObject(p.WorkGroupConfiguration);
  const resultConfiguration = plainObject(configuration?.ResultConfiguration);
  const cutoff = plainNumber(configuration?.BytesScannedCutoffPerQuery);
  const encryption = resultConfiguration && (plainObject(resultConfiguration.EncryptionConfiguration) ?? (resultConfiguration.EncryptionConfiguration === undefined ? {} : undefined));
  return defined({
    workgroup: plainString(p.Name),
    engineVersion: oneOf(plainObject(configuration?.EngineVersion)?.SelectedEngineVersion, ['AUTO', 'Athena engine version 3'] as const),
    bytesScannedCutoffMB: cutoff === undefined ? undefined : Math.round(cutoff / BYTES_PER_MB),
    resultLocation: plainString(resultConfiguration?.OutputLocation),
    resultEncryption: encryption && (encryption.EncryptionOption === undefined ? ('none' as const) : oneOf(encryption.EncryptionOption, ['SSE_S3', 'SSE_KMS', 'CSE_KMS'] as const)),
  });
}

export const athenaMapping: KindMapping<'athena'> = {
  mainType: 'AWS::Athena::WorkGroup',
  toCfn: mapAthena,
  fromCfn,
};
