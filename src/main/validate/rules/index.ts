import type { Rule } from '../rule';
import { connectionNotAllowed } from './connection-not-allowed';
import { danglingEdge } from './dangling-edge';
import { duplicateId } from './duplicate-id';
import { firehoseNoDestination } from './firehose-no-destination';
import { invalidSetting } from './invalid-setting';
import { recordTooLarge } from './record-too-large';
import { s3NoDefaultEncryption } from './s3-no-default-encryption';
import { unconnectedNode } from './unconnected-node';
import { unknownKind } from './unknown-kind';

/** Every rule, in code order. */
export const RULES: readonly Rule[] = [
  duplicateId,
  unknownKind,
  danglingEdge,
  unconnectedNode,
  connectionNotAllowed,
  firehoseNoDestination,
  invalidSetting,
  recordTooLarge,
  s3NoDefaultEncryption,
];
