import { describe, expect, it } from 'vitest';
import { defaultConfig, KINDS } from '../../shared/catalog/registry';
import { withValue, currentVariant, fieldErrors, formModel, parseNumberText, rangeHint, shownValue, visibleKeys, type NumberField, type UnionField } from './form-model';

describe('form model from the kind schemas', () => {
  it('reads numbers with units, bounds and defaults', () => {
    const fields = formModel(KINDS['kinesis-firehose'].config);
    expect(fields.map((f) => f.key).slice(0, 3)).toEqual(['bufferSizeMiB', 'bufferIntervalSeconds', 'prefix']);
    const size = fields[0] as NumberField;
    expect(size).toMatchObject({ type: 'number', integer: true, min: 1, max: 128, unit: 'MiB', title: 'Buffer size', defaultValue: 5 });
    expect(size.description).toContain('1–128 MiB');
    expect(rangeHint(size)).toBe('1–128 MiB');
    expect(fields[2]).toMatchObject({ type: 'string', maxLength: 1024 });
  });

  it('reads exclusive bounds and drops the safe-integer bound', () => {
    const producer = formModel(KINDS['app-producer'].config);
    const rate = producer[0] as NumberField;
    expect(rate).toMatchObject({ exclusiveMin: 0, max: 10_000_000, unit: 'records/s' });
    expect(rangeHint(rate)).toBe('> 0, ≤ 10,000,000 records/s');
    const spikes = (producer[3] as UnionField).variants.find((v) => v.value === 'spikes')!;
    expect((spikes.fields[1] as NumberField).max).toBeUndefined();
  });

  it('reads enums and booleans', () => {
    const fields = formModel(KINDS['s3-bucket'].config);
    expect(fields.find((f) => f.key === 'encryption')).toMatchObject({ type: 'enum', options: expect.arrayContaining(['none', 'SSE-S3', 'SSE-KMS']), defaultValue: 'SSE-S3' });
    expect(fields.find((f) => f.key === 'versioning')).toMatchObject({ type: 'boolean', defaultValue: false });
  });

  it('reads the load profile as a discriminated union with variant defaults', () => {
    const profile = formModel(KINDS['app-producer'].config).find((f) => f.key === 'loadProfile') as UnionField;
    expect(profile.type).toBe('union');
    expect(profile.discriminator).toBe('shape');
    expect(profile.variants.map((v) => [v.value, v.title])).toEqual([['constant', 'Constant'], ['diurnal', 'Diurnal'], ['spikes', 'Spikes'], ['ramp', 'Ramp']]);
    expect(profile.variants[2]!.defaults).toEqual({ shape: 'spikes', multiplier: 5, everySeconds: 3600, durationSeconds: 60 });
    expect(profile.variants[2]!.fields.map((f) => f.key)).toEqual(['loadProfile.multiplier', 'loadProfile.everySeconds', 'loadProfile.durationSeconds']);
    const config = { ...defaultConfig('app-producer'), loadProfile: { shape: 'ramp', toMultiplier: 2, overSeconds: 60 } };
    expect(currentVariant(config, profile)?.value).toBe('ramp');
    expect(visibleKeys([profile], config)).toEqual(['loadProfile.shape', 'loadProfile.toMultiplier', 'loadProfile.overSeconds']);
  });

  it('shows defaults for settings the config lacks', () => {
    const [size] = formModel(KINDS['kinesis-firehose'].config);
    expect(shownValue({}, size!)).toBe(5);
    expect(shownValue({ bufferSizeMiB: 64 }, size!)).toBe(64);
  });
});

describe('inline errors', () => {
  it('puts the zod message on the field', () => {
    const schema = KINDS['kinesis-firehose'].config;
    const errors = fieldErrors(schema, formModel(schema), { ...defaultConfig('kinesis-firehose'), bufferSizeMiB: 500 });
    expect([...errors.keys()]).toEqual(['bufferSizeMiB']);
    expect(errors.get('bufferSizeMiB')).toMatch(/128/);
  });

  it('reports nested and text values', () => {
    const schema = KINDS['app-producer'].config;
    const config = { ...defaultConfig('app-producer'), recordSizeBytes: 'abc', loadProfile: { shape: 'diurnal', peakToMean: 3 } };
    const errors = fieldErrors(schema, formModel(schema), config);
    expect(errors.get('recordSizeBytes')).toMatch(/number/);
    expect(errors.get('loadProfile.peakToMean')).toMatch(/2/);
  });

  it('reports an unknown variant on the discriminator select', () => {
    const schema = KINDS['app-producer'].config;
    const errors = fieldErrors(schema, formModel(schema), { ...defaultConfig('app-producer'), loadProfile: { shape: 'zigzag' } });
    expect(errors.has('loadProfile.shape')).toBe(true);
  });

  it('has none for the defaults, and custom refinements show their message', () => {
    const schema = KINDS['s3-bucket'].config;
    expect(fieldErrors(schema, formModel(schema), defaultConfig('s3-bucket')).size).toBe(0);
    const errors = fieldErrors(schema, formModel(schema), { ...defaultConfig('s3-bucket'), bucketName: 'Bad_Name' });
    expect(errors.get('bucketName')).toBe('Bucket name may contain only lowercase letters, numbers, dots and hyphens');
  });

  it('parses number text, keeping what is not a number', () => {
    expect(parseNumberText(' 42 ')).toBe(42);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('')).toBe('');
    expect(parseNumberText('12x')).toBe('12x');
  });
});

describe('candidate values', () => {
  it('replaces a nested value without touching the original', () => {
    const config = Object.freeze({ a: 1, loadProfile: Object.freeze({ shape: 'diurnal', peakToMean: 1.5 }) });
    expect(withValue(config, ['loadProfile', 'peakToMean'], 1.8)).toEqual({ a: 1, loadProfile: { shape: 'diurnal', peakToMean: 1.8 } });
    expect(config.loadProfile.peakToMean).toBe(1.5);
    expect(withValue({}, ['x', 'y'], 2)).toEqual({ x: { y: 2 } });
  });
});
