import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES, type PortDefinition } from './types';
import { KINDS, KIND_IDS, defaultConfig, isKindId } from './registry';

interface JsonProperty {
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  maxLength?: number;
}

/** A value just outside the first bound the JSON Schema of a kind's settings declares, with that bound. */
function outOfBounds(kind: (typeof KINDS)[keyof typeof KINDS]): { key: string; value: unknown; bound: string } | undefined {
  const schema = z.toJSONSchema(kind.config, { io: 'input' }) as { properties: Record<string, JsonProperty> };
  for (const [key, p] of Object.entries(schema.properties)) {
    if (p.maximum !== undefined) return { key, value: p.maximum + 1, bound: String(p.maximum) };
    if (p.minimum !== undefined) return { key, value: p.minimum - 1, bound: String(p.minimum) };
    if (p.exclusiveMinimum !== undefined) return { key, value: p.exclusiveMinimum, bound: String(p.exclusiveMinimum) };
    if (p.enum) return { key, value: '__not-an-option__', bound: String(p.enum[0]) };
    if (p.maxLength !== undefined) return { key, value: 'x'.repeat(p.maxLength + 1), bound: String(p.maxLength) };
  }
  return undefined;
}

describe.each(KIND_IDS)('kind %s', (id) => {
  const kind = KINDS[id];

  it('has its id, a known category, a title, summary and help of its own', () => {
    expect(kind.id).toBe(id);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CATEGORIES.map((c) => c.id)).toContain(kind.category);
    for (const text of [kind.title, kind.shortTitle, kind.summary, kind.help]) expect(text.trim().length).toBeGreaterThan(0);
    expect(kind.help.length).toBeGreaterThan(kind.summary.length);
  });

  it('has defaults that make a valid node', () => {
    expect(kind.config.safeParse({}).success).toBe(true);
    expect(kind.config.safeParse(defaultConfig(id)).success).toBe(true);
  });

  it('rejects an out-of-bounds setting with a message naming the field and the bound', () => {
    const bad = outOfBounds(kind);
    expect(bad, 'every kind declares at least one bounded setting').toBeDefined();
    const result = kind.config.safeParse({ ...defaultConfig(id), [bad!.key]: bad!.value });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === bad!.key);
    expect(issue?.message).toContain(bad!.bound);
  });

  it('has its official icon as SVG text', () => {
    expect(kind.icon).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(kind.icon.length).toBeGreaterThan(200);
  });

  it('has ports whose ids are unique per side and whose accepted kinds exist', () => {
    for (const side of [kind.inputs, kind.outputs]) expect(new Set(side.map((p) => p.id)).size).toBe(side.length);
    for (const port of [...kind.inputs, ...kind.outputs] as PortDefinition[]) {
      for (const source of Object.keys(port.accepts ?? {})) expect(isKindId(source), `${port.id} accepts ${source}`).toBe(true);
      for (const target of port.only ?? []) expect(isKindId(target), `${port.id} only ${target}`).toBe(true);
    }
  });
});

describe('the catalog', () => {
  it('every accepted source has an output of the same edge kind', () => {
    for (const id of KIND_IDS) {
      for (const input of KINDS[id].inputs as readonly PortDefinition[]) {
        for (const source of Object.keys(input.accepts ?? {})) {
          if (!isKindId(source)) continue;
          const outputs = (KINDS[source].outputs as readonly PortDefinition[]).filter((o) => o.edgeKind === input.edgeKind && (!o.only || o.only.includes(id)));
          expect(outputs.length, `${source} → ${id}.${input.id} (${input.edgeKind})`).toBeGreaterThan(0);
        }
      }
    }
  });
});
