import { isPlainObject, referencedNames, resolveParameters, type ParameterDeclaration } from '../export/cloudformation/template-refs';

type Resources = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * A reference from one resource to another. Inside an IAM policy statement the actions say which
 * way data goes: `reads` (only Get/List/Describe… actions: data flows from the referred resource)
 * or `writes` (any other action: data flows to it).
 */
export interface Reference {
  readonly to: string;
  readonly flow?: 'reads' | 'writes';
}

/** Which resources each resource refers to, in the order they appear. */
export type ResourceGraph = ReadonlyMap<string, readonly Reference[]>;

/** Names shorter than this are too likely to appear by chance in an unrelated string. */
const MIN_NAME_LENGTH = 3;

/**
 * The names a resource is known by in other resources' strings: its `Name`, `<Type>Name` or
 * `<Type>Identifier` property (BucketName, DeliveryStreamName, ClusterIdentifier…) or a Glue
 * database's DatabaseInput.Name, when plain text once parameter defaults are applied.
 */
function ownNames(resource: Readonly<Record<string, unknown>>, parameters: Readonly<Record<string, ParameterDeclaration>>): string[] {
  const type = typeof resource.Type === 'string' ? resource.Type : '';
  const suffix = type.split('::').at(-1) ?? '';
  const properties = resolveParameters(isPlainObject(resource.Properties) ? resource.Properties : {}, parameters) as Record<string, unknown>;
  const candidates = [properties.Name, properties[`${suffix}Name`], properties[`${suffix}Identifier`], isPlainObject(properties.DatabaseInput) ? properties.DatabaseInput.Name : undefined];
  return candidates.filter((name): name is string => typeof name === 'string' && name.length >= MIN_NAME_LENGTH);
}

/** Every string in a value, including the literal text of Fn::Sub. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (isPlainObject(value)) for (const item of Object.values(value)) strings(item, into);
  return into;
}

/** Actions that only read (IAM action names: service:Verb…); `*` and `s3:*` say nothing either way. */
const READ_ACTION = /:(Get|List|Describe|Read|Receive|Query|Scan|Select|Subscribe|BatchGet|Search|Lookup|Head|Decrypt)/;

function statementFlow(statement: Record<string, unknown>): Reference['flow'] {
  if (statement.Effect === 'Deny') return undefined;
  const actions = (Array.isArray(statement.Action) ? statement.Action : [statement.Action]).filter((a): a is string => typeof a === 'string');
  if (actions.length === 0 || actions.some((a) => a.endsWith(':*') || a === '*')) return undefined;
  return actions.every((a) => READ_ACTION.test(a)) ? 'reads' : 'writes';
}

/** Policy statements in a value (objects with Action and Resource), with the flow their actions say. */
function statements(value: unknown, into: { resource: unknown; flow: Reference['flow'] }[] = []): typeof into {
  if (Array.isArray(value)) for (const item of value) statements(item, into);
  else if (isPlainObject(value)) {
    if (value.Action !== undefined && value.Resource !== undefined) into.push({ resource: value.Resource, flow: statementFlow(value) });
    for (const item of Object.values(value)) statements(item, into);
  }
  return into;
}

/**
 * References between resources: Ref, Fn::GetAtt and Fn::Sub variables, and strings that name
 * another resource, whole or as a part of an ARN or an s3:// URL (arn:aws:s3:::raw-events/*,
 * s3://raw-events/curated/, a DatabaseName…). Only the properties are read: DependsOn orders a
 * deployment, it does not connect data.
 */
