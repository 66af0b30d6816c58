import type { Rule } from '../../rule';
import { customerKeyMissing } from './customer-key-missing';
import { encryptionAtRestOff } from './encryption-at-rest-off';
import { encryptionInTransitOff } from './encryption-in-transit-off';
import { firehoseKeyWithStreamSource } from './firehose-key-with-stream-source';
import { kmsKeyNotSymmetric } from './kms-key-not-symmetric';
import { kmsKeyNotUsed } from './kms-key-not-used';
import { kmsKeyRotationOff } from './kms-key-rotation-off';
import { redshiftEnhancedVpcRoutingOff } from './redshift-enhanced-vpc-routing-off';
import { s3AccessLoggingOff } from './s3-access-logging-off';
import { s3InsecureTransportAllowed } from './s3-insecure-transport-allowed';
import { s3NoDefaultEncryption } from './s3-no-default-encryption';
import { s3PhiWithoutSseKms } from './s3-phi-without-sse-kms';
import { s3PublicAccessNotBlocked } from './s3-public-access-not-blocked';
import { s3SseKmsAwsManagedKey } from './s3-sse-kms-aws-managed-key';
import { s3UnencryptedUploadsAllowed } from './s3-unencrypted-uploads-allowed';
import { sagemakerEndpointOutsideVpc } from './sagemaker-endpoint-outside-vpc';
import { sagemakerS3WithoutGatewayEndpoint } from './sagemaker-s3-without-gateway-endpoint';

/** The security rules, one per file in this folder (the other files are tables and helpers they share). */
export const SECURITY_RULES: readonly Rule[] = [
  s3NoDefaultEncryption,
  encryptionAtRestOff,
  s3SseKmsAwsManagedKey,
  s3InsecureTransportAllowed,
  s3UnencryptedUploadsAllowed,
  s3PublicAccessNotBlocked,
  s3PhiWithoutSseKms,
  sagemakerS3WithoutGatewayEndpoint,
  s3AccessLoggingOff,
  kmsKeyNotSymmetric,
  redshiftEnhancedVpcRoutingOff,
  firehoseKeyWithStreamSource,
  encryptionInTransitOff,
  kmsKeyNotUsed,
  customerKeyMissing,
  kmsKeyRotationOff,
  sagemakerEndpointOutsideVpc,
];
