import { forwardToEach, type Behaviour } from './types';

/**
 * A VPC gateway endpoint: a route, not a hop. What crosses it goes on unchanged and at once to every
 * target (one copy each); the reference table gives it no bandwidth limit. With no target it is a
 * sink (out = what reached it).
 */
export const vpcEndpointBehaviour: Behaviour<'vpc-endpoint'> = {
  create(_config, ctx) {
    return {
      receive(delivery) {
        ctx.stats.received(ctx.now(), delivery.records, delivery.bytes);
        forwardToEach(ctx, delivery);
      },
    };
  },
};
