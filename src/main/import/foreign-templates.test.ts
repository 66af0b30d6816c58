import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isKindId } from '../../shared/catalog/registry';
import type { Pipeline } from '../../shared/model/pipeline';
import { cloudFormationYaml } from '../export/cloudformation';
import { mappingOf } from '../export/cloudformation/mappers';
import { cfnLintMissing, cfnLintOutput, templateFolder } from '../export/cloudformation/testing/validate-template';
import { importCloudFormation } from './index';
import { readTemplate } from './read-template';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/cloudformation/${name}`, import.meta.url), 'utf8');

/** A parsed template without Pipewright's own metadata, the one thing an export adds. */
function withoutPipewright(text: string): Record<string, unknown> {
  const { template } = readTemplate(text);
  const metadata = template.Metadata as Record<string, unknown> | undefined;
  if (metadata) {
    delete metadata.Pipewright;
    if (Object.keys(metadata).length === 0) delete template.Metadata;
  }
  return template;
}

/**
 * What a template should import to: the kind each resource is (a resource becomes a node only while
 * that kind's mapping writes its type, as other kinds' mappings are still being written) and the
 * data edges between them, as [source, target] logical ids.
 */
interface Expected {
  file: string;
  kinds: Record<string, string>;
  edges: [string, string][];
}

const FIXTURES: Expected[] = [
  {
    file: 'clickstream-lake.yaml',
    kinds: {
      ClickStream: 'kinesis-data-stream',
      LakeBucket: 's3-bucket',
      AthenaResultsBucket: 's3-bucket',
      LakeDelivery: 'kinesis-firehose',
      GlueDatabase: 'glue-data-catalog',
      EventsCrawler: 'glue-crawler',
      AnalystsWorkGroup: 'athena',
    },
    edges: [
      ['ClickStream', 'LakeDelivery'],
      ['LakeDelivery', 'LakeBucket'],
      ['LakeBucket', 'EventsCrawler'],
      ['EventsCrawler', 'GlueDatabase'],
      ['AnalystsWorkGroup', 'AthenaResultsBucket'],
      ['GlueDatabase', 'AnalystsWorkGroup'],
    ],
  },
  {
    file: 'orders-warehouse.json',
    kinds: { Warehouse: 'redshift', OrdersReplication: 'dms', ReplicationInstance: 'dms' },
    edges: [['OrdersReplication', 'Warehouse']],
  },
  {
    file: 'iot-telemetry.yaml',
    kinds: {
      TelemetryStream: 'kinesis-data-stream',
      TelemetryRule: 'iot-core',
      ArchiveBucket: 's3-bucket',
      ArchiveDelivery: 'kinesis-firehose',
      ReadingsTable: 'dynamodb-table',
      ProcessorFunction: 'lambda',
    },
    edges: [
      ['TelemetryRule', 'TelemetryStream'],
      ['TelemetryRule', 'ArchiveDelivery'],
      ['ArchiveDelivery', 'ArchiveBucket'],
      ['TelemetryStream', 'ProcessorFunction'],
      ['ProcessorFunction', 'ReadingsTable'],
    ],
  },
];

/** The resources of `expected` that are nodes today: their kind's mapping writes the resource's type. */
function expectedNodes(expected: Expected, text: string): Map<string, string> {
  const { template } = readTemplate(text);
  return new Map(
    Object.entries(expected.kinds).filter(([id, kind]) => isKindId(kind) && mappingOf(kind).mainType === template.Resources[id]?.Type),
  );
}

const logicalIdOf = (pipeline: Pipeline, nodeId: string) => pipeline.nodes.find((n) => n.id === nodeId)?.cloudformation?.logicalId;

const folder = templateFolder();
afterAll(() => folder.remove());

describe.each(FIXTURES)('the hand-written template $file', (expected) => {
  const text = fixture(expected.file);

  it('imports to a node per resource of a known kind, connected as the data flows', async () => {
    const { pipeline } = await importCloudFormation(text, 'fixture');
    const nodes = expectedNodes(expected, text);
    expect(new Map(pipeline.nodes.map((n) => [n.cloudformation?.logicalId, n.kind]))).toEqual(nodes);
    const edges = pipeline.edges.map((e) => [logicalIdOf(pipeline, e.source), logicalIdOf(pipeline, e.target)]);
    expect(edges.sort()).toEqual(expected.edges.filter(([s, t]) => nodes.has(s) && nodes.has(t)).sort());
    // Every node is placed, none on top of another.
    expect(new Set(pipeline.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(pipeline.nodes.length);
  });

  it('exports back to the same template: every resource, property, attribute and section', async () => {
    const { pipeline } = await importCloudFormation(text, 'fixture');
    const exported = cloudFormationYaml(pipeline);
    expect(withoutPipewright(exported)).toEqual(withoutPipewright(text));
    // Importing the export again changes nothing.
    const again = await importCloudFormation(exported, 'fixture');
    expect(cloudFormationYaml(again.pipeline)).toBe(exported);
  });

  it.skipIf(!text.includes('AWS::S3::Bucket'))('takes a later edit of a setting that is not an override', async () => {
    const { pipeline } = await importCloudFormation(text, 'fixture');
    const bucket = pipeline.nodes.find((n) => n.kind === 's3-bucket');
    expect(bucket).toBeDefined();
    if (!bucket) return;
    const overridden = bucket.cloudformation?.resources?.[bucket.cloudformation.logicalId!];
    const setPaths = overridden?.mode === 'patch' ? overridden.set.map((s) => s.path.join('.')) : [];
    expect(setPaths).not.toContain('Properties.ObjectLockEnabled');
    bucket.config = { ...bucket.config, versioning: true, objectLock: { enabled: true, mode: 'COMPLIANCE', retentionDays: 9 } };
    const resource = withoutPipewright(cloudFormationYaml(pipeline)).Resources as Record<string, { Properties: Record<string, unknown> }>;
    expect(resource[bucket.cloudformation!.logicalId!]!.Properties.ObjectLockConfiguration).toEqual({ ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 9 } } });
  });
});

describe('cfn-lint', () => {
  it.skipIf(cfnLintMissing !== undefined)('finds the imported-then-exported templates as clean as the hand-written ones: no error, no warning', async () => {
    const paths = [];
    for (const { file } of FIXTURES) {
      const { pipeline } = await importCloudFormation(fixture(file), 'fixture');
      paths.push(folder.write(`original ${file}`, fixture(file)), folder.write(`exported ${file}`, cloudFormationYaml(pipeline)));
    }
    const output = cfnLintOutput(paths);
    if (output !== '') console.error(output);
    expect(output).toBe('');
  }, 120_000);
});