export function resourceGraph(resources: Resources, parameters: Readonly<Record<string, ParameterDeclaration>>): ResourceGraph {
  const byName = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    for (const name of ownNames(resource, parameters)) byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  const targets = (id: string, value: unknown): string[] => {
    const found = [...referencedNames(value)].filter((ref) => Object.hasOwn(resources, ref));
    for (const text of strings(resolveParameters(value, parameters))) {
      for (const token of new Set([text, ...text.split(/[\s/:*"'=,()[\]{}$]+/)])) found.push(...(byName.get(token) ?? []));
    }
    return [...new Set(found)].filter((ref) => ref !== id);
  };
  const graph = new Map<string, Reference[]>();
  for (const [id, resource] of Object.entries(resources)) {
    const flows = new Map<string, Reference['flow']>();
    for (const { resource: granted, flow } of statements(resource.Properties)) {
      for (const to of targets(id, granted)) if (flow && flows.get(to) !== 'writes') flows.set(to, flow);
    }
    graph.set(id, targets(id, resource.Properties).map((to) => ({ to, ...(flows.has(to) ? { flow: flows.get(to) } : {}) })));
  }
  return graph;
}

/**
 * Which node owns each resource: a node's main resource, then, until nothing changes, any resource
 * that only one node's resources refer to, or that nothing refers to and that refers only to one
 * node's resources (its role, log group, bucket policy, alarms…). Shared resources have no owner.
 */
export function ownership(graph: ResourceGraph, mainResources: ReadonlyMap<string, string>): Map<string, string> {
  const owner = new Map(mainResources);
  const referrers = referrersOf(graph);
  const single = (ids: readonly string[]) => {
    const owners = new Set(ids.map((id) => owner.get(id)));
    return owners.size === 1 ? [...owners][0] : undefined;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, refs] of graph) {
      if (owner.has(id)) continue;
      const by = referrers.get(id) ?? [];
      const claimant = by.length > 0 ? single(by) : refs.length > 0 ? single(refs.map((r) => r.to)) : undefined;
      if (claimant === undefined) continue;
      owner.set(id, claimant);
      changed = true;
    }
  }
  return owner;
}

function referrersOf(graph: ResourceGraph): Map<string, string[]> {
  const referrers = new Map<string, string[]>();
  for (const [id, refs] of graph) for (const { to } of refs) referrers.set(to, [...(referrers.get(to) ?? []), id]);
  return referrers;
}

/** Two nodes whose resources refer to each other, and the way data most likely flows: `[source, target]`. */
export type ReferencePair = readonly [source: string, target: string];

/**
 * Pairs of nodes whose resources refer to one another, each pair once, in template order. The
 * source is the referring node, unless the policy statement the reference sits in only reads.
 */
export function referencePairs(graph: ResourceGraph, owner: ReadonlyMap<string, string>): ReferencePair[] {
  const pairs = new Map<string, { pair: ReferencePair; sure: boolean }>();
  const add = (from: string | undefined, to: string | undefined, flow: Reference['flow']) => {
    if (from === undefined || to === undefined || from === to) return;
    const key = [from, to].sort().join('\u0000');
    const known = pairs.get(key);
    // A statement's actions say more than the direction of a reference: they may correct an earlier guess.
    if (known && (known.sure || flow === undefined)) return;
    pairs.set(key, { pair: flow === 'reads' ? [to, from] : [from, to], sure: flow !== undefined });
  };
  const referrers = referrersOf(graph);
  // Direct references first: they say more than a resource shared by two nodes.
  for (const [id, refs] of graph) for (const { to, flow } of refs) add(owner.get(id), owner.get(to), flow);
  for (const [id, refs] of graph) {
    if (owner.has(id)) continue;
    // A shared resource connects the nodes that use it to the nodes it refers to (a role used by one
    // node granting access to another); one that nothing uses and that refers to exactly two resources
    // of two nodes joins them (an event source mapping, a named query), the first as the source.
    const users = [...new Set((referrers.get(id) ?? []).map((r) => owner.get(r)).filter((o) => o !== undefined))];
    if (users.length > 0) for (const user of users) for (const { to, flow } of refs) add(user, owner.get(to), flow);
    else if (!referrers.has(id) && refs.length === 2) add(owner.get(refs[0]!.to), owner.get(refs[1]!.to), undefined);
  }
  return [...pairs.values()].map((p) => p.pair);
}
