import { isKindId, type KindId } from '../../../shared/catalog/registry';

/**
 * AWS's icon colour groups, with the fill colours draw.io's AWS 4 palettes use for them
 * (jgraph/drawio, src/main/webapp/js/diagramly/sidebar/Sidebar-AWS4.js). Ids are also
 * Mermaid class names, so they stay plain words.
 */
export const SERVICE_GROUPS = {
  analytics: { title: 'Analytics', fill: '#8C4FFF' },
  compute: { title: 'Compute', fill: '#ED7100' },
  database: { title: 'Database', fill: '#C925D1' },
  storage: { title: 'Storage', fill: '#7AA116' },
  iot: { title: 'Internet of Things', fill: '#7AA116' },
  integration: { title: 'Application integration', fill: '#E7157B' },
  ml: { title: 'Machine learning', fill: '#01A88D' },
  migration: { title: 'Migration and transfer', fill: '#01A88D' },
  networking: { title: 'Networking', fill: '#8C4FFF' },
  security: { title: 'Security', fill: '#DD344C' },
  /** Outside AWS: applications, on-premises systems, third parties. */
  general: { title: 'General', fill: '#232F3D' },
} as const;
export type ServiceGroup = keyof typeof SERVICE_GROUPS;

export interface KindService {
  group: ServiceGroup;
  /**
   * The draw.io AWS 4 stencil drawn inside the service's coloured square (`mxgraph.aws4.<icon>`):
   * a service icon where draw.io has one, otherwise its closest resource icon.
   */
  drawioIcon: string;
}

/** How each kind is drawn in diagram exports; a new kind does not compile without an entry. */
export const KIND_SERVICES = {
  'app-producer': { group: 'general', drawioIcon: 'external_sdk' },
  'device-fleet': { group: 'iot', drawioIcon: 'internet_of_things' },
  'camera-fleet': { group: 'iot', drawioIcon: 'camera' },
  'onprem-database': { group: 'general', drawioIcon: 'generic_database' },
  'onprem-fileshare': { group: 'general', drawioIcon: 'folders' },
  'iot-core': { group: 'iot', drawioIcon: 'iot_core' },
  'datasync': { group: 'migration', drawioIcon: 'datasync' },
  'dms': { group: 'migration', drawioIcon: 'database_migration_service' },
  'kinesis-video-stream': { group: 'analytics', drawioIcon: 'kinesis_video_streams' },
  'kinesis-data-stream': { group: 'analytics', drawioIcon: 'kinesis_data_streams' },
  'kinesis-firehose': { group: 'analytics', drawioIcon: 'kinesis_data_firehose' },
  'kinesis-analytics': { group: 'analytics', drawioIcon: 'managed_service_for_apache_flink' },
  'lambda': { group: 'compute', drawioIcon: 'lambda' },
  'glue-etl-job': { group: 'analytics', drawioIcon: 'glue' },
  'emr-cluster': { group: 'analytics', drawioIcon: 'emr' },
  'batch-job': { group: 'compute', drawioIcon: 'batch' },
  'sagemaker': { group: 'ml', drawioIcon: 'sagemaker' },
  'rekognition-video': { group: 'ml', drawioIcon: 'rekognition_2' },
  's3-bucket': { group: 'storage', drawioIcon: 's3' },
  'redshift': { group: 'analytics', drawioIcon: 'redshift' },
  'rds': { group: 'database', drawioIcon: 'rds' },
  'dynamodb-table': { group: 'database', drawioIcon: 'dynamodb' },
  'opensearch': { group: 'analytics', drawioIcon: 'elasticsearch_service' },
  'elasticache': { group: 'database', drawioIcon: 'elasticache' },
  'splunk': { group: 'general', drawioIcon: 'generic_application' },
  'glue-data-catalog': { group: 'analytics', drawioIcon: 'glue_data_catalog' },
  'glue-crawler': { group: 'analytics', drawioIcon: 'glue_crawlers' },
  'athena': { group: 'analytics', drawioIcon: 'athena' },
  'quicksight': { group: 'analytics', drawioIcon: 'quicksight' },
  'step-functions': { group: 'integration', drawioIcon: 'step_functions' },
  'data-pipeline': { group: 'analytics', drawioIcon: 'data_pipeline' },
  'schedule': { group: 'integration', drawioIcon: 'eventbridge_scheduler' },
  'kms-key': { group: 'security', drawioIcon: 'key_management_service' },
  'vpc-endpoint': { group: 'networking', drawioIcon: 'endpoints' },
} as const satisfies Record<KindId, KindService>;

/** The kind's diagram style; undefined for a kind this version does not know. */
export function serviceOf(kind: string): KindService | undefined {
  return isKindId(kind) ? KIND_SERVICES[kind] : undefined;
}
