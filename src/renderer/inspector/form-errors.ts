import type { z } from 'zod';
import { keyOf, type FieldPath, type FormField } from './form-types';
import { currentVariant, shownList } from './form-values';

/**
 * Where each zod issue is shown. Every place the form can show a message, for this config, keyed
 * by its absolute dotted path (`lifecycleRules.0.transitions.1.days`); a union's own path points
 * at its discriminator select, which is where a message about the union as a whole goes.
 */
function collectTargets(fields: readonly FormField[], config: unknown, base: FieldPath, into: Map<string, string>): void {
  for (const field of fields) {
    const path = [...base, ...field.path];
    const key = keyOf(path);
    switch (field.type) {
      case 'union': {
        const select = keyOf([...path, field.discriminator]);
        into.set(key, select);
        into.set(select, select);
        collectTargets(currentVariant(config, field, base)?.fields ?? [], config, base, into);
        break;
      }
      case 'object':
        into.set(key, key);
        collectTargets(field.fields, config, base, into);
        break;
      case 'list':
        into.set(key, key);
        shownList(config, field, base).forEach((_, i) => {
          const itemPath = [...path, i];
          // The item as a whole (its header); a scalar item's own control has this key too.
          into.set(keyOf(itemPath), keyOf(itemPath));
          collectTargets([field.item], config, itemPath, into);
        });
        break;
      default:
        if (key !== '') into.set(key, key);
    }
  }
}

/** Every field key the form shows for this config (union variants and list items expanded), in form order. */
export function visibleKeys(fields: readonly FormField[], config: unknown): string[] {
  const targets = new Map<string, string>();
  collectTargets(fields, config, [], targets);
  return [...targets].filter(([key, target]) => key === target).map(([key]) => key);
}

/**
 * Inline errors: the candidate config parsed with the kind schema, each zod message placed on the
 * field it concerns, or the nearest place above it (a list item, the list, a fieldset; `''` for the
 * form as a whole). First message wins. Example: an issue at `['lifecycleRules', 0, 'transitions',
 * 1, 'days']` goes to `lifecycleRules.0.transitions.1.days`.
 */
export function fieldErrors(schema: z.ZodType, fields: readonly FormField[], config: unknown): Map<string, string> {
  const errors = new Map<string, string>();
  const result = schema.safeParse(config);
  if (result.success) return errors;
  const targets = new Map<string, string>();
  collectTargets(fields, config, [], targets);
  for (const issue of result.error.issues) {
    const parts = issue.path.map(String);
    let key = '';
    for (let n = parts.length; n > 0; n--) {
      const target = targets.get(parts.slice(0, n).join('.'));
      if (target !== undefined) {
        key = target;
        break;
      }
    }
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}

/** How many messages sit at or under `key` (for a collapsed list item's header). */
export function errorsUnder(errors: ReadonlyMap<string, string>, key: string): number {
  let count = 0;
  for (const k of errors.keys()) if (k === key || k.startsWith(`${key}.`)) count++;
  return count;
}
