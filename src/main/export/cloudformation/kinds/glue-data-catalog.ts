import type { ConfigOf } from '../../../../shared/catalog/registry';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { completeItems, defined, oneOf, plainArray, plainObject, plainString } from '../plain';
import { s3Location } from '../references';
import { output, ref, retained, type CfnResource, type TemplateValue } from '../template';

type Table = ConfigOf<'glue-data-catalog'>['tables'][number];
type Format = Table['format'];

const TEXT_INPUT = 'org.apache.hadoop.mapred.TextInputFormat';
const TEXT_OUTPUT = 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat';

/**
 * Input/output formats and SerDe per data format, as Athena's "Supported SerDes and data formats"
 * and the tables Glue crawlers create name them. `classification` is the table parameter Glue
 * and Athena read the format from.
 */
const FORMATS: Record<Format, { input: string; output: string; serde: string; serdeParameters?: Record<string, string>; classification: string }> = {
  Parquet: {
    input: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    output: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    serde: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    classification: 'parquet',
  },
  ORC: { input: 'org.apache.hadoop.hive.ql.io.orc.OrcInputFormat', output: 'org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat', serde: 'org.apache.hadoop.hive.ql.io.orc.OrcSerde', classification: 'orc' },
  JSON: { input: TEXT_INPUT, output: TEXT_OUTPUT, serde: 'org.openx.data.jsonserde.JsonSerDe', classification: 'json' },
  CSV: { input: TEXT_INPUT, output: TEXT_OUTPUT, serde: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe', serdeParameters: { 'field.delim': ',' }, classification: 'csv' },
  Avro: {
    input: 'org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat',
    output: 'org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat',
    serde: 'org.apache.hadoop.hive.serde2.avro.AvroSerDe',
    classification: 'avro',
  },
};
const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

/** One table definition: an external table over S3 (or, without location, one a JDBC/DynamoDB crawler fills in). */
function tableResource(databaseId: string, table: Table, location: TemplateValue | undefined): CfnResource {
  const format = FORMATS[table.format];
  const storage: Record<string, TemplateValue> = {
    ...(location !== undefined ? { Location: location } : {}),
    InputFormat: format.input,
    OutputFormat: format.output,
    SerdeInfo: { SerializationLibrary: format.serde, ...(format.serdeParameters ? { Parameters: format.serdeParameters } : {}) },
  };
  return {
    Type: 'AWS::Glue::Table',
    Properties: {
      CatalogId: ref('AWS::AccountId'),
      DatabaseName: ref(databaseId),
      TableInput: {
        Name: table.name,
        TableType: 'EXTERNAL_TABLE',
        Parameters: { classification: format.classification, EXTERNAL: 'TRUE' },
        PartitionKeys: table.partitionKeys.map((key) => ({ Name: key.name, Type: key.type })),
        StorageDescriptor: storage,
      },
    },
  };
}

/**
 * glue-data-catalog → AWS::Glue::Database and one AWS::Glue::Table per declared table. Other
 * mappings name the database by Ref (its name) and the tables by their names.
 */
const mapGlueDataCatalog: Mapper<'glue-data-catalog'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const name = ctx.parameter(`${id}Name`, {
    Type: 'String',
    Description: `Name of the Glue Data Catalog database "${node.label}".`,
    Default: config.databaseName,
    // The kind's rule: 1–255 characters, no capitals (Athena lower-cases names).
    AllowedPattern: '^[^A-Z]{1,255}$',
    ConstraintDescription: '1 to 255 characters, lower case',
  });
  // Retained: crawlers and jobs add tables and partitions the template does not know; deleting the database would drop them.
  const resources: Record<string, CfnResource> = {
    [id]: retained({ Type: 'AWS::Glue::Database', Properties: { CatalogId: ref('AWS::AccountId'), DatabaseInput: { Name: name } } }),
  };
  config.tables.forEach((table, i) => {
    const location = table.location === '' ? undefined : s3Location(ctx, table.location).value;
    resources[ctx.derivedId(`Table${i + 1}`)] = tableResource(id, table, location);
  });
  const notes: string[] = [];
  if (config.tables.length > 0) {
    notes.push(`${nodeName(node)}: its tables are created without columns (the settings declare none); a crawler with UPDATE_IN_DATABASE or a Glue job fills them in, or add them to StorageDescriptor.Columns.`);
  }
  if (config.tables.some((t) => t.format === 'Avro')) notes.push(`${nodeName(node)}: Avro tables need their schema (avro.schema.literal) before Athena can read them.`);
  return {
    resources,
    outputs: { [ctx.derivedId('DatabaseName')]: output(`Name of the Glue database "${node.label}"`, ref(id)) },
    notes,
  };
};

/** A table read back from its AWS::Glue::Table. */
function readTable(properties: Readonly<Record<string, unknown>>): Partial<Table> | undefined {
  const input = plainObject(properties.TableInput);
  const name = plainString(input?.Name);
  if (!input || name === undefined) return undefined;
  const storage = plainObject(input.StorageDescriptor);
  const serde = plainString(plainObject(storage?.SerdeInfo)?.SerializationLibrary);
  const partitionKeys = plainArray(input.PartitionKeys).flatMap((key) => {
    const column = plainObject(key);
    const keyName = plainString(column?.Name);
    const type = oneOf(column?.Type, ['string', 'int', 'bigint', 'date'] as const);
    return keyName === undefined ? [] : [defined({ name: keyName, type })];
  });
  return defined({
    name,
    location: plainString(storage?.Location),
    format: FORMAT_NAMES.find((format) => FORMATS[format].serde === serde),
    partitionKeys: partitionKeys as Table['partitionKeys'],
  });
}

function fromCfn(view: ImportView): DeepPartial<ConfigOf<'glue-data-catalog'>> {
  const tables = view.referencing.filter((r) => r.type === 'AWS::Glue::Table').flatMap((r) => readTable(r.properties) ?? []);
  return defined({ databaseName: plainString(plainObject(view.main.properties.DatabaseInput)?.Name), tables: completeItems('glue-data-catalog', 'tables', tables) });
}

export const glueDataCatalogMapping: KindMapping<'glue-data-catalog'> = {
  mainType: 'AWS::Glue::Database',
  toCfn: mapGlueDataCatalog,
  fromCfn,
};
