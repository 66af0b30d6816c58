import { afterAll, describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../shared/catalog/registry';
import { everyKindPipelines } from '../../../../test/fixtures/every-kind';
import { expectGolden } from '../../../../test/harness/golden';
import { cloudFormationYaml, toCloudFormation, type CfnTemplate } from './index';
import { cfnLintMissing, cfnLintOutput, cfnValidateDiagnostics, freeCfnValidate, templateFolder } from './testing/validate-template';

const pipelines = everyKindPipelines();
const folder = templateFolder();
const files = Object.entries(pipelines).map(([id, pipeline]) => ({ id, path: folder.write(id, cloudFormationYaml(pipeline)) }));
afterAll(() => {
  freeCfnValidate();
  folder.remove();
});

/**
 * Actions that AWS does not let a policy scope to a resource (the Service Authorization Reference
 * lists no resource type for them): only these may appear in a statement on `*`.
 */
const NO_RESOURCE_LEVEL_ACTIONS = new Set([
  // CloudWatch Logs vended log delivery (Step Functions, Firehose… logging to a log group).
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
  // X-Ray tracing.
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  // Elastic network interfaces for functions, jobs and tasks inside a VPC.
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeVpcs',
  'ec2:DescribeVpcAttribute',
  'ec2:DescribeVpcEndpoints',
  'ec2:DescribeRouteTables',
  'ec2:DescribeDhcpOptions',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  // Metrics have no ARN.
  'cloudwatch:PutMetricData',
  // The registry login token is account-wide; pulls themselves are scoped to repositories.
  'ecr:GetAuthorizationToken',
  // Batch jobs have no ARN before they run: DescribeJobs takes no resource type.
  'batch:DescribeJobs',
]);

type Statement = { Effect: string; Action: string | string[]; Resource?: unknown; Principal?: unknown };

/** Every Allow statement of every identity policy in the template, with where it is. */
function identityStatements(template: CfnTemplate): { where: string; statement: Statement }[] {
  const found: { where: string; statement: Statement }[] = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    const properties = resource.Properties as Record<string, unknown>;
    const documents: { where: string; document: unknown }[] = [];
    if (resource.Type === 'AWS::IAM::Role') {
      for (const policy of (properties.Policies ?? []) as { PolicyName: string; PolicyDocument: unknown }[]) documents.push({ where: `${id}.${policy.PolicyName}`, document: policy.PolicyDocument });
    }
    if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') documents.push({ where: id, document: properties.PolicyDocument });
    for (const { where, document } of documents) {
      for (const statement of (document as { Statement: Statement[] }).Statement) if (statement.Effect === 'Allow') found.push({ where, statement });
    }
  }
  return found;
}

const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('CloudFormation of every kind', () => {
  it('covers every kind of the catalog with the reference templates and the extras', () => {
    const used = new Set(Object.values(pipelines).flatMap((p) => p.nodes.map((n) => n.kind)));
    expect(KIND_IDS.filter((kind) => !used.has(kind))).toEqual([]);
  });

  it.each(Object.keys(pipelines))('exports %s with a resource for every AWS node and nothing left "not exported"', (id) => {
    const template = toCloudFormation(pipelines[id]!);
    const notes = JSON.stringify(template.Metadata ?? {});
    expect(notes).not.toMatch(/not exported yet/);
    expect(Object.keys(template.Resources).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(pipelines))('grants %s least privilege: no wildcard actions, `*` resources only where AWS has no resource-level permissions', (id) => {
    const problems: string[] = [];
    for (const { where, statement } of identityStatements(toCloudFormation(pipelines[id]!))) {
      const actions = asList(statement.Action);
      for (const action of actions) if (action.includes('*')) problems.push(`${where}: wildcard action ${action}`);
      if (asList(statement.Resource).includes('*')) {
        for (const action of actions) if (!NO_RESOURCE_LEVEL_ACTIONS.has(action)) problems.push(`${where}: ${action} on "*" although it supports resource-level permissions`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(files.map((f) => [f.id, f.path] as const))('%s passes @aws/cloudformation-validate strict', (_id, path) => {
    const diagnostics = cfnValidateDiagnostics(path);
    if (diagnostics.length > 0) console.error(`${path}:\n${diagnostics.join('\n')}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it.skipIf(cfnLintMissing !== undefined)(`passes cfn-lint with no error and no warning${cfnLintMissing ? ` (skipped: ${cfnLintMissing})` : ''}`, () => {
    const output = cfnLintOutput(files.map((f) => f.path));
    if (output !== '') console.error(output);
    expect(output).toBe('');
  }, 120_000);

  it.each(Object.keys(pipelines))('matches the golden template of %s', (id) => {
    expectGolden(`export/templates/${id}.template.yaml`, cloudFormationYaml(pipelines[id]!));
  });
});
