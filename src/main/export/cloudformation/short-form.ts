import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

/**
 * A template as a YAML document with CloudFormation's short-form intrinsics (`!Ref X`,
 * `!GetAtt A.B`, `!Sub '…'`, `!Join […]`…), the way people write templates by hand. YAML 1.1
 * rules quote what CloudFormation's parser would read as dates or booleans ("2012-10-17", "on");
 * no aliases, since CloudFormation does not resolve YAML anchors.
 */
export function shortFormDocument(template: unknown): Document {
  const document = new Document(null, { version: '1.1' });
  const toNode = (value: unknown): Node => {
    if (Array.isArray(value)) {
      const seq = new YAMLSeq();
      seq.items = value.map(toNode);
      return seq;
    }
    if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      const intrinsic = entries.length === 1 ? intrinsicName(entries[0]![0]) : undefined;
      if (intrinsic) {
        const argument = entries[0]![1];
        // GetAtt has a dotted scalar form when both parts are plain names.
        const node =
          intrinsic === 'GetAtt' && Array.isArray(argument) && argument.length === 2 && argument.every((part) => typeof part === 'string')
            ? new Scalar(argument.join('.'))
            : toNode(argument);
        node.tag = `!${intrinsic}`;
        return node;
      }
      const map = new YAMLMap();
      map.items = entries.map(([key, item]) => new Pair(new Scalar(key), toNode(item)));
      return map;
    }
    return document.createNode(value) as Node;
  };
  document.contents = toNode(template);
  return document;
}

/** `Ref` and `Fn::X` keys are intrinsics; `Condition` stays long-form (it is also a resource attribute). */
function intrinsicName(key: string): string | undefined {
  if (key === 'Ref') return 'Ref';
  return key.startsWith('Fn::') ? key.slice(4) : undefined;
}
