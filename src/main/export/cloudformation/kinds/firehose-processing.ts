import type { ConfigOf } from '../../../../shared/catalog/registry';
import type { PipelineNode } from '../../../../shared/model/pipeline';
import { ExportError } from '../../errors';
import { glueTableSchemaRead, lambdaInvokeArn } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { nodeName, type MapperContext } from '../mapper';
import { exportsResource } from '../references';
import { ref, type TemplateValue } from '../template';

type Config = ConfigOf<'kinesis-firehose'>;

/** Where Firehose writes records it could not deliver; AWS requires one as soon as Prefix uses `!{…}` expressions. */
export const ERROR_OUTPUT_PREFIX = 'errors/!{firehose:error-output-type}/!{timestamp:yyyy/MM/dd}/';

/** Firehose's JQ engine for dynamic partitioning (MetadataExtraction processor, JsonParsingEngine). */
const JQ_ENGINE = 'JQ-1.6';

/** What a part of the delivery stream adds to its role. */
export interface Part<T> {
  readonly value: T;
  readonly statements: readonly PolicyStatement[];
}

/** Prefix and ErrorOutputPrefix: the configured error prefix, else the default one when the prefix uses expressions. */
export function prefixes(node: PipelineNode, config: Config): Record<string, TemplateValue> {
  const { prefix, errorOutputPrefix } = config;
  if (prefix.includes('!{partitionKeyFrom') && !config.dynamicPartitioning.enabled) {
    throw new ExportError(`Cannot export: the prefix of Firehose ${nodeName(node)} uses dynamic partitioning keys, but dynamic partitioning is off.`);
  }
  // "Dynamic partitioning keys" (Firehose developer guide): the prefix must use at least one of them.
  if (config.dynamicPartitioning.enabled && !prefix.includes('!{partitionKeyFrom')) {
    throw new ExportError(`Cannot export: Firehose ${nodeName(node)} partitions dynamically, so its prefix must use a key, e.g. !{partitionKeyFromQuery:${config.dynamicPartitioning.partitionKeys[0]?.name ?? 'key'}}/.`);
  }
  const out: Record<string, TemplateValue> = {};
  if (prefix !== '') out.Prefix = prefix;
  if (errorOutputPrefix !== '') out.ErrorOutputPrefix = errorOutputPrefix;
  else if (prefix.includes('!{')) out.ErrorOutputPrefix = ERROR_OUTPUT_PREFIX;
  return out;
}

/**
 * The processors: the Lambda transform (ProcessingConfiguration, invoked with lambda:InvokeFunction)
 * and, for partition keys taken with JQ, the MetadataExtraction processor. Undefined when none.
 */
export function processing(node: PipelineNode, config: Config): Part<TemplateValue> | undefined {
  const processors: TemplateValue[] = [];
  const statements: PolicyStatement[] = [];
  const transform = config.lambdaTransform;
  if (transform.enabled) {
    if (transform.functionArn === '') throw new ExportError(`Cannot export: the Lambda transform of Firehose ${nodeName(node)} has no function ARN.`);
    processors.push({
      Type: 'Lambda',
      Parameters: [
        { ParameterName: 'LambdaArn', ParameterValue: transform.functionArn },
        { ParameterName: 'BufferSizeInMBs', ParameterValue: String(transform.bufferSizeMiB) },
        { ParameterName: 'BufferIntervalInSeconds', ParameterValue: String(transform.bufferIntervalSeconds) },
      ],
    });
    statements.push(...lambdaInvokeArn(transform.functionArn));
  }
  const partitioning = config.dynamicPartitioning;
  if (partitioning.enabled) {
    if (partitioning.partitionKeys.some((k) => k.source === 'Lambda') && !transform.enabled) {
      throw new ExportError(`Cannot export: Firehose ${nodeName(node)} takes partition keys from its Lambda transform, which is off.`);
    }
    const jq = partitioning.partitionKeys.filter((k) => k.source === 'JQ query');
    if (jq.length > 0) {
      processors.push({
        Type: 'MetadataExtraction',
        Parameters: [
          { ParameterName: 'MetadataExtractionQuery', ParameterValue: `{${jq.map((k) => `${k.name}: ${k.expression}`).join(', ')}}` },
          { ParameterName: 'JsonParsingEngine', ParameterValue: JQ_ENGINE },
        ],
      });
    }
  }
  return processors.length === 0 ? undefined : { value: { Enabled: true, Processors: processors }, statements };
}

/** Partition keys read back from the MetadataExtraction query `{a: .x, b: .y}` (JQ expressions without top-level commas). */
export function partitionKeysFromQuery(query: string): { name: string; source: 'JQ query'; expression: string }[] {
  const body = /^\s*\{(.*)\}\s*$/s.exec(query)?.[1];
  if (body === undefined) return [];
  return body.split(',').flatMap((pair) => {
    const match = /^\s*([A-Za-z0-9_]+)\s*:\s*(.+?)\s*$/s.exec(pair);
    return match ? [{ name: match[1]!, source: 'JQ query' as const, expression: match[2]! }] : [];
  });
}

/**
 * JSON → Parquet/ORC with the schema of a Glue table. The database is the connected Glue Data
 * Catalog node's (by Ref, so the stream waits for it) when the setting names it or names none;
 * otherwise, and for the table, the names as set (the catalog mapping names tables as set too).
 */
export function formatConversion(ctx: MapperContext, node: PipelineNode, config: Config, roleArn: TemplateValue): Part<TemplateValue> | undefined {
  const conversion = config.recordFormatConversion;
  if (conversion.format === 'none') return undefined;
  const catalog = ctx.sourcesOfKind('glue-data-catalog')[0];
  const sameDatabase = catalog !== undefined && (conversion.databaseName === '' || conversion.databaseName === catalog.config.databaseName);
  const database: TemplateValue | undefined = sameDatabase ? (exportsResource('glue-data-catalog') ? ref(catalog.logicalId) : catalog.config.databaseName) : conversion.databaseName || undefined;
  const table = conversion.tableName !== '' ? conversion.tableName : catalog?.config.tables.length === 1 ? catalog.config.tables[0]!.name : undefined;
  if (database === undefined || table === undefined) {
    throw new ExportError(`Cannot export: ${conversion.format} conversion in Firehose ${nodeName(node)} needs a Glue database and table: connect a Glue Data Catalog and name the table.`);
  }
  const serializer: TemplateValue = conversion.format === 'Parquet' ? { ParquetSerDe: { Compression: conversion.compression } } : { OrcSerDe: { Compression: conversion.compression } };
  const deserializer: TemplateValue = conversion.inputFormat === 'OpenX JSON' ? { OpenXJsonSerDe: {} } : { HiveJsonSerDe: {} };
  return {
    value: {
      Enabled: true,
      InputFormatConfiguration: { Deserializer: deserializer },
      OutputFormatConfiguration: { Serializer: serializer },
      SchemaConfiguration: { DatabaseName: database, TableName: table, RoleARN: roleArn },
    },
    statements: glueTableSchemaRead(database, table),
  };
}
