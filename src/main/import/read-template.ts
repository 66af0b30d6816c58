import { isMap, isPair, isSeq, LineCounter, parseAllDocuments, type Document, type Node, type Tags, type YAMLMap, type YAMLSeq } from 'yaml';
import { CLOUDFORMATION_LIMITS_TABLE as CFN } from '../../shared/catalog/limits/cloudformation';
import { isPlainObject } from '../export/cloudformation/template-refs';
import { ImportError } from './import-error';

/** A template as read: plain data with intrinsic functions in their long form, and where each resource starts. */
export interface ReadTemplate {
  readonly template: Record<string, unknown> & { Resources: Record<string, Record<string, unknown>> };
  /** 1-based line of a resource's entry, when known. */
  lineOf(logicalId: string): number | undefined;
}

/** CloudFormation deploys no template larger than a template body in S3. */
export const MAX_TEMPLATE_BYTES = CFN.templateBodyS3MaxBytes.value;
/** Aliases expand into copies: a few are fine, many are an entity-expansion ("billion laughs") attack. */
export const MAX_ALIASES = 100;
/** Real templates nest a few tens of levels (a state machine definition inside a resource); far deeper is an attack on the reader. */
export const MAX_DEPTH = 100;

/** The short forms of the intrinsic and condition functions (template reference, "Intrinsic function reference"). */
const FUNCTIONS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'Length', 'ToJsonString',
  'And', 'Equals', 'If', 'Not', 'Or',
  // Rule functions, in a template's Rules section.
  'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll',
];

/** `!GetAtt Bucket.Arn` is `Fn::GetAtt: [Bucket, Arn]`; the attribute itself may contain dots (Endpoint.Address). */
const getAttParts = (text: string): string[] => {
  const dot = text.indexOf('.');
  return dot === -1 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
};

/** Each short form as a custom tag of the `yaml` package, for a scalar, a sequence and a mapping. */
function intrinsicTags(): Tags {
  const tags: Tags = [];
  const add = (tag: string, key: string, scalar: (text: string) => unknown = (text) => text) => {
    tags.push({ tag, resolve: (text: string) => ({ [key]: scalar(text) }) });
    tags.push({ tag, collection: 'seq', resolve: (seq) => ({ [key]: (seq as YAMLSeq).toJSON() }) });
    tags.push({ tag, collection: 'map', resolve: (map) => ({ [key]: (map as YAMLMap).toJSON() }) });
  };
  add('!Ref', 'Ref');
  add('!Condition', 'Condition');
  add('!GetAtt', 'Fn::GetAtt', getAttParts);
  for (const name of FUNCTIONS.filter((f) => f !== 'GetAtt')) add(`!${name}`, `Fn::${name}`);
  return tags;
}
const TAGS = intrinsicTags();

/** The deepest nesting of collections under `root`, walked without recursion (a hostile file must not exhaust the stack). */
function deepest(root: Node | null | undefined): { depth: number; offset?: number } {
  let max = { depth: 0, offset: undefined as number | undefined };
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > max.depth) max = { depth, offset: node.range?.[0] };
    if (depth > MAX_DEPTH) break;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return max;
}

