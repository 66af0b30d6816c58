import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../shared/catalog/registry';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { toDrawio } from './drawio';
import { SERVICE_GROUPS } from './services';
import { NODE_HEIGHT, NODE_WIDTH } from './svg';
import { everyKindPipeline, parseXml, type XmlDocument, type XmlElement } from './test-helpers';

/**
 * Stencil names draw.io ships in its AWS 4 library, copied from jgraph/drawio
 * src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js (service icons used as `resIcon`, and
 * resource and general icons), for the groups Pipewright's kinds fall in.
 */
const DRAWIO_AWS4_SHAPES = new Set([
  // Analytics
  'analytics', 'athena', 'datazone', 'cloudsearch2', 'elasticsearch_service', 'emr', 'finspace', 'kinesis', 'kinesis_data_analytics',
  'kinesis_data_firehose', 'kinesis_data_streams', 'kinesis_video_streams', 'managed_service_for_apache_flink', 'quicksight', 'clean_rooms',
  'redshift', 'data_pipeline', 'entity_resolution', 'managed_streaming_for_kafka', 'glue', 'glue_databrew', 'glue_elastic_views',
  'lake_formation', 'data_exchange', 'sql_workbench', 'glue_crawlers', 'glue_data_catalog', 'data_lake_resource_icon', 'cluster',
  // Application integration
  'application_integration', 'api_gateway', 'mq', 'sns', 'sqs', 'appsync', 'eventbridge', 'managed_workflows_for_apache_airflow',
  'step_functions', 'express_workflow', 'appflow', 'eventbridge_scheduler', 'eventbridge_pipes', 'event', 'topic', 'queue',
  // Compute
  'compute', 'ec2', 'batch', 'lambda', 'fargate', 'elastic_beanstalk', 'lambda_function',
  // Database
  'database', 'aurora', 'documentdb_with_mongodb_compatibility', 'dynamodb', 'elasticache', 'neptune', 'rds', 'timestream',
  'database_migration_service', 'keyspaces', 'memorydb_for_redis',
  // Internet of Things
  'internet_of_things', 'iot_core', 'iot_analytics', 'iot_events', 'greengrass', 'iot_sitewise', 'camera', 'sensor', 'generic', 'car', 'factory',
  // Machine learning
  'machine_learning', 'sagemaker', 'rekognition_2', 'comprehend', 'textract', 'transcribe', 'translate', 'bedrock', 'polly', 'lex',
  'personalize', 'forecast', 'kendra', 'rekognition_video', 'sagemaker_model',
  // Management and governance
  'management_and_governance', 'cloudwatch_2', 'cloudformation', 'cloudtrail', 'config', 'systems_manager',
  // Migration and transfer
  'migration_and_transfer', 'datasync', 'snowball', 'transfer_family', 'migration_hub',
  // Networking
  'networking_and_content_delivery', 'cloudfront', 'route_53', 'vpc_privatelink', 'vpc', 'direct_connect', 'transit_gateway',
  'elastic_load_balancing', 'endpoint', 'endpoints', 'nat_gateway', 'internet_gateway',
  // Security
  'security_identity_and_compliance', 'cognito', 'guardduty', 'identity_and_access_management', 'key_management_service',
  'secrets_manager', 'shield', 'waf', 'macie', 'certificate_manager_3',
  // Storage
  'storage', 'elastic_block_store', 'elastic_file_system', 'fsx', 'glacier', 's3', 'backup', 'storage_gateway', 'bucket', 'snapshot', 'volume',
  // General resources
  'marketplace', 'general', 'all_products', 'client', 'external_sdk', 'external_toolkit', 'generic_application', 'generic_database',
  'folder', 'folders', 'internet', 'mobile_client', 'servers', 'traditional_server', 'user', 'users', 'office_building',
  'corporate_data_center', 'json_script', 'logs', 'source_code', 'data_stream', 'data_table', 'document', 'documents',
]);

/** A draw.io style string as a map: "a=1;b=2;" → { a: '1', b: '2' }. */
const styleOf = (cell: XmlElement): Map<string, string> =>
  new Map((cell.getAttribute('style') ?? '').split(';').filter(Boolean).map((pair) => pair.split('=', 2) as [string, string]));

const cells = (doc: XmlDocument, kind: 'vertex' | 'edge'): XmlElement[] => Array.from(doc.querySelectorAll(`mxCell[${kind}="1"]`));

