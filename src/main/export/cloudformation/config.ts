import { KINDS, type ConfigOf, type KindId } from '../../../shared/catalog/registry';
import type { PipelineNode } from '../../../shared/model/pipeline';
import { ExportError } from '../errors';
import { nodeName } from './mapper';

/** A node's settings parsed by its kind's schema; settings out of AWS's bounds stop the export with a message naming the node. */
export function parseConfig<K extends KindId>(kind: K, node: PipelineNode): ConfigOf<K> {
  const parsed = KINDS[kind].config.safeParse(node.config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`).join('; ');
    throw new ExportError(`Cannot export ${nodeName(node)}: its settings are invalid (${problems}).`);
  }
  return parsed.data as ConfigOf<K>;
}
