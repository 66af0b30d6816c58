import { finding, type Rule } from '../../rule';

/**
 * PW204: Parquet/ORC conversion without the Glue table that gives its columns: no Data Catalog on
 * the schema port, no database or table named, or a database the connected catalog is not.
 */
export const firehoseConversionNoSchema: Rule = {
  code: 'PW204',
  scope: 'node',
  check(node, ctx) {
    const conversion = ctx.configOf(node, 'kinesis-firehose')?.recordFormatConversion;
    if (!conversion || conversion.format === 'none') return [];
    const catalogNode = ctx.incoming(node.id).map((e) => ctx.nodesById.get(e.source)).find((n) => n?.kind === 'glue-data-catalog');
    const where = { nodeId: node.id };
    if (!catalogNode) {
      return [
        finding('PW204', `${node.label}: ${conversion.format} conversion reads its columns from a Glue table: connect a Glue Data Catalog to its schema port`, {
          ...where,
          path: ['recordFormatConversion'],
          fix: { label: 'Turn format conversion off', operations: [{ op: 'set-config', nodeId: node.id, path: ['recordFormatConversion'], value: { format: 'none' } }] },
        }),
      ];
    }
    const database = ctx.configOf(catalogNode, 'glue-data-catalog')?.databaseName;
    if (conversion.databaseName === '' || conversion.tableName === '') {
      const missing = conversion.databaseName === '' ? 'databaseName' : 'tableName';
      return [
        finding('PW204', `${node.label}: ${conversion.format} conversion needs the ${missing === 'databaseName' ? 'Glue database' : 'Glue table'} named`, {
          ...where,
          path: ['recordFormatConversion', missing],
          ...(missing === 'databaseName' && database
            ? { fix: { label: `Use database ${database}`, operations: [{ op: 'set-config' as const, nodeId: node.id, path: ['recordFormatConversion', 'databaseName'], value: database }] } }
            : {}),
        }),
      ];
    }
    if (database === undefined || database === conversion.databaseName) return [];
    return [
      finding('PW204', `${node.label}: conversion reads database "${conversion.databaseName}", but ${catalogNode.label} is database "${database}"`, {
        ...where,
        path: ['recordFormatConversion', 'databaseName'],
        fix: { label: `Use database ${database}`, operations: [{ op: 'set-config', nodeId: node.id, path: ['recordFormatConversion', 'databaseName'], value: database }] },
      }),
    ];
  },
};
