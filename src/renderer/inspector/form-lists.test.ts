import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultConfig, KIND_IDS, KINDS } from '../../shared/catalog/registry';
import { emptyPipeline } from '../../shared/model/pipeline';
import { createDocumentStore } from '../state/document-store';
import { setConfigValue } from '../state/operations';
import {
  emptyValue,
  fieldErrors,
  formModel,
  itemSummary,
  listChange,
  singular,
  visibleKeys,
  type EnumField,
  type FormField,
  type ListField,
  type ObjectField,
  type UnionField,
} from './form-model';

const Transition = z.object({
  days: z.number().int().min(1).default(30).meta({ title: 'After', unit: 'days' }),
  storageClass: z.enum(['STANDARD_IA', 'GLACIER']).default('STANDARD_IA').meta({ title: 'Storage class' }),
});
const Rule = z
  .object({
    id: z.string().min(1).default('rule').meta({ title: 'Rule id' }),
    prefix: z.string().default(''),
    enabled: z.boolean().default(true),
    transitions: z.array(Transition).max(3).default([]).meta({ title: 'Transitions' }),
  })
  .refine((r) => r.prefix !== 'forbidden/', 'This prefix is reserved');
const Step = z.discriminatedUnion('type', [
  z.object({ type: z.literal('drop-fields'), fields: z.array(z.string()).default([]) }).meta({ title: 'Drop fields' }),
  z.object({ type: z.literal('filter'), expression: z.string().default('true') }).meta({ title: 'Filter' }),
]);
const schema = z.object({
  lifecycleRules: z.array(Rule).max(5).default([]).meta({ title: 'Lifecycle rules' }),
  tags: z.array(z.object({ key: z.string().min(1), value: z.string().default('') })).default([]).meta({ title: 'Tags' }),
  columns: z.array(z.string().min(1)).default(['id']),
  steps: z.array(Step).default([]).meta({ title: 'Transformations' }),
  network: z
    .object({ vpc: z.string().default(''), public: z.boolean().default(false) })
    .default({ vpc: '', public: false })
    .refine((n) => !(n.public && n.vpc), 'A public endpoint has no VPC'),
  size: z.union([z.literal(128), z.literal(256)]).default(128),
  retries: z.number().int().nullable().default(null),
});

const fields = formModel(schema);
const field = <T extends FormField>(key: string) => fields.find((f) => f.key === key) as T;
const rules = field<ListField>('lifecycleRules');
const rule = rules.item as ObjectField;
const transitions = rule.fields.find((f) => f.key === 'transitions') as ListField;
const tags = field<ListField>('tags');

