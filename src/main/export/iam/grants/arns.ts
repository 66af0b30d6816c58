import { getAtt, sub, type TemplateValue } from '../../cloudformation/template';

/** ARNs of the resources grants name, built from logical ids. */

/** An ARN built from a resource's name: for types whose GetAtt gives no ARN (Glue jobs, crawlers, databases…). */
export const arnOf = (service: string, resource: string): TemplateValue =>
  sub(`arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resource}`);

/** The bucket and every object in it, from the bucket's logical id. */
export function bucketArns(bucketLogicalId: string): { bucket: TemplateValue; objects: TemplateValue } {
  return { bucket: getAtt(bucketLogicalId, 'Arn'), objects: sub(`\${${bucketLogicalId}.Arn}/*`) };
}

/** An ARN with a suffix: `${Resource.Arn}/*`-style strings for the resources under a domain, a function's versions… */
export const arnWith = (arn: TemplateValue, suffix: string): TemplateValue =>
  typeof arn === 'string' ? `${arn}${suffix}` : ({ 'Fn::Join': ['', [arn, suffix]] } as TemplateValue);

/** The table and its indexes, from the table's logical id. */
export function tableArns(tableLogicalId: string): TemplateValue[] {
  return [getAtt(tableLogicalId, 'Arn'), sub(`\${${tableLogicalId}.Arn}/index/*`)];
}
