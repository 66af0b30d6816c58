import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { MAX_ALIASES, MAX_DEPTH, MAX_TEMPLATE_BYTES, readTemplate } from './read-template';

const BUCKET = 'Resources:\n  Raw:\n    Type: AWS::S3::Bucket\n';

describe('readTemplate', () => {
  it('reads every short-form tag as its long form', () => {
    const { template } = readTemplate(`${BUCKET}    Properties:
      A: !Ref Env
      B: !GetAtt Warehouse.Endpoint.Address
      C: !GetAtt [Stream, Arn]
      D: !Sub "\${Raw}-x"
      E: !Sub ["\${X}", { X: !Ref Env }]
      F: !Join [",", [a, !Ref Env]]
      G: !Select [0, !Split [",", !ImportValue Shared]]
      H: !If [IsProd, !Base64 x, !Ref AWS::NoValue]
      I: !FindInMap [M, !Ref AWS::Region, K]
      J: !Cidr [10.0.0.0/16, 4, 8]
      K: !GetAZs ""
      L: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }
Conditions:
  C1: !And [!Equals [a, b], !Or [!Not [!Condition C2], !Condition C3]]
`);
    expect(template.Resources.Raw!.Properties).toEqual({
      A: { Ref: 'Env' },
      B: { 'Fn::GetAtt': ['Warehouse', 'Endpoint.Address'] },
      C: { 'Fn::GetAtt': ['Stream', 'Arn'] },
      D: { 'Fn::Sub': '${Raw}-x' },
      E: { 'Fn::Sub': ['${X}', { X: { Ref: 'Env' } }] },
      F: { 'Fn::Join': [',', ['a', { Ref: 'Env' }]] },
      G: { 'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'Shared' }] }] },
      H: { 'Fn::If': ['IsProd', { 'Fn::Base64': 'x' }, { Ref: 'AWS::NoValue' }] },
      I: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] },
      J: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      K: { 'Fn::GetAZs': '' },
      L: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    });
    expect(template.Conditions).toEqual({
      C1: { 'Fn::And': [{ 'Fn::Equals': ['a', 'b'] }, { 'Fn::Or': [{ 'Fn::Not': [{ Condition: 'C2' }] }, { Condition: 'C3' }] }] },
    });
  });

  it('reads JSON, keeps dates and versions as text, and says where each resource starts', () => {
    const read = readTemplate('{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Raw": { "Type": "AWS::S3::Bucket" }\n  }\n}\n');
    expect(read.template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(read.lineOf('Raw')).toBe(4);
    expect(readTemplate(`AWSTemplateFormatVersion: 2010-09-09\n${BUCKET}`).template.AWSTemplateFormatVersion).toBe('2010-09-09');
  });

  it('accepts a few aliases, as YAML allows', () => {
    const { template } = readTemplate(`Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: &p { DisplayName: x }\n  B:\n    Type: AWS::SNS::Topic\n    Properties: *p\n`);
    expect(template.Resources.B!.Properties).toEqual({ DisplayName: 'x' });
  });

  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
  const deep = `${BUCKET}    Properties:\n      X: ${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}\n`;

  it.each([
    ['a file over the size cap', `${BUCKET}# ${'x'.repeat(MAX_TEMPLATE_BYTES)}`, /^the file is 460,8\d\d bytes; CloudFormation deploys templates of at most 460,800 bytes/],
    ['an alias bomb', `${bomb}\n${BUCKET}`, new RegExp(`aliases .* expand past ${MAX_ALIASES} copies: refused as an entity-expansion attack`)],
    ['deep nesting', deep, new RegExp(`^line \\d+: nested more than ${MAX_DEPTH} levels deep`)],
    ['an unknown tag', `${BUCKET}    Properties:\n      Tags: !Tags { a: b }\n`, /^line 5: unknown tag !Tags: not one of CloudFormation's short forms/],
    ['a duplicate key', `${BUCKET}    Type: AWS::SNS::Topic\n`, /^line 4: the key "Type" appears twice in the same mapping/],
    ['broken YAML', `${BUCKET}    Properties: [a, b\n`, /^line \d+: not valid YAML: /],
    ['broken JSON', '{ "Resources": { "A": ', /^line \d+: not valid JSON: /],
    ['an empty file', '  \n', /^the file is empty$/],
    ['no Resources', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters: {}\n', /^not a CloudFormation template: it has no Resources section \(its top-level keys are AWSTemplateFormatVersion, Parameters\)$/],
    ['a resource without Type', 'Resources:\n  Raw:\n    Type: AWS::S3::Bucket\n  Other:\n    Properties: {}\n', /^line 4: resource Other has no Type$/],
    ['a Type that is not text', 'Resources:\n  Raw:\n    Type: [AWS::S3::Bucket]\n', /^line 2: resource Raw: Type must be text/],
    ['a resource that is not a mapping', 'Resources:\n  Raw: AWS::S3::Bucket\n', /^line 2: resource Raw is not a mapping with a Type$/],
    ['empty Resources', 'Resources: {}\n', /^the template declares no resources/],
    ['a Kubernetes manifest', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n', /^not a CloudFormation template: it looks like a Kubernetes manifest \(apiVersion: apps\/v1, kind: Deployment\)$/],
    ['several YAML documents', `${BUCKET}---\napiVersion: v1\nkind: Service\n`, /^line 4: the file holds more than one YAML document/],
    ['a random JSON object', '{"name": "my-app", "version": "1.0.0", "dependencies": {}}', /^not a CloudFormation template: it has no Resources section \(its top-level keys are name, version, dependencies\)$/],
    ['a JSON list', '[1, 2, 3]', /^not a CloudFormation template: the top level is a list/],
    ['a plain value', 'hello', /^not a CloudFormation template: the top level is a single value/],
  ])('refuses %s, saying what and where', (_case, text, message) => {
    expect(() => readTemplate(text)).toThrow(ImportError);
    expect(() => readTemplate(text)).toThrow(message);
  });
});
