/**
 * Reading intrinsic functions in template values: what a value refers to (Ref, Fn::GetAtt, Fn::Sub
 * variables) and the value with Refs to parameters replaced by their defaults. Shared by the
 * export (which parameters a template uses) and the import (edges, what fromCfn reads).
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{ Ref: … }`, `{ 'Fn::…': … }` or `{ Condition: … }`: one key naming a function (template anatomy, intrinsic function reference). */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'));
}

/** `${Name}` and `${Name.Attribute}` in an Fn::Sub string; `${!Literal}` is an escaped literal, not a variable. */
export function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]!.trim()).filter((name) => name !== '' && !name.startsWith('!'));
}

/** The logical id (or parameter) a `${…}` variable or a GetAtt string names: the part before the first dot. */
const targetOf = (name: string): string => name.split('.')[0]!;

/**
 * Every name `value` refers to through Ref, Fn::GetAtt and Fn::Sub: logical ids of resources and
 * parameter names alike (pseudo parameters such as AWS::Region are left out).
 */
export function referencedNames(value: unknown, into = new Set<string>()): Set<string> {
  const add = (name: string) => {
    if (!name.startsWith('AWS::')) into.add(name);
  };
  if (Array.isArray(value)) {
    for (const item of value) referencedNames(item, into);
  } else if (isPlainObject(value)) {
    if (isIntrinsic(value) && typeof value.Ref === 'string') add(value.Ref);
    const getAtt = value['Fn::GetAtt'];
    if (isIntrinsic(value) && getAtt !== undefined) {
      if (typeof getAtt === 'string') add(targetOf(getAtt));
      else if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') add(getAtt[0]);
      referencedNames(Array.isArray(getAtt) ? getAtt.slice(1) : [], into);
      return into;
    }
    const sub = value['Fn::Sub'];
    if (isIntrinsic(value) && sub !== undefined) {
      const [text, variables] = Array.isArray(sub) ? [sub[0], sub[1]] : [sub, undefined];
      // Variables defined in the Fn::Sub map are local: they name nothing in the template.
      const local = new Set(isPlainObject(variables) ? Object.keys(variables) : []);
      if (typeof text === 'string') for (const name of subVariables(text)) if (!local.has(name)) add(targetOf(name));
      if (isPlainObject(variables)) referencedNames(Object.values(variables), into);
      return into;
    }
    for (const item of Object.values(value)) referencedNames(item, into);
  }
  return into;
}

/** A template parameter as far as reading defaults goes. */
export interface ParameterDeclaration {
  readonly Type?: unknown;
  readonly Default?: unknown;
}

/** The value a Ref to the parameter gives when deployed with its default; undefined without a default. */
function defaultValue(parameter: ParameterDeclaration | undefined): Json | undefined {
  if (!parameter || parameter.Default === undefined || parameter.Default === null) return undefined;
  const type = typeof parameter.Type === 'string' ? parameter.Type : 'String';
  const text = String(parameter.Default);
  // List parameters are comma-delimited (template anatomy, Parameters: CommaDelimitedList and List<…> types).
  if (type === 'CommaDelimitedList' || type.startsWith('List<')) return text.split(',').map((item) => item.trim());
  if (type === 'Number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/**
 * `value` with every Ref to a parameter that has a default replaced by that default, and every
 * Fn::Sub string whose variables are all such parameters replaced by the resulting text. Other
 * intrinsic functions stay as they are.
 */
export function resolveParameters(value: unknown, parameters: Readonly<Record<string, ParameterDeclaration>>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveParameters(item, parameters));
  if (!isPlainObject(value)) return value;
  if (isIntrinsic(value)) {
    if (typeof value.Ref === 'string' && Object.hasOwn(parameters, value.Ref)) return defaultValue(parameters[value.Ref]) ?? value;
    const sub = value['Fn::Sub'];
    if (typeof sub === 'string') {
      const values = subVariables(sub).map((name) => (Object.hasOwn(parameters, name) ? defaultValue(parameters[name]) : undefined));
      if (values.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return sub.replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
          const trimmed = name.trim();
          return trimmed.startsWith('!') ? `\${${trimmed.slice(1)}}` : String(defaultValue(parameters[trimmed]));
        });
      }
    }
    return value;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveParameters(item, parameters)]));
}

/** Deep equality of template values (plain data: key order does not matter, array order does). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}
