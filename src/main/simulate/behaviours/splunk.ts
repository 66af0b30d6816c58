import { capacityStore } from './capacity-store';

/**
 * Splunk (outside AWS), reached through Firehose's HTTP Event Collector destination: events
 * delivered are indexed. The Splunk deployment's capacity is not known, so there is no limit;
 * Firehose's acknowledgement timeouts and retries are not modelled.
 */
export const splunkBehaviour = capacityStore<'splunk'>(() => undefined, "the Splunk deployment's capacity and Firehose's acknowledgement retries are not modelled");
