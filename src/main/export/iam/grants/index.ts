/**
 * What one connection needs, as identity-policy statements on the connected resource's ARNs only.
 * Every role a mapper makes is the sum of the grants of its node's edges: no `*` where the service
 * supports resource-level permissions. Action lists follow each service's "actions, resources and
 * condition keys" page of the Service Authorization Reference.
 */
export { arnOf, bucketArns } from './arns';
export * from './roles';
export * from './storage';
export * from './streaming';
export * from './security';
export * from './analytics';
export * from './orchestration';
