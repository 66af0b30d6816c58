import type { AwsLimit } from './units';

const FACE_SEARCH = 'Amazon Rekognition API reference, FaceSearchSettings (FaceMatchThreshold 0–100, default 80; CollectionId 1–255 characters)';

export const REKOGNITION_LIMITS_TABLE = {
  faceMatchThresholdDefault: { value: 80, unit: '%', source: FACE_SEARCH },
  faceMatchThresholdEffectiveMin: { value: 80, unit: '% (lower values are raised to 80)', source: FACE_SEARCH },
  collectionIdMaxLength: { value: 255, unit: 'characters', source: FACE_SEARCH },
} as const satisfies Record<string, AwsLimit>;
