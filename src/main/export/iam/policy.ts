import type { TemplateValue } from '../cloudformation/template';

/** IAM policy documents as they appear in a template (types, not interfaces, so they fit TemplateValue). */
export type Condition = { [operator: string]: { [key: string]: TemplateValue } };

/** A statement of an identity policy: what the holder may do, on which resources. */
export type PolicyStatement = {
  Sid?: string;
  Effect: 'Allow';
  Action: string[];
  Resource: TemplateValue[];
  Condition?: Condition;
};

/** A statement of a role's trust policy: which service may assume it. */
export type TrustStatement = {
  Effect: 'Allow';
  Principal: { Service: string };
  Action: string[];
  Condition?: Condition;
};

export type PolicyDocument<S = PolicyStatement> = {
  Version: '2012-10-17';
  Statement: S[];
};

export function policyDocument<S>(...statements: S[]): PolicyDocument<S> {
  return { Version: '2012-10-17', Statement: statements };
}

/** IAM descriptions accept tab, newlines and Latin-1 printable characters only, up to 1,000 of them. */
export function iamDescription(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\u007E\u00A1-\u00FF]/g, '?').slice(0, 1_000);
}
