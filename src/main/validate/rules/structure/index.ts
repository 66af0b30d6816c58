import type { Rule } from '../../rule';
import { danglingEdge } from './dangling-edge';
import { dataCycle } from './data-cycle';
import { duplicateId } from './duplicate-id';
import { sourceWithoutStore } from './source-without-store';
import { unconnectedNode } from './unconnected-node';
import { unknownKind } from './unknown-kind';

/** The structure rules, one per file in this folder. */
export const STRUCTURE_RULES: readonly Rule[] = [
  danglingEdge,
  duplicateId,
  unconnectedNode,
  unknownKind,
  sourceWithoutStore,
  dataCycle,
];
