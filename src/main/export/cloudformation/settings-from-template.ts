import type { z } from 'zod';
import { defaultConfig, KINDS, type KindId } from '../../../shared/catalog/registry';
import type { ImportedResource, ImportView } from './mapper';
import { mappingOf } from './mappers';
import { isPlainObject, referencedNames, resolveParameters, sameValue, type ParameterDeclaration } from './template-refs';

/** The parts of a template that reading settings back needs. */
export interface TemplateParts {
  readonly Parameters?: Readonly<Record<string, unknown>>;
  readonly Resources: Readonly<Record<string, unknown>>;
}

function importedResource(logicalId: string, resource: unknown, parameters: Readonly<Record<string, ParameterDeclaration>>): ImportedResource {
  const body = isPlainObject(resource) ? resource : {};
  const properties = isPlainObject(body.Properties) ? (resolveParameters(body.Properties, parameters) as Record<string, unknown>) : {};
  return { logicalId, type: typeof body.Type === 'string' ? body.Type : '', properties };
}

/**
 * What a kind's `fromCfn` sees of the resource `logicalId`: its properties and those of the resources
 * whose properties refer to it, with Refs to parameters replaced by their defaults.
 */
export function importView(template: TemplateParts, logicalId: string): ImportView {
  const parameters = (isPlainObject(template.Parameters) ? template.Parameters : {}) as Record<string, ParameterDeclaration>;
  const referencing = Object.entries(template.Resources)
    .filter(([id, resource]) => id !== logicalId && isPlainObject(resource) && referencedNames(resource.Properties).has(logicalId))
    .map(([id, resource]) => importedResource(id, resource, parameters));
  return { main: importedResource(logicalId, template.Resources[logicalId], parameters), referencing };
}

/** Plain objects are merged key by key (a partial nested setting keeps the rest of its default); anything else replaces. */
function overlayValue(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) out[key] = overlayValue(base[key], value);
  return out;
}

/** Settings read back from a template, and the keys whose value the kind's schema refused. */
export interface ReadBack {
  readonly settings: Record<string, unknown>;
  readonly refused: readonly string[];
}

/**
 * The kind's defaults overlaid with what `fromCfn` reads from the view, key by key: a value the
 * setting's schema refuses keeps the default. Then the whole object is checked, since some rules
 * span settings (Object Lock needs versioning): keys named by a failing rule go back to their default.
 */
export function settingsFromView(kind: KindId, view: ImportView): ReadBack {
  const defaults = defaultConfig(kind);
  let read: unknown;
  try {
    read = mappingOf(kind).fromCfn(view);
  } catch {
    // A template shaped in a way the kind's reader did not expect: nothing is read, every value is kept as written.
    read = {};
  }
  const shape = KINDS[kind].config.shape as Record<string, z.ZodType>;
  const settings = { ...defaults };
  const refused: string[] = [];
  for (const [key, value] of Object.entries(isPlainObject(read) ? read : {})) {
    if (value === undefined || !shape[key]) continue;
    const parsed = shape[key].safeParse(overlayValue(defaults[key], value));
    if (parsed.success) settings[key] = parsed.data;
    else refused.push(key);
  }
  for (let attempt = 0; attempt < Object.keys(shape).length; attempt++) {
    const whole = KINDS[kind].config.safeParse(settings);
    if (whole.success) break;
    const keys = whole.error.issues.map((issue) => String(issue.path[0] ?? '')).filter((key) => Object.hasOwn(defaults, key) && !sameValue(settings[key], defaults[key]));
    if (keys.length === 0) break;
    for (const key of new Set(keys)) {
      settings[key] = defaults[key];
      refused.push(key);
    }
  }
  return { settings, refused };
}
