import { describe, expect, it } from 'vitest';
import { realTimeLayer } from '../../../../shared/templates/real-time-layer';
import type { Pipeline } from '../../../../shared/model/pipeline';
import { clickstreamPipeline } from '../../../../../test/fixtures/pipelines';
import { validatePipeline } from '../../validate';
import { applyFix } from './apply-fix.testing';

const pw204 = (p: Pipeline) => validatePipeline(p).filter((f) => f.code === 'PW204');
const parquet = { format: 'Parquet' as const, compression: 'SNAPPY' as const, inputFormat: 'OpenX JSON' as const, databaseName: 'clicks', tableName: 'events' };

/** The Firehose lab converting to Parquet, with a Data Catalog on its schema port. */
function withCatalog(databaseName: string, conversion: Partial<typeof parquet> = {}): Pipeline {
  const p = clickstreamPipeline({ firehose: { bufferSizeMiB: 64, recordFormatConversion: { ...parquet, ...conversion } } });
  p.nodes.push({ id: 'catalog-1', kind: 'glue-data-catalog', label: 'Catalog', position: { x: 320, y: 300 }, config: { databaseName, tables: [] } });
  p.edges.push({ id: 'edge-3', source: 'catalog-1', target: 'firehose-1', sourcePort: 'tables', targetPort: 'schema' });
  return p;
}

describe('PW204 firehose-conversion-no-schema', () => {
  it('asks for a Data Catalog on the schema port; the fix turns conversion off', () => {
    const p = clickstreamPipeline({ firehose: { bufferSizeMiB: 64, recordFormatConversion: parquet } });
    const [finding] = pw204(p);
    expect(finding).toEqual({
      code: 'PW204',
      severity: 'error',
      nodeId: 'firehose-1',
      path: ['recordFormatConversion'],
      message: 'Clickstream delivery: Parquet conversion reads its columns from a Glue table: connect a Glue Data Catalog to its schema port',
      fix: { label: 'Turn format conversion off', operations: [{ op: 'set-config', nodeId: 'firehose-1', path: ['recordFormatConversion'], value: { format: 'none' } }] },
    });
    expect(pw204(applyFix(p, finding))).toEqual([]);
  });

  it('asks for the table to be named', () => {
    const [finding] = pw204(withCatalog('clicks', { tableName: '' }));
    expect(finding).toEqual({ code: 'PW204', severity: 'error', nodeId: 'firehose-1', path: ['recordFormatConversion', 'tableName'], message: 'Clickstream delivery: Parquet conversion needs the Glue table named' });
  });

  it('names the catalog database when none is set, and when another one is', () => {
    for (const p of [withCatalog('clicks', { databaseName: '' }), withCatalog('clicks', { databaseName: 'other' })]) {
      const [finding] = pw204(p);
      expect(finding?.fix).toEqual({ label: 'Use database clicks', operations: [{ op: 'set-config', nodeId: 'firehose-1', path: ['recordFormatConversion', 'databaseName'], value: 'clicks' }] });
      expect(pw204(applyFix(p, finding))).toEqual([]);
    }
    expect(pw204(withCatalog('clicks', { databaseName: 'other' }))[0]?.message).toBe('Clickstream delivery: conversion reads database "other", but Catalog is database "clicks"');
  });

  it('accepts a conversion reading a connected catalog (the real-time layer), and no conversion at all', () => {
    expect(pw204(withCatalog('clicks'))).toEqual([]);
    expect(pw204(realTimeLayer.build())).toEqual([]);
    expect(pw204(clickstreamPipeline())).toEqual([]);
  });
});
