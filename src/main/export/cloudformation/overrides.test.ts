import { describe, expect, it } from 'vitest';
import { applyPatch, diffValues } from './overrides';
import { referencedNames, resolveParameters } from './template-refs';

describe('diffValues and applyPatch', () => {
  const generated = {
    Type: 'AWS::S3::Bucket',
    DeletionPolicy: 'Retain',
    Properties: { BucketName: { Ref: 'RawBucketName' }, VersioningConfiguration: { Status: 'Enabled' }, Tags: [{ Key: 'a', Value: 'b' }], Nested: { Keep: 1, Change: 2 } },
  };
  const original = {
    Type: 'AWS::S3::Bucket',
    Condition: 'IsProd',
    Properties: { BucketName: 'fixed-name', VersioningConfiguration: { Status: 'Enabled' }, Tags: [{ Key: 'team', Value: 'data' }], Nested: { Keep: 1, Change: { 'Fn::If': ['C', 1, 2] } } },
  };

  it('records the deepest paths where the original differs, whole arrays and intrinsics, and what it lacks', () => {
    const patch = diffValues(generated, original);
    expect(patch.set).toEqual([
      { path: ['Condition'], value: 'IsProd' },
      { path: ['Properties', 'BucketName'], value: 'fixed-name' },
      { path: ['Properties', 'Tags'], value: [{ Key: 'team', Value: 'data' }] },
      { path: ['Properties', 'Nested', 'Change'], value: { 'Fn::If': ['C', 1, 2] } },
    ]);
    expect(patch.unset).toEqual([['DeletionPolicy']]);
    expect(applyPatch(generated, patch)).toEqual(original);
  });

  it('leaves what the patch does not name to the settings, and does not change its input', () => {
    const patch = diffValues(generated, original);
    const edited = { ...generated, Properties: { ...generated.Properties, VersioningConfiguration: { Status: 'Suspended' }, Extra: true } };
    const patched = applyPatch(edited, patch);
    expect(patched.Properties).toMatchObject({ VersioningConfiguration: { Status: 'Suspended' }, Extra: true, BucketName: 'fixed-name' });
    expect(edited.Properties.BucketName).toEqual({ Ref: 'RawBucketName' });
    expect(diffValues(generated, structuredClone(generated))).toEqual({ set: [], unset: [] });
  });
});

describe('template references', () => {
  it('finds Ref, GetAtt and Sub variables, not pseudo parameters, escaped literals or local Sub variables', () => {
    const value = {
      A: { Ref: 'Bucket' },
      B: { 'Fn::GetAtt': ['Stream', 'Arn'] },
      C: { 'Fn::GetAtt': 'Cluster.Endpoint.Address' },
      D: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Lake}/${!Literal}' },
      E: { 'Fn::Sub': ['${Local}-${Env}', { Local: { Ref: 'Topic' } }] },
    };
    expect([...referencedNames(value)]).toEqual(['Bucket', 'Stream', 'Cluster', 'Lake', 'Env', 'Topic']);
  });

  it('replaces Refs to parameters with their defaults, typed, and resolves Sub strings made of them', () => {
    const parameters = { Name: { Type: 'String', Default: 'raw' }, Days: { Type: 'Number', Default: '30' }, Subnets: { Type: 'List<AWS::EC2::Subnet::Id>', Default: 'a, b' }, NoDefault: { Type: 'String' } };
    expect(
      resolveParameters({ a: { Ref: 'Name' }, b: { Ref: 'Days' }, c: { Ref: 'Subnets' }, d: { Ref: 'NoDefault' }, e: { 'Fn::Sub': '${Name}-${Days}-${!x}' }, f: { 'Fn::Sub': '${Name}-${AWS::Region}' } }, parameters),
    ).toEqual({ a: 'raw', b: 30, c: ['a', 'b'], d: { Ref: 'NoDefault' }, e: 'raw-30-${x}', f: { 'Fn::Sub': '${Name}-${AWS::Region}' } });
  });
});
