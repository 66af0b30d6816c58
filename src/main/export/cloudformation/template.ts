/** The shapes of a CloudFormation template and the intrinsic functions the mappers use. */

export type Intrinsic =
  | { Ref: string }
  | { 'Fn::GetAtt': [string, string] }
  | { 'Fn::Sub': string }
  | { 'Fn::Join': [string, TemplateValue[]] }
  | { 'Fn::Select': [number, TemplateValue] }
  | { 'Fn::GetAZs': string };
/** A value in a template: plain data or an intrinsic function. */
export type TemplateValue = string | number | boolean | Intrinsic | TemplateValue[] | { [key: string]: TemplateValue };

export interface CfnResource {
  Type: string;
  Properties: { [key: string]: TemplateValue };
  DependsOn?: string[];
  Metadata?: { [key: string]: TemplateValue };
  DeletionPolicy?: 'Retain' | 'Delete' | 'Snapshot';
  UpdateReplacePolicy?: 'Retain' | 'Delete' | 'Snapshot';
}

/** A template parameter: what a deployment may choose (names, environment, network), with its default. */
export interface CfnParameter {
  Type: 'String' | 'Number' | 'CommaDelimitedList' | 'AWS::EC2::VPC::Id' | 'List<AWS::EC2::Subnet::Id>';
  Description: string;
  Default?: string | number;
  AllowedPattern?: string;
  AllowedValues?: string[];
  MinLength?: number;
  MaxLength?: number;
  MinValue?: number;
  MaxValue?: number;
  ConstraintDescription?: string;
}

export interface CfnOutput {
  Description: string;
  Value: TemplateValue;
}

export interface CfnTemplate {
  /** Absent only when an imported template had none (see model/cloudformation.ts). */
  AWSTemplateFormatVersion?: '2010-09-09';
  Description?: string;
  Metadata?: { [key: string]: TemplateValue };
  Parameters?: Record<string, CfnParameter>;
  /** The sections below come only from imported templates, as they were. */
  Rules?: unknown;
  Mappings?: unknown;
  Conditions?: unknown;
  Transform?: unknown;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, CfnOutput>;
}

export const ref = (logicalId: string): Intrinsic => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): Intrinsic => ({ 'Fn::GetAtt': [logicalId, attribute] });
export const sub = (text: string): Intrinsic => ({ 'Fn::Sub': text });
export const join = (separator: string, parts: TemplateValue[]): Intrinsic => ({ 'Fn::Join': [separator, parts] });

/** A resource that holds data: kept when the stack is deleted or the resource replaced, so no deployment mistake deletes data. */
export function retained(resource: CfnResource): CfnResource {
  return { ...resource, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' };
}

/** A tag as most resource types take them; a few (Glue, SSM…) take a plain map instead: see `tagMap`. */
export type Tag = { Key: string; Value: TemplateValue };

/** Tags as a `{ key: value }` map, for the resource types that take that form. */
export function tagMap(tags: readonly Tag[]): { [key: string]: TemplateValue } {
  return Object.fromEntries(tags.map((tag) => [tag.Key, tag.Value]));
}

/** CloudFormation caps descriptions at 1,024 bytes; labels are user text of any length. */
export function clampDescription(text: string): string {
  let clamped = text.slice(0, 1_024);
  while (new TextEncoder().encode(clamped).length > 1_024) clamped = clamped.slice(0, -1);
  return clamped;
}

export function output(description: string, value: TemplateValue): CfnOutput {
  return { Description: clampDescription(description), Value: value };
}
