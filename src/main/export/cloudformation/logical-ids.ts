import type { PipelineNode } from '../../../shared/model/pipeline';

/** CloudFormation allows up to 255 characters; shorter ids keep derived ids (…Role) within bounds. */
const MAX_BASE_LENGTH = 200;

/** "Clickstream delivery #2" → "ClickstreamDelivery2". Only A–Z, a–z, 0–9 survive, as CloudFormation requires. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('')
    .slice(0, MAX_BASE_LENGTH);
}

/**
 * Hands out logical ids unique within one template. Every node's id is reserved first, in node
 * order, so a node keeps its id whatever derived resources (roles, policies) other nodes add. A
 * node that has a stored logical id (an imported one, see model/cloudformation.ts) keeps it even
 * when its label changes, so a deployed stack does not replace its resources; the stored ids are
 * reserved before any is derived from a label.
 */
export class LogicalIds {
  private readonly used = new Set<string>();
  private readonly byNode = new Map<string, string>();

  constructor(nodes: readonly PipelineNode[]) {
    for (const node of nodes) {
      const stored = node.cloudformation?.logicalId;
      // Two nodes with the same stored id (a copied node): the first keeps it, the other derives one.
      if (stored !== undefined && !this.used.has(stored) && !this.byNode.has(node.id)) this.byNode.set(node.id, this.claim(stored));
    }
    nodes.forEach((node, index) => {
      if (this.byNode.has(node.id)) return;
      const kindName = pascalCase(node.kind) || 'Node';
      let base = pascalCase(node.label);
      // Labels without letters or digits fall back to the kind and position; a leading digit gets the kind in front.
      if (base === '') base = `${kindName}${index + 1}`;
      else if (/^[0-9]/.test(base)) base = `${kindName}${base}`;
      this.byNode.set(node.id, this.claim(base));
    });
  }

  /** The logical id of a node's main resource, or undefined for a node not in the pipeline. */
  of(nodeId: string): string | undefined {
    return this.byNode.get(nodeId);
  }

  /** `preferred` if free, else `preferred2`, `preferred3`…; the returned id is then taken. */
  claim(preferred: string): string {
    let id = preferred;
    for (let n = 2; this.used.has(id); n++) id = `${preferred}${n}`;
    this.used.add(id);
    return id;
  }
}
