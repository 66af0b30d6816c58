import type { ConfigOf } from '../../../../shared/catalog/registry';
import { ExportError } from '../../errors';
import { kinesisStreamWrite, kinesisVideoRead, kmsUse, s3Put, serviceRole, snsPublish } from '../../iam/grants';
import type { PolicyStatement } from '../../iam/policy';
import { streamKeyArn } from './kinesis-data-stream';
import { videoStreamKeyArn } from './kinesis-video-stream';
import { nodeName, type DeepPartial, type ImportView, type KindMapping, type Mapper } from '../mapper';
import { defined, oneOf, plainArray, plainNumber, plainObject, plainString } from '../plain';
import { bucketKeyArn } from '../references';
import { getAtt, output, ref, retained, type CfnResource, type Tag, type TemplateValue } from '../template';

type Config = ConfigOf<'rekognition-video'>;

/** Rekognition tag values allow only letters, digits and + - = . _ : / @, at least one of them (no spaces, unlike most services). */
const rekognitionTags = (tags: readonly Tag[]): Tag[] =>
  tags.map((tag) => ({ Key: tag.Key, Value: typeof tag.Value === 'string' ? tag.Value.replace(/[^a-zA-Z0-9+\-=._:/@]/g, '-') || '-' : tag.Value }));

/**
 * rekognition-video → an AWS::Rekognition::StreamProcessor reading its Kinesis video stream, with
 * the role Rekognition acts with. Face search: the face collection (a parameter-named
 * AWS::Rekognition::Collection, retained since it holds the indexed faces) and match records to
 * the Kinesis data stream. Connected home: labels and confidence, frames and results to the S3
 * bucket, and the SNS topic Rekognition notifies, which this mode requires.
 */
const mapRekognitionVideo: Mapper<'rekognition-video'> = (node, config, ctx) => {
  const id = ctx.logicalId;
  const video = ctx.sourcesOfKind('kinesis-video-stream')[0];
  if (!video) throw new ExportError(`Cannot export: Rekognition Video ${nodeName(node)} has no input. Connect a Kinesis video stream.`);
  const roleId = ctx.derivedId('Role');
  const tags = rekognitionTags(ctx.tags);
  const statements: PolicyStatement[] = [...kinesisVideoRead(video.logicalId, videoStreamKeyArn(ctx, video))];
  const resources: Record<string, CfnResource> = {};
  const outputs: Record<string, ReturnType<typeof output>> = {};
  const dependsOn: string[] = [];
  const properties: Record<string, TemplateValue> = { KinesisVideoStream: { Arn: getAtt(video.logicalId, 'Arn') }, RoleArn: getAtt(roleId, 'Arn') };

  if (config.mode === 'face-search') {
    const stream = ctx.targetsOfKind('kinesis-data-stream')[0];
    if (!stream) throw new ExportError(`Cannot export: Rekognition Video ${nodeName(node)} searches faces, whose results go to a Kinesis data stream. Connect one.`);
    const collectionId = ctx.derivedId('Collection');
    const collectionName = ctx.parameter(`${id}CollectionId`, {
      Type: 'String',
      Description: `Face collection "${node.label}" searches (index the faces to look for into it).`,
      Default: config.collectionId,
      AllowedPattern: '^[a-zA-Z0-9_.-]{1,255}$',
    });
    resources[collectionId] = retained({ Type: 'AWS::Rekognition::Collection', Properties: { CollectionId: collectionName, Tags: tags } });
    // The id by parameter (so it reads back as set), and DependsOn so that the collection exists first.
    properties.FaceSearchSettings = { CollectionId: collectionName, FaceMatchThreshold: config.faceMatchThreshold };
    dependsOn.push(collectionId);
    properties.KinesisDataStream = { Arn: getAtt(stream.logicalId, 'Arn') };
    statements.push(...kinesisStreamWrite(stream.logicalId), ...kmsUse(streamKeyArn(ctx, stream), ['kms:GenerateDataKey']));
    outputs[ctx.derivedId('CollectionId')] = output(`Face collection of "${node.label}"`, ref(collectionId));
  } else {
    const bucket = ctx.targetsOfKind('s3-bucket')[0];
    if (!bucket) throw new ExportError(`Cannot export: Rekognition Video ${nodeName(node)} detects labels, whose results go to an S3 bucket. Connect one.`);
    const topicId = ctx.derivedId('Notifications');
    resources[topicId] = { Type: 'AWS::SNS::Topic', Properties: { DisplayName: `Detections of ${node.label}`.slice(0, 100), Tags: [...ctx.tags] } };
    properties.ConnectedHomeSettings = { Labels: [...new Set(config.labels)], MinConfidence: config.minConfidence };
    properties.S3Destination = { BucketName: ref(bucket.logicalId) };
    properties.NotificationChannel = { Arn: ref(topicId) };
    statements.push(...s3Put(bucket.logicalId, bucketKeyArn(ctx, bucket)), ...snsPublish(topicId));
    outputs[ctx.derivedId('TopicArn')] = output(`SNS topic notified of the detections of "${node.label}"`, ref(topicId));
  }
  properties.Tags = tags;
  resources[id] = { Type: 'AWS::Rekognition::StreamProcessor', Properties: properties, ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}) };
  resources[roleId] = serviceRole({ service: 'rekognition.amazonaws.com', description: `Lets the Rekognition stream processor "${node.label}" read its video and write its results.`, statements, tags: ctx.tags });
  outputs[ctx.derivedId('Name')] = output(`Name of the stream processor "${node.label}" (start it with StartStreamProcessor)`, ref(id));
  return { resources, outputs, notes: [`${nodeName(node)}: a stream processor is created stopped; start it with StartStreamProcessor.`] };
};

function readRekognitionVideo(view: ImportView): DeepPartial<Config> {
  const p = view.main.properties;
  const face = plainObject(p.FaceSearchSettings);
  const home = plainObject(p.ConnectedHomeSettings);
  const labels = plainArray(home?.Labels).flatMap((label) => oneOf(label, ['PERSON', 'PET', 'PACKAGE', 'ALL'] as const) ?? []);
  return defined({
    mode: face ? ('face-search' as const) : home ? ('connected-home' as const) : undefined,
    collectionId: plainString(face?.CollectionId),
    faceMatchThreshold: plainNumber(face?.FaceMatchThreshold),
    labels: labels.length > 0 ? labels : undefined,
    minConfidence: plainNumber(home?.MinConfidence),
  });
}

export const rekognitionVideoMapping: KindMapping<'rekognition-video'> = {
  mainType: 'AWS::Rekognition::StreamProcessor',
  toCfn: mapRekognitionVideo,
  fromCfn: readRekognitionVideo,
};
