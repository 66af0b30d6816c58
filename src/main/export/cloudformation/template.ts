/** The shapes of a CloudFormation template and the intrinsic functions the mappers use. */

export type Intrinsic = { Ref: string } | { 'Fn::GetAtt': [string, string] } | { 'Fn::Sub': string };
/** A value in a template: plain data or an intrinsic function. */
export type TemplateValue = string | number | boolean | Intrinsic | TemplateValue[] | { [key: string]: TemplateValue };

export interface CfnResource {
  Type: string;
  Properties: { [key: string]: TemplateValue };
  DeletionPolicy?: 'Retain' | 'Delete';
  UpdateReplacePolicy?: 'Retain' | 'Delete';
}

export interface CfnOutput {
  Description: string;
  Value: TemplateValue;
}

export interface CfnTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Metadata?: { [key: string]: TemplateValue };
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, CfnOutput>;
}

export const ref = (logicalId: string): Intrinsic => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): Intrinsic => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const sub = (text: string): Intrinsic => ({ 'Fn::Sub': text });

/** CloudFormation caps descriptions at 1,024 bytes; labels are user text of any length. */
export function clampDescription(text: string): string {
  let clamped = text.slice(0, 1_024);
  while (new TextEncoder().encode(clamped).length > 1_024) clamped = clamped.slice(0, -1);
  return clamped;
}

export function output(description: string, value: TemplateValue): CfnOutput {
  return { Description: clampDescription(description), Value: value };
}
