import type { MapperContext } from './mapper';
import { sub, type CfnResource, type Intrinsic } from './template';

/** The values AWS::Logs::LogGroup RetentionInDays accepts (CloudFormation schema, an enum). */
const RETENTION_DAYS = ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1096', '1827', '2192', '2557', '2922', '3288', '3653'];

/**
 * How long the pipeline's log groups keep events: one template parameter shared by every log group,
 * since no node setting says it. Logs are not retained on stack deletion like data stores; they
 * expire instead (a month by default), so they neither pile up nor cost forever.
 */
export function logRetentionDays(ctx: MapperContext): Intrinsic {
  return ctx.parameter('LogRetentionDays', {
    Type: 'Number',
    Description: 'Days the pipeline’s CloudWatch log groups keep their events.',
    Default: '30',
    AllowedValues: RETENTION_DAYS,
  });
}

/**
 * A log group named `<prefix>/<stack name>/<logical id>`: a fixed name breaks no reference cycle
 * (the writer's role and the writer both point at it) and stays unique per stack.
 */
export function logGroup(ctx: MapperContext, prefix: string): CfnResource {
  return {
    Type: 'AWS::Logs::LogGroup',
    Properties: {
      LogGroupName: sub(`${prefix}/\${AWS::StackName}/${ctx.logicalId}`),
      RetentionInDays: logRetentionDays(ctx),
      Tags: [...ctx.tags],
    },
  };
}