describe('lists in the form model', () => {
  it('reads lists of objects, with item fields relative to the item', () => {
    expect(rules).toMatchObject({ type: 'list', title: 'Lifecycle rules', maxItems: 5, defaultValue: [] });
    expect(rule).toMatchObject({ type: 'object', title: 'Lifecycle rule', path: [] });
    expect(rule.fields.map((f) => f.key)).toEqual(['id', 'prefix', 'enabled', 'transitions']);
    expect(transitions).toMatchObject({ type: 'list', maxItems: 3, item: { type: 'object', title: 'Transition' } });
    expect((transitions.item as ObjectField).fields[0]).toMatchObject({ key: 'days', type: 'number', unit: 'days', min: 1 });
  });

  it('reads lists of strings, unions as items, nested objects, numeric literals and nullable numbers', () => {
    expect(field<ListField>('columns').item).toMatchObject({ type: 'string', path: [], title: 'Column' });
    const step = field<ListField>('steps').item as UnionField;
    expect(step).toMatchObject({ type: 'union', title: 'Transformation', discriminator: 'type', discriminatorTitle: 'Type' });
    expect(step.variants.map((v) => v.defaults)).toEqual([{ type: 'drop-fields', fields: [] }, { type: 'filter', expression: 'true' }]);
    expect(field<ObjectField>('network').fields.map((f) => f.key)).toEqual(['network.vpc', 'network.public']);
    expect(field<EnumField>('size')).toMatchObject({ type: 'enum', options: ['128', '256'], values: [128, 256] });
    expect(field('retries')).toMatchObject({ type: 'number', integer: true, defaultValue: null, nullable: true });
  });

  it('adds an item with the item schema defaults, also into a list the config does not have yet', () => {
    expect(listChange({}, rules, [], { op: 'add' })).toEqual({
      path: ['lifecycleRules'],
      value: [{ id: 'rule', prefix: '', enabled: true, transitions: [] }],
      label: 'Add lifecycle rule',
      index: 0,
    });
    const config = { lifecycleRules: [{ id: 'logs', prefix: 'logs/', enabled: true, transitions: [{ days: 30, storageClass: 'STANDARD_IA' }] }] };
    expect(listChange(config, transitions, ['lifecycleRules', 0], { op: 'add' })).toMatchObject({
      path: ['lifecycleRules', 0, 'transitions'],
      value: [{ days: 30, storageClass: 'STANDARD_IA' }, { days: 30, storageClass: 'STANDARD_IA' }],
      index: 1,
    });
    // A required string without a default starts empty, for the user to fill in (its error says so).
    expect(emptyValue(tags.item)).toEqual({ key: '', value: '' });
    expect(emptyValue(field<ListField>('steps').item)).toEqual({ type: 'drop-fields', fields: [] });
  });

  it('removes and reorders items, and refuses moves past the ends', () => {
    const config = { tags: [{ key: 'a', value: '1' }, { key: 'b', value: '2' }, { key: 'c', value: '3' }] };
    expect(listChange(config, tags, [], { op: 'remove', index: 1 })).toEqual({ path: ['tags'], value: [config.tags[0], config.tags[2]], label: 'Remove tag 2', index: 1 });
    expect(listChange(config, tags, [], { op: 'move', from: 0, to: 1 })).toEqual({ path: ['tags'], value: [config.tags[1], config.tags[0], config.tags[2]], label: 'Move tag 1 down', index: 1 });
    expect(listChange(config, tags, [], { op: 'move', from: 2, to: 1 })?.label).toBe('Move tag 3 up');
    expect(listChange(config, tags, [], { op: 'move', from: 0, to: -1 })).toBeUndefined();
    expect(listChange(config, tags, [], { op: 'move', from: 2, to: 3 })).toBeUndefined();
    expect(config.tags.map((t) => t.key)).toEqual(['a', 'b', 'c']);
  });

  it('stores each list edit as one undoable document change', () => {
    // A node whose config lacks the list: the first add creates it.
    const store = createDocumentStore({ ...emptyPipeline(), nodes: [{ id: 'n1', kind: 'test', label: 'Test', position: { x: 0, y: 0 }, config: {} }] });
    const id = 'n1';
    store.dispatch((d) => setConfigValue(d, id, ['name'], 'test'), { label: 'Add' });
    const config = () => store.getState().pipeline.nodes[0]!.config;
    const apply = (change: ReturnType<typeof listChange>) => store.dispatch((d) => setConfigValue(d, id, change!.path, change!.value), { label: change!.label });
    apply(listChange(config(), rules, [], { op: 'add' }));
    apply(listChange(config(), transitions, ['lifecycleRules', 0], { op: 'add' }));
    apply(listChange(config(), transitions, ['lifecycleRules', 0], { op: 'add' }));
    store.dispatch((d) => setConfigValue(d, id, ['lifecycleRules', 0, 'transitions', 1, 'days'], 90), { label: 'Days' });
    expect(config().lifecycleRules).toEqual([{ id: 'rule', prefix: '', enabled: true, transitions: [{ days: 30, storageClass: 'STANDARD_IA' }, { days: 90, storageClass: 'STANDARD_IA' }] }]);
    apply(listChange(config(), transitions, ['lifecycleRules', 0], { op: 'move', from: 1, to: 0 }));
    expect((config().lifecycleRules as { transitions: { days: number }[] }[])[0]!.transitions.map((t) => t.days)).toEqual([90, 30]);
    expect(store.getState().history.past.map((s) => s.label)).toEqual(['Add', 'Add lifecycle rule', 'Add transition', 'Add transition', 'Days', 'Move transition 2 up']);
    store.undo();
    expect((config().lifecycleRules as { transitions: { days: number }[] }[])[0]!.transitions.map((t) => t.days)).toEqual([30, 90]);
    for (let i = 0; i < 4; i++) store.undo();
    expect(config().lifecycleRules).toBeUndefined();
  });
});

