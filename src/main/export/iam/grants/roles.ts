import { getAtt, type CfnResource, type Tag, type TemplateValue } from '../../cloudformation/template';
import { iamDescription, policyDocument, type PolicyStatement, type TrustStatement } from '../policy';

/** Roles and managed policies made of grants. */

/**
 * Statements with the same effect, resources and conditions merged, actions sorted: short, stable
 * policies. A Sid says why a statement stands apart (e.g. no resource-level permissions), so
 * statements with different Sids stay apart.
 */
export function mergeStatements(statements: readonly PolicyStatement[]): PolicyStatement[] {
  const merged = new Map<string, PolicyStatement>();
  for (const statement of statements) {
    const key = JSON.stringify([statement.Sid ?? null, statement.Effect, statement.Resource, statement.Condition ?? null]);
    const existing = merged.get(key);
    if (existing) existing.Action = [...new Set([...existing.Action, ...statement.Action])].sort();
    else merged.set(key, { ...statement, Action: [...new Set(statement.Action)].sort() });
  }
  return [...merged.values()];
}

export interface ServiceRoleSpec {
  /** The service principal allowed to assume the role, e.g. "glue.amazonaws.com". */
  service: string;
  description: string;
  /** The grants of the node's connections; merged into one inline policy. */
  statements: readonly PolicyStatement[];
  /** AWS managed policies the service documents as required (e.g. AWSGlueServiceRole); ARNs under aws-partition. */
  managedPolicyArns?: readonly TemplateValue[];
  tags?: readonly Tag[];
}

/**
 * A role for one service, trusted only on behalf of this account (the confused-deputy guard AWS
 * documents: aws:SourceAccount), with exactly the statements of its connections.
 */
export function serviceRole(spec: ServiceRoleSpec): CfnResource {
  const trust = policyDocument<TrustStatement>({
    Effect: 'Allow',
    Principal: { Service: spec.service },
    Action: ['sts:AssumeRole'],
    Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
  });
  const statements = mergeStatements(spec.statements);
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: iamDescription(spec.description),
      AssumeRolePolicyDocument: trust,
      ...(statements.length > 0 ? { Policies: [{ PolicyName: 'PipelineConnections', PolicyDocument: policyDocument<PolicyStatement>(...statements) }] } : {}),
      ...(spec.managedPolicyArns && spec.managedPolicyArns.length > 0 ? { ManagedPolicyArns: [...spec.managedPolicyArns] } : {}),
      ...(spec.tags && spec.tags.length > 0 ? { Tags: [...spec.tags] } : {}),
    },
  };
}

// --- Streaming and ingest grants (Firehose, Lambda, IoT rules, Flink, Rekognition) ---

/**
 * The role of an EC2 instance profile (EMR nodes, Batch container instances). AWS documents
 * instance-profile trust policies with the service principal alone ("Use an IAM role to grant
 * permissions to applications running on Amazon EC2 instances", IAM user guide), so no
 * aws:SourceAccount condition here.
 */
export function ec2InstanceRole(spec: Omit<ServiceRoleSpec, 'service'>): CfnResource {
  const role = serviceRole({ ...spec, service: 'ec2.amazonaws.com' });
  const trust = policyDocument<TrustStatement>({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: ['sts:AssumeRole'] });
  return { ...role, Properties: { ...role.Properties, AssumeRolePolicyDocument: trust } };
}

/*
 * Starting and watching jobs (Step Functions tasks, EventBridge Scheduler and rule targets). Actions per
 * integration pattern from the Step Functions developer guide, "IAM policies for integrated services";
 * `wait` is Run a Job (.sync): Step Functions then polls the job and stops it when the execution stops.
 */

/** A managed policy of exactly these statements, for a role the template does not know (producers' own roles). */
export function managedPolicy(description: string, statements: readonly PolicyStatement[]): CfnResource {
  return { Type: 'AWS::IAM::ManagedPolicy', Properties: { Description: iamDescription(description), PolicyDocument: policyDocument<PolicyStatement>(...mergeStatements(statements)) } };
}

/** Passing one role to one service (e.g. EMR handing its instance role to EC2). */
export function passRole(roleLogicalId: string, toService: string): PolicyStatement[] {
  return [{ Effect: 'Allow', Action: ['iam:PassRole'], Resource: [getAtt(roleLogicalId, 'Arn')], Condition: { StringEquals: { 'iam:PassedToService': toService } } }];
}
