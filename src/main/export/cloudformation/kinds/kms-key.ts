import { KINDS, type ConfigOf } from '../../../../shared/catalog/registry';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { defined, oneOf, plainBoolean, plainNumber, plainString } from '../plain';
import { getAtt, output, ref, retained, sub, type CfnResource, type TemplateValue } from '../template';

type Config = ConfigOf<'kms-key'>;
type KeySpec = Config['keySpec'];
const KEY_SPECS: readonly KeySpec[] = KINDS['kms-key'].config.shape.keySpec.unwrap().options;

/**
 * KeyUsage, which CloudFormation requires for every key but SYMMETRIC_DEFAULT ("AWS::KMS::Key
 * KeyUsage"). HMAC keys only generate and verify MACs; for the asymmetric specs the kind's help
 * says signing, so they are SIGN_VERIFY (RSA and SM2 could also encrypt: a note says so).
 */
function keyUsage(spec: KeySpec): 'ENCRYPT_DECRYPT' | 'GENERATE_VERIFY_MAC' | 'SIGN_VERIFY' {
  if (spec === 'SYMMETRIC_DEFAULT') return 'ENCRYPT_DECRYPT';
  return spec.startsWith('HMAC_') ? 'GENERATE_VERIFY_MAC' : 'SIGN_VERIFY';
}

/**
 * The default key policy ("Default key policy", AWS KMS developer guide): the account's root gets
 * kms:* on the key, which lets IAM policies grant its use. The roles of the services connected to
 * the key already name it in their policies, so no per-service statement is needed here.
 */
function keyPolicy(): TemplateValue {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnableIamPolicies',
        Effect: 'Allow',
        Principal: { AWS: sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/** kms-key → AWS::KMS::Key (retained, rotation, deletion window, default key policy) and its alias. */
const mapKmsKey: Mapper<'kms-key'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const notes: string[] = [];
  const properties: Record<string, TemplateValue> = {
    Description: `Pipewright key "${node.label}"`,
    KeySpec: config.keySpec,
    KeyUsage: keyUsage(config.keySpec),
    KeyPolicy: keyPolicy(),
    MultiRegion: config.multiRegion,
    PendingWindowInDays: config.pendingWindowDays,
    Tags: [...ctx.tags],
  };
  // Rotation applies to symmetric encryption keys only; the kind refuses it for the others.
  if (config.keySpec === 'SYMMETRIC_DEFAULT') {
    properties.EnableKeyRotation = config.rotationEnabled;
    if (config.rotationEnabled) properties.RotationPeriodInDays = config.rotationPeriodDays;
  }
  if (/^(RSA|SM2)/.test(config.keySpec)) notes.push(`${nodeName(node)}: ${config.keySpec} is exported for signing (SIGN_VERIFY); change KeyUsage to ENCRYPT_DECRYPT before the first deployment to encrypt with it.`);
  // Retained: deleting a key makes everything it encrypted unreadable once the waiting period ends.
  const resources: Record<string, CfnResource> = { [id]: retained({ Type: 'AWS::KMS::Key', Properties: properties }) };
  const outputs = {
    [ctx.derivedId('Arn')]: output(`ARN of the KMS key "${node.label}"`, getAtt(id, 'Arn')),
    [ctx.derivedId('KeyId')]: output(`Id of the KMS key "${node.label}"`, ref(id)),
  };
  if (config.alias !== '') {
    const aliasId = ctx.derivedId('Alias');
    const aliasName = ctx.parameter(`${id}AliasName`, {
      Type: 'String',
      Description: `Alias of the KMS key "${node.label}".`,
      Default: config.alias,
      AllowedPattern: '^alias/[a-zA-Z0-9:/_-]{1,250}$',
      ConstraintDescription: '"alias/" followed by letters, digits, /, _, - or :',
    });
    // No output for the alias: its name is the deployer's own parameter.
    resources[aliasId] = { Type: 'AWS::KMS::Alias', Properties: { AliasName: aliasName, TargetKeyId: ref(id) } };
  }
  return { resources, outputs, notes };
};

function fromCfn(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const alias = view.referencing.find((r) => r.type === 'AWS::KMS::Alias');
  const keySpec = oneOf(p.KeySpec, KEY_SPECS);
  return defined({
    keySpec,
    // A key without an alias reads back as none, since the alias is the only place it could be.
    alias: alias ? plainString(alias.properties.AliasName) : '',
    // Keys without EnableKeyRotation do not rotate (CloudFormation's default is off).
    rotationEnabled: plainBoolean(p.EnableKeyRotation) ?? (p.EnableKeyRotation === undefined ? false : undefined),
    rotationPeriodDays: plainNumber(p.RotationPeriodInDays),
    multiRegion: plainBoolean(p.MultiRegion),
    pendingWindowDays: plainNumber(p.PendingWindowInDays),
  });
}

export const kmsKeyMapping: KindMapping<'kms-key'> = {
  mainType: 'AWS::KMS::Key',
  toCfn: mapKmsKey,
  fromCfn,
};