describe('errors on nested paths', () => {
  const base = { lifecycleRules: [{ id: 'logs', prefix: 'logs/', enabled: true, transitions: [{ days: 30 }, { days: 0 }] }], tags: [{ key: 'env', value: 'prod' }, { key: '' }] };

  it('puts each message on the item field it concerns', () => {
    const errors = fieldErrors(schema, fields, base);
    expect([...errors.keys()].sort()).toEqual(['lifecycleRules.0.transitions.1.days', 'tags.1.key']);
    expect(errors.get('lifecycleRules.0.transitions.1.days')).toMatch(/>=1|1/);
  });

  it('puts list bounds on the list, item refinements on the item, and object refinements on the fieldset', () => {
    const four = Array.from({ length: 4 }, () => ({ days: 30 }));
    const errors = fieldErrors(schema, fields, {
      lifecycleRules: [{ id: 'a', prefix: 'forbidden/', transitions: four }],
      network: { vpc: 'vpc-1', public: true },
      columns: ['id', ''],
      steps: [{ type: 'zigzag' }],
    });
    expect(errors.get('lifecycleRules.0.transitions')).toMatch(/3/);
    // A refinement runs once the item itself parses.
    expect(fieldErrors(schema, fields, { lifecycleRules: [{ id: 'a', prefix: 'forbidden/' }] }).get('lifecycleRules.0')).toBe('This prefix is reserved');
    expect(errors.get('network')).toBe('A public endpoint has no VPC');
    expect(errors.has('columns.1')).toBe(true);
    expect(errors.has('steps.0.type')).toBe(true);
  });

  it('lists the keys the form shows, list items expanded', () => {
    expect(visibleKeys([tags, rules], base)).toEqual([
      'tags', 'tags.0', 'tags.0.key', 'tags.0.value', 'tags.1', 'tags.1.key', 'tags.1.value',
      'lifecycleRules', 'lifecycleRules.0', 'lifecycleRules.0.id', 'lifecycleRules.0.prefix', 'lifecycleRules.0.enabled',
      'lifecycleRules.0.transitions', 'lifecycleRules.0.transitions.0', 'lifecycleRules.0.transitions.0.days', 'lifecycleRules.0.transitions.0.storageClass',
      'lifecycleRules.0.transitions.1', 'lifecycleRules.0.transitions.1.days', 'lifecycleRules.0.transitions.1.storageClass',
    ]);
  });
});

describe('item summaries', () => {
  it('names an item by its name-like field and lists the rest', () => {
    expect(itemSummary(transitions.item, { days: 30, storageClass: 'GLACIER' })).toEqual({ title: '', detail: '30 days · GLACIER' });
    expect(itemSummary(rule, { id: 'logs', prefix: 'logs/', enabled: true, transitions: [{}, {}] })).toEqual({ title: 'logs', detail: 'logs/ · Enabled · 2 transitions' });
    expect(itemSummary(tags.item, { key: 'env', value: 'prod' })).toEqual({ title: 'env', detail: 'prod' });
    expect(itemSummary(field<ListField>('steps').item, { type: 'filter', expression: 'x > 1' })).toEqual({ title: 'Filter', detail: 'x > 1' });
  });
});

describe('every registered kind', () => {
  it.each(KIND_IDS)('%s: the form of its defaults shows no error, and adding to each list keeps errors inside the new item', (id) => {
    const config = KINDS[id].config as z.ZodType;
    const model = formModel(config);
    const defaults = defaultConfig(id);
    expect(fieldErrors(config, model, defaults)).toEqual(new Map());
    for (const list of model.filter((f): f is ListField => f.type === 'list')) {
      const change = listChange(defaults, list, [], { op: 'add' })!;
      const errors = fieldErrors(config, model, { ...defaults, [list.key]: change.value });
      for (const key of errors.keys()) expect(key === list.key || key.startsWith(`${list.key}.`)).toBe(true);
    }
  });
});

describe('the real S3 bucket lifecycle rules', () => {
  const s3 = KINDS['s3-bucket'].config as z.ZodType;
  const model = formModel(s3);
  const lifecycle = model.find((f) => f.key === 'lifecycleRules');
  it.runIf(lifecycle?.type === 'list')('edits rules with nested transitions, and places the rules’ messages on the transition', () => {
    const list = lifecycle as ListField;
    const inner = (list.item as ObjectField).fields.find((f) => f.key === 'transitions') as ListField;
    let config: unknown = defaultConfig('s3-bucket');
    for (const [field, base] of [[list, []], [inner, ['lifecycleRules', 0]], [inner, ['lifecycleRules', 0]]] as const) {
      const change = listChange(config, field, base, { op: 'add' })!;
      config = { ...(config as object), lifecycleRules: change.path.length === 1 ? change.value : [{ ...((config as { lifecycleRules: object[] }).lifecycleRules[0]), transitions: change.value }] };
    }
    // Two transitions on the same day: the kind's own refinement names the second one.
    const errors = fieldErrors(s3, model, config);
    expect([...errors.keys()].every((k) => k.startsWith('lifecycleRules.0.transitions.'))).toBe(true);
    expect(errors.size).toBeGreaterThan(0);
  });
});

describe('item names', () => {
  it('names one item of a list', () => {
    expect(['Lifecycle rules', 'Filter: tags', 'Partition keys', 'Retries', 'Addresses', 'Status', 'Mappings'].map(singular)).toEqual([
      'Lifecycle rule', 'Tag', 'Partition key', 'Retry', 'Address', 'Status', 'Mapping',
    ]);
  });
});
