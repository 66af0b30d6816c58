import { KINDS, type ConfigOf } from '../../../../shared/catalog/registry';
import { ERROR_OUTPUT_PREFIX, partitionKeysFromQuery } from './firehose-processing';
import type { DeepPartial, ImportView } from '../mapper';
import { defined, oneOf, plainArray, plainBoolean, plainNumber, plainObject, plainString, type Plain } from '../plain';

type Config = ConfigOf<'kinesis-firehose'>;

/** A processor's parameters as a name → value map. */
function parametersOf(processor: Plain | undefined): Map<string, string> {
  const entries = plainArray(processor?.Parameters).flatMap((item) => {
    const parameter = plainObject(item);
    const name = plainString(parameter?.ParameterName);
    const value = plainString(parameter?.ParameterValue);
    return name === undefined || value === undefined ? [] : [[name, value] as const];
  });
  return new Map(entries);
}

const numeric = (text: string | undefined): number | undefined => (text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined);

function readProcessing(configuration: Plain | undefined): { lambda?: DeepPartial<Config['lambdaTransform']>; query?: string } {
  const processors = plainArray(plainObject(configuration)?.Processors).map(plainObject);
  const lambda = processors.find((p) => p?.Type === 'Lambda');
  const extraction = processors.find((p) => p?.Type === 'MetadataExtraction');
  const lambdaParameters = parametersOf(lambda);
  return {
    ...(lambda
      ? {
          lambda: defined({
            enabled: true,
            functionArn: lambdaParameters.get('LambdaArn'),
            bufferSizeMiB: numeric(lambdaParameters.get('BufferSizeInMBs')),
            bufferIntervalSeconds: numeric(lambdaParameters.get('BufferIntervalInSeconds')),
          }),
        }
      : {}),
    query: parametersOf(extraction).get('MetadataExtractionQuery'),
  };
}

function readConversion(conversion: Plain | undefined): DeepPartial<Config['recordFormatConversion']> | undefined {
  if (!conversion || plainBoolean(conversion.Enabled) === false) return undefined;
  const serializer = plainObject(plainObject(conversion.OutputFormatConfiguration)?.Serializer);
  const deserializer = plainObject(plainObject(conversion.InputFormatConfiguration)?.Deserializer);
  const schema = plainObject(conversion.SchemaConfiguration);
  const glue = defined({
    inputFormat: deserializer?.HiveJsonSerDe !== undefined ? ('Hive JSON' as const) : deserializer?.OpenXJsonSerDe !== undefined ? ('OpenX JSON' as const) : undefined,
    databaseName: plainString(schema?.DatabaseName),
    tableName: plainString(schema?.TableName),
  });
  const parquet = plainObject(serializer?.ParquetSerDe);
  if (parquet) return { format: 'Parquet', ...glue, ...defined({ compression: oneOf(parquet.Compression, ['SNAPPY', 'GZIP', 'UNCOMPRESSED'] as const) }) };
  const orc = plainObject(serializer?.OrcSerDe);
  if (orc) return { format: 'ORC', ...glue, ...defined({ compression: oneOf(orc.Compression, ['SNAPPY', 'ZLIB', 'NONE'] as const) }) };
  return undefined;
}

/** Partition keys: JQ keys from the MetadataExtraction query, Lambda keys from the prefix's !{partitionKeyFromLambda:…}. */
function readPartitioning(enabled: boolean | undefined, query: string | undefined, prefix: string | undefined): DeepPartial<Config['dynamicPartitioning']> | undefined {
  if (enabled === undefined) return undefined;
  const fromLambda = [...(prefix ?? '').matchAll(/!\{partitionKeyFromLambda:([A-Za-z0-9_]+)\}/g)].map((m) => ({ name: m[1]!, source: 'Lambda' as const }));
  // Lambda keys have no expression in the template: the schema gives them its default.
  const keys = KINDS['kinesis-firehose'].config.shape.dynamicPartitioning.safeParse({ enabled, partitionKeys: [...partitionKeysFromQuery(query ?? ''), ...fromLambda] });
  return keys.success ? keys.data : { enabled };
}

/**
 * Backup modes by their CloudFormation names (the destinations name them differently). OpenSearch,
 * Splunk and HTTP always back failed records up, so their Failed… modes read as no setting.
 */
const BACKUP_MODES: Record<string, Config['s3BackupMode']> = {
  Enabled: 'All',
  Disabled: 'Disabled',
  AllDocuments: 'All',
  AllEvents: 'All',
  AllData: 'All',
};

/**
 * Reads back what the Firehose mapping writes. Buffering, compression and prefixes come from the
 * S3 part of the destination: the destination itself (S3), its staging bucket (Redshift) or its
 * backup bucket (OpenSearch, Splunk, HTTP), which carries them unclamped.
 */
export function readKinesisFirehose(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const s3 = plainObject(p.ExtendedS3DestinationConfiguration);
  const http = plainObject(p.HttpEndpointDestinationConfiguration);
  const splunk = plainObject(p.SplunkDestinationConfiguration);
  const destination = s3 ?? plainObject(p.RedshiftDestinationConfiguration) ?? plainObject(p.AmazonopensearchserviceDestinationConfiguration) ?? splunk ?? http;
  const objects = s3 ?? plainObject(destination?.S3Configuration);
  const hints = plainObject(objects?.BufferingHints);
  const prefix = plainString(objects?.Prefix);
  const errorPrefix = plainString(objects?.ErrorOutputPrefix);
  const processing = readProcessing(plainObject(destination?.ProcessingConfiguration));
  const endpoint = plainObject(http?.EndpointConfiguration);
  const backupMode = plainString(destination?.S3BackupMode);
  return defined({
    bufferSizeMiB: plainNumber(hints?.SizeInMBs),
    bufferIntervalSeconds: plainNumber(hints?.IntervalInSeconds),
    compression: oneOf(objects?.CompressionFormat, ['UNCOMPRESSED', 'GZIP', 'ZIP', 'Snappy', 'HADOOP_SNAPPY'] as const),
    prefix,
    // The default error prefix is what the export adds for a prefix with expressions: it reads as no setting.
    errorOutputPrefix: errorPrefix === ERROR_OUTPUT_PREFIX && prefix?.includes('!{') ? undefined : errorPrefix,
    recordFormatConversion: readConversion(plainObject(s3?.DataFormatConversionConfiguration)),
    lambdaTransform: processing.lambda,
    dynamicPartitioning: readPartitioning(plainBoolean(plainObject(s3?.DynamicPartitioningConfiguration)?.Enabled), processing.query, prefix),
    s3BackupMode: backupMode === undefined ? undefined : BACKUP_MODES[backupMode],
    // Splunk retries as its own node says; the others carry the delivery stream's retry duration.
    retryDurationSeconds: splunk ? undefined : plainNumber(plainObject(destination?.RetryOptions)?.DurationInSeconds),
    httpEndpoint: endpoint ? defined({ enabled: true, url: plainString(endpoint.Url), name: plainString(endpoint.Name) }) : undefined,
  });
}