/** What the yaml package reported, as one message with its line. */
function yamlProblem(document: Document, lines: LineCounter, text: string): ImportError | undefined {
  const unknownTag = document.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  const error = document.errors[0];
  const problem = error ?? unknownTag;
  if (!problem) return undefined;
  const line = lines.linePos(problem.pos[0]).line;
  const excerpt = text.slice(problem.pos[0], problem.pos[1]).split('\n')[0]!.trim();
  if (problem.code === 'TAG_RESOLVE_FAILED') {
    return new ImportError(`unknown tag ${excerpt}: not one of CloudFormation's short forms (!Ref, !GetAtt, !Sub, !If and the other intrinsic functions)`, line);
  }
  if (problem.code === 'DUPLICATE_KEY') {
    const key = /^\s*["']?([^"':\n]+)/.exec(text.slice(problem.pos[0]))?.[1]?.trim();
    return new ImportError(`the key ${key ? `"${key}" ` : ''}appears twice in the same mapping`, line);
  }
  return new ImportError(`not valid ${text.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${problem.message.split(' at line ')[0]}`, line);
}

/** The error for a template whose top level is data but not a CloudFormation template. */
function notATemplate(data: unknown): ImportError | undefined {
  if (!isPlainObject(data)) return new ImportError(`not a CloudFormation template: the top level is ${Array.isArray(data) ? 'a list' : data === null ? 'empty' : 'a single value'}, not a mapping of sections (Resources, Parameters…)`);
  if (typeof data.apiVersion === 'string' && typeof data.kind === 'string') {
    return new ImportError(`not a CloudFormation template: it looks like a Kubernetes manifest (apiVersion: ${data.apiVersion}, kind: ${data.kind})`);
  }
  if (data.Resources === undefined) {
    const keys = Object.keys(data).slice(0, 5);
    return new ImportError(`not a CloudFormation template: it has no Resources section${keys.length > 0 ? ` (its top-level keys are ${keys.join(', ')})` : ''}`);
  }
  return undefined;
}

/**
 * Reads a CloudFormation template, YAML (with the short-form tags) or JSON, into plain data with
 * every intrinsic function in its long form. Comments are not kept. Anything that is not a template
 * CloudFormation could read is refused with an ImportError naming what and where.
 */
export function readTemplate(text: string): ReadTemplate {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEMPLATE_BYTES) {
    throw new ImportError(`the file is ${bytes.toLocaleString('en-US')} bytes; CloudFormation deploys templates of at most ${MAX_TEMPLATE_BYTES.toLocaleString('en-US')} bytes, so it is not read`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError('the file is empty');
  const lines = new LineCounter();
  const documents = parseAllDocuments(body, { customTags: TAGS, lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(documents)) throw new ImportError('the file holds no YAML document');
  if (documents.length > 1) {
    throw new ImportError('the file holds more than one YAML document (---): a CloudFormation template is one', lines.linePos(documents[1]!.range[0]).line);
  }
  const document = documents[0]!;
  const depth = deepest(document.contents);
  if (depth.depth > MAX_DEPTH) throw new ImportError(`nested more than ${MAX_DEPTH} levels deep, far deeper than any template`, depth.offset === undefined ? undefined : lines.linePos(depth.offset).line);
  const problem = yamlProblem(document, lines, body);
  if (problem) throw problem;
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError) throw new ImportError(`the YAML aliases (*name) expand past ${MAX_ALIASES} copies: refused as an entity-expansion attack`);
    throw error;
  }
  const refusal = notATemplate(data);
  if (refusal) throw refusal;
  const template = data as ReadTemplate['template'];
  const lineOf = (logicalId: string): number | undefined => {
    const resources = isMap(document.contents) ? document.contents.get('Resources', true) : undefined;
    const pair = isMap(resources) ? resources.items.find((item) => isPair(item) && (item.key as { value?: unknown } | null)?.value === logicalId) : undefined;
    const offset = (pair?.key as Node | undefined)?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset).line;
  };
  checkResources(template, lineOf);
  return { template, lineOf };
}

/** Every resource a mapping with a Type; Properties, when present, a mapping. */
function checkResources(template: Record<string, unknown>, lineOf: (id: string) => number | undefined): void {
  const resources = template.Resources;
  if (!isPlainObject(resources)) throw new ImportError('not a CloudFormation template: Resources is not a mapping of logical ids to resources');
  if (Object.keys(resources).length === 0) throw new ImportError('the template declares no resources (CloudFormation needs at least one)');
  for (const [id, resource] of Object.entries(resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) throw new ImportError(`resource "${id}": a logical id has only letters and digits`, lineOf(id));
    if (!isPlainObject(resource)) throw new ImportError(`resource ${id} is not a mapping with a Type`, lineOf(id));
    if (resource.Type === undefined) throw new ImportError(`resource ${id} has no Type`, lineOf(id));
    if (typeof resource.Type !== 'string') throw new ImportError(`resource ${id}: Type must be text such as AWS::S3::Bucket`, lineOf(id));
    if (resource.Properties !== undefined && !isPlainObject(resource.Properties)) throw new ImportError(`resource ${id}: Properties must be a mapping`, lineOf(id));
  }
}
