import type { SimulationEvent, SimulationEventType } from '../../shared/model/simulation-result';

/**
 * Events that happen again and again and matter each time (a job run, a buffer delivered, a
 * workflow execution): recorded every time, up to REPEATED_EVENTS_PER_NODE per node and type.
 * The others (a first throttle, the start of retention loss) mark a moment: only the first counts.
 */
const REPEATED: ReadonlySet<SimulationEventType> = new Set<SimulationEventType>(['job-run', 'buffer-flush', 'execution-start', 'execution-failed']);

/**
 * Bounds the result and the memory a run holds: a Firehose flushing every second for a day would
 * otherwise add 86,400 events. As many as the timeline has buckets: one marker per bucket on average.
 */
export const REPEATED_EVENTS_PER_NODE = 200;

/** The run's events, in the order they happen (which is time order: events are recorded at the current time). */
export class EventLog {
  readonly events: SimulationEvent[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly note: (text: string) => void) {}

  record(t: number, nodeId: string, label: string, type: SimulationEventType, message: string): void {
    const key = `${nodeId} ${type}`;
    const count = this.counts.get(key) ?? 0;
    const limit = REPEATED.has(type) ? REPEATED_EVENTS_PER_NODE : 1;
    this.counts.set(key, count + 1);
    if (count < limit) this.events.push({ t, nodeId, type, message });
    else if (count === limit && limit > 1) this.note(`${label}: only the first ${limit.toLocaleString('en-US')} "${type}" events are listed; the rest are counted in its statistics.`);
  }
}