describe('toDrawio', () => {
  it('is an uncompressed draw.io file: mxfile > diagram > mxGraphModel > root with the two root cells', () => {
    const doc = parseXml(toDrawio(clickstreamPipeline()));
    expect(doc.documentElement.tagName).toBe('mxfile');
    expect(doc.querySelectorAll('mxfile > diagram > mxGraphModel > root')).toHaveLength(1);
    const [layer0, layer1] = Array.from(doc.querySelectorAll('root > mxCell'));
    expect([layer0?.getAttribute('id'), layer1?.getAttribute('id'), layer1?.getAttribute('parent')]).toEqual(['0', '1', '0']);
  });

  it('is checked by a parser that rejects malformed XML', () => {
    expect(() => parseXml('<mxfile><diagram></mxfile>')).toThrow();
  });

  it('has one vertex per node, centred where the canvas draws it, labelled with its name and AWS service', () => {
    const pipeline = clickstreamPipeline();
    const vertices = cells(parseXml(toDrawio(pipeline)), 'vertex');
    expect(vertices).toHaveLength(pipeline.nodes.length);
    for (const [i, node] of pipeline.nodes.entries()) {
      const vertex = vertices[i]!;
      const geometry = vertex.querySelector('mxGeometry')!;
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(geometry.getAttribute(name)));
      expect(vertex.getAttribute('id')).toBe(`node-${node.id}`);
      expect(vertex.getAttribute('parent')).toBe('1');
      expect({ width, height }).toEqual({ width: NODE_HEIGHT, height: NODE_HEIGHT });
      expect({ cx: x! + width! / 2, y }).toEqual({ cx: node.position.x + NODE_WIDTH / 2, y: node.position.y });
    }
    expect(vertices[1]!.getAttribute('value')).toBe('Clickstream delivery\nAmazon Data Firehose');
    expect(Object.fromEntries(styleOf(vertices[2]!))).toMatchObject({ shape: 'mxgraph.aws4.resourceIcon', resIcon: 'mxgraph.aws4.s3', fillColor: '#7AA116', verticalLabelPosition: 'bottom' });
  });

  it('has one edge per pipeline edge, from its source vertex to its target vertex', () => {
    const pipeline = clickstreamPipeline();
    const edges = cells(parseXml(toDrawio(pipeline)), 'edge');
    expect(edges.map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')])).toEqual(
      pipeline.edges.map((e) => [`edge-${e.id}`, `node-${e.source}`, `node-${e.target}`]),
    );
  });

  it('styles every kind with a real draw.io AWS 4 icon in its group colour, and dashes control and metadata edges', () => {
    const pipeline = everyKindPipeline();
    const doc = parseXml(toDrawio(pipeline));
    const vertices = cells(doc, 'vertex');
    expect(vertices).toHaveLength(KIND_IDS.length);
    const fills = new Set<string>(Object.values(SERVICE_GROUPS).map((g) => g.fill));
    for (const vertex of vertices) {
      const style = styleOf(vertex);
      const icon = style.get('resIcon')?.replace(/^mxgraph\.aws4\./, '');
      expect(DRAWIO_AWS4_SHAPES.has(icon ?? ''), `${vertex.getAttribute('id')}: ${style.get('resIcon')}`).toBe(true);
      expect(fills.has(style.get('fillColor') ?? ''), `${vertex.getAttribute('id')}: ${style.get('fillColor')}`).toBe(true);
    }
    const dashed = Object.fromEntries(cells(doc, 'edge').map((e) => [e.getAttribute('id'), styleOf(e).get('dashPattern') ?? 'solid']));
    expect(dashed).toEqual({ 'edge-data': 'solid', 'edge-control': '8 4', 'edge-metadata': '1 4' });
  });

  it('escapes labels, keeps their line breaks, and draws unknown kinds as a dashed box at the node size', () => {
    const pipeline = clickstreamPipeline({ name: 'A & B <script>' });
    pipeline.nodes[0]!.label = `"Fish" & <Chips>\n2nd line 🚀\u0007`;
    pipeline.nodes.push({ id: 'x&1', kind: 'quantum-lake', label: 'Future', position: { x: -100, y: -50 }, config: {} });
    pipeline.edges.push({ id: 'dangling', source: 'bucket-1', target: 'nowhere' });
    const doc = parseXml(toDrawio(pipeline));
    expect(doc.querySelectorAll('diagram')[0]?.getAttribute('name')).toBe('A & B <script>');
    const vertices = cells(doc, 'vertex');
    expect(vertices[0]!.getAttribute('value')).toBe('"Fish" & <Chips>\n2nd line 🚀\nApplication producer');
    const unknown = vertices[3]!;
    expect(unknown.getAttribute('id')).toBe('node-x&1');
    expect(styleOf(unknown).get('dashed')).toBe('1');
    expect(styleOf(unknown).has('resIcon')).toBe(false);
    expect(unknown.querySelector('mxGeometry')?.getAttribute('width')).toBe(String(NODE_WIDTH));
    expect(cells(doc, 'edge')).toHaveLength(2);
  });

  it('gives the same text for the same pipeline', () => {
    expect(toDrawio(everyKindPipeline())).toBe(toDrawio(everyKindPipeline()));
  });
});
