import { describe, expect, it } from 'vitest';
import { STEP_FUNCTIONS_LIMITS_TABLE as L } from '../../shared/catalog/limits/step-functions';
import type { SimulationResult } from '../../shared/model/simulation-result';
import { CRAWL_POLL_SECONDS } from './behaviours/step-functions-execution';
import { balances, runChain, statsOf, type TestNode } from './behaviours/testing';
import { REPEATED_EVENTS_PER_NODE } from './event-log';

const DAY = 86_400;
const hourly: TestNode = { id: 'tick', kind: 'schedule', config: { expression: 'rate(1 hour)' } };
const workflow = (states: unknown[], workflow?: unknown): TestNode => ({ id: 'sf', kind: 'step-functions', config: { states, ...(workflow ? { workflow } : {}) } });
const glueJob = (runMinutes: number, id = 'g'): TestNode => ({ id, kind: 'glue-etl-job', config: { runMinutes, trigger: { type: 'on-demand' } } });
const batchJob = (runMinutes: number): TestNode => ({ id: 'b', kind: 'batch-job', config: { runMinutes } });
const task = (name: string, resource: string, pattern = 'sync') => ({ type: 'Task', name, resource, pattern, retry: [] });
const succeed = { type: 'Succeed', name: 'Done' };

const times = (result: SimulationResult, nodeId: string, type: string) => result.events.filter((e) => e.nodeId === nodeId && e.type === type).map((e) => e.t);

describe('control signals', () => {
  it('rate(1 hour) schedule → Step Functions (Glue .sync, Succeed) → Glue job over 24 h: 24 executions, 24 runs, 2 transitions each', () => {
    const nodes = [hourly, workflow([task('Run Glue job', 'glue:startJobRun'), succeed]), glueJob(5), { id: 'out', kind: 's3-bucket' } as TestNode];
    const result = runChain(nodes, { durationSeconds: DAY, resolutionSeconds: 60 }, {}, [['tick', 'sf'], ['sf', 'g'], ['g', 'out']]);
    expect(statsOf(result, 'sf').usage).toMatchObject({ executions: 24, stateTransitions: 48 });
    expect(statsOf(result, 'g').usage).toMatchObject({ runs: 24, dpuSeconds: 24 * 10 * 300 });
    expect(times(result, 'sf', 'execution-start')).toEqual(Array.from({ length: 24 }, (_, h) => h * 3_600));
    expect(times(result, 'g', 'job-run')).toEqual(Array.from({ length: 24 }, (_, h) => h * 3_600));
    expect(times(result, 'sf', 'execution-failed')).toEqual([]);
  });

  it('a .sync task waits for the job to end; a request-response task goes on at once', () => {
    const edges: [string, string][] = [['tick', 'sf'], ['sf', 'g'], ['sf', 'b']];
    const sync = runChain([hourly, workflow([task('Glue', 'glue:startJobRun'), task('Batch', 'batch:submitJob'), succeed]), glueJob(10), batchJob(5)], { durationSeconds: 3_600 }, {}, edges);
    // The Batch job starts when the 10-minute Glue run ends.
    expect(times(sync, 'b', 'job-run')).toEqual([600]);
    expect(statsOf(sync, 'sf').usage).toMatchObject({ executions: 1, stateTransitions: 3 });
    const async = runChain([hourly, workflow([task('Glue', 'glue:startJobRun', 'request-response'), task('Batch', 'batch:submitJob'), succeed]), glueJob(10), batchJob(5)], { durationSeconds: 3_600 }, {}, edges);
    expect(times(async, 'b', 'job-run')).toEqual([0]);
  });

  it('tasks follow the control edges in the export order: a connected node no Task names runs in edge order', () => {
    // No Task state names the second job: the export places it by edge order, before the final Succeed.
    const result = runChain([hourly, workflow([task('First', 'glue:startJobRun'), succeed]), glueJob(10, 'g1'), glueJob(20, 'g2')], { durationSeconds: 3_600 }, {}, [['tick', 'sf'], ['sf', 'g1'], ['sf', 'g2']]);
    expect(times(result, 'g1', 'job-run')).toEqual([0]);
    expect(times(result, 'g2', 'job-run')).toEqual([600]);
    expect(statsOf(result, 'sf').usage).toMatchObject({ stateTransitions: 3 });
  });

  it('an Express execution longer than 5 minutes fails with States.Timeout; a Standard one over its timeout too', () => {
    const lambda: TestNode = { id: 'fn', kind: 'lambda', config: { batchDurationSeconds: 600 } };
    const express = runChain([hourly, workflow([task('Invoke', 'lambda:invoke', 'request-response'), succeed], { type: 'EXPRESS' }), lambda], { durationSeconds: 3 * 3_600 }, {}, [['tick', 'sf'], ['sf', 'fn']]);
    expect(times(express, 'sf', 'execution-failed')).toEqual([L.expressMaxDurationSeconds.value, 3_600 + 300, 7_200 + 300]);
    expect(express.events.find((e) => e.type === 'execution-failed')?.message).toMatch(/States\.Timeout/);
    expect(express.notes.some((n) => n.includes('Express executions run at most 300 s'))).toBe(true);
    // Only the Invoke state was entered: the Succeed after it never runs.
    expect(statsOf(express, 'sf').usage).toMatchObject({ executions: 3, stateTransitions: 3 });

    const standard = runChain([hourly, workflow([task('Glue', 'glue:startJobRun'), succeed], { type: 'STANDARD', timeoutSeconds: 600 }), glueJob(15)], { durationSeconds: 3_600 }, {}, [['tick', 'sf'], ['sf', 'g']]);
    expect(times(standard, 'sf', 'execution-failed')).toEqual([600]);
    // The job it started runs on to its end.
    expect(statsOf(standard, 'g').usage).toMatchObject({ runs: 1, dpuSeconds: 10 * 900 });
  });

  it('an Express workflow does not wait for jobs, so a 10-minute Glue run does not make it fail', () => {
    const result = runChain([hourly, workflow([task('Glue', 'glue:startJobRun', 'request-response'), succeed], { type: 'EXPRESS' }), glueJob(10)], { durationSeconds: 3_600 }, {}, [['tick', 'sf'], ['sf', 'g']]);
    expect(times(result, 'sf', 'execution-failed')).toEqual([]);
    expect(statsOf(result, 'g').usage?.runs).toBe(1);
  });

  it('Wait states wait; Parallel starts the tasks after it together and goes on when all have ended', () => {
    // The Parallel state takes the Task states that follow it (as the export writes it); the Pass state ends the run of tasks.
    const states = [{ type: 'Wait', name: 'Pause', seconds: 120 }, { type: 'Parallel', name: 'Both' }, task('Glue', 'glue:startJobRun'), task('Batch', 'batch:submitJob'), { type: 'Pass', name: 'Joined' }, task('Again', 'glue:startJobRun'), succeed];
    const nodes = [hourly, workflow(states), glueJob(10), batchJob(5), glueJob(1, 'g2')];
    const result = runChain(nodes, { durationSeconds: 3_600 }, {}, [['tick', 'sf'], ['sf', 'g'], ['sf', 'b'], ['sf', 'g2']]);
    expect(times(result, 'g', 'job-run')).toEqual([120]);
    expect(times(result, 'b', 'job-run')).toEqual([120]);
    // "Again" follows the Parallel state: it starts when the longer branch (10 min) ends.
    expect(times(result, 'g2', 'job-run')).toEqual([720]);
    // Wait, Parallel, its two branch tasks, Joined, Again, Done.
    expect(statsOf(result, 'sf').usage?.stateTransitions).toBe(7);
  });

  it('a crawl is polled once a minute (3 states a poll), and a nested workflow run .sync is waited for', () => {
    const crawl = runChain([hourly, workflow([task('Crawl', 'glue:startCrawler', 'request-response'), task('Glue', 'glue:startJobRun'), succeed]), { id: 'c', kind: 'glue-crawler' }, glueJob(5)], { durationSeconds: 3_600 }, {}, [
      ['tick', 'sf'],
      ['sf', 'c'],
      ['sf', 'g'],
    ]);
    expect(statsOf(crawl, 'c').usage?.runs).toBe(1);
    expect(times(crawl, 'g', 'job-run')).toEqual([CRAWL_POLL_SECONDS]);
    expect(statsOf(crawl, 'sf').usage?.stateTransitions).toBe(1 + 3 + 1 + 1);

    const child: TestNode = { id: 'child', kind: 'step-functions', config: { states: [{ type: 'Wait', name: 'Hold', seconds: 300 }, succeed] } };
    const nested = runChain([hourly, workflow([task('Child', 'states:startExecution'), task('Glue', 'glue:startJobRun'), succeed]), child, glueJob(5)], { durationSeconds: 3_600 }, {}, [
      ['tick', 'sf'],
      ['sf', 'child'],
      ['sf', 'g'],
    ]);
    expect(statsOf(nested, 'child').usage).toMatchObject({ executions: 1, stateTransitions: 2 });
    expect(times(nested, 'g', 'job-run')).toEqual([300]);
  });

  it('an EMR target runs its steps one after the other, one Task state each', () => {
    const steps = [1, 2].map((n) => ({ name: `Step ${n}`, type: 'Spark', script: `s3://b/${n}.py`, actionOnFailure: 'CONTINUE' }));
    const emr: TestNode = { id: 'emr', kind: 'emr-cluster', config: { steps, stepRunMinutes: 3, terminateAfterSteps: false } };
    const result = runChain([hourly, workflow([task('Steps', 'elasticmapreduce:addStep'), succeed]), emr], { durationSeconds: 3_600 }, {}, [['tick', 'sf'], ['sf', 'emr']]);
    expect(times(result, 'emr', 'job-run')).toEqual([0, 180]);
    expect(statsOf(result, 'sf').usage?.stateTransitions).toBe(3);
  });

  it('a schedule starts jobs directly, on demand jobs run only when started, and a disabled schedule starts nothing', () => {
    const producer: TestNode = { id: 'p', kind: 'app-producer', config: { recordsPerSecond: 1, recordSizeBytes: 100 } };
    const edges: [string, string][] = [['tick', 'g'], ['p', 'g'], ['g', 'out']];
    const nodes = [{ ...hourly, config: { expression: 'rate(6 hours)' } }, producer, glueJob(5), { id: 'out', kind: 's3-bucket' } as TestNode];
    const result = runChain(nodes, { durationSeconds: DAY, resolutionSeconds: 60 }, {}, edges);
    expect(times(result, 'g', 'job-run')).toEqual([0, 21_600, 43_200, 64_800]);
    // Each run takes what arrived before it: the records after the last run (18:00) stay buffered.
    expect(statsOf(result, 'g')).toMatchObject({ recordsIn: DAY, recordsOut: 64_800, recordsBuffered: DAY - 64_800 });
    expect(balances(statsOf(result, 'g'))).toBe(true);

    const off = runChain([{ ...hourly, config: { expression: 'rate(1 hour)', enabled: false } }, glueJob(5)], { durationSeconds: 3_600 });
    expect(statsOf(off, 'g').usage).toBeUndefined();
    expect(off.notes.some((n) => n.includes('disabled'))).toBe(true);
  });

  it('leaves out a control edge that closes a loop of starts, so two workflows starting each other run once each', () => {
    const start = task('Other', 'states:startExecution', 'request-response');
    const nodes: TestNode[] = [hourly, { id: 'a', kind: 'step-functions', config: { states: [start, succeed] } }, { id: 'b', kind: 'step-functions', config: { states: [start, succeed] } }];
    const result = runChain(nodes, { durationSeconds: 3_600 }, {}, [['tick', 'a'], ['a', 'b'], ['b', 'a']]);
    expect(statsOf(result, 'a').usage?.executions).toBe(1);
    expect(statsOf(result, 'b').usage?.executions).toBe(1);
    expect(result.notes.some((n) => n.startsWith('Edge e2: it closes a loop'))).toBe(true);
  });

  it('records every job run and buffer flush, up to a bound per node with a note', () => {
    // A Firehose with a 60 s buffer fed 1 record/s delivers once a minute: 1,440 flushes in a day.
    const nodes: TestNode[] = [
      { id: 'p', kind: 'app-producer', config: { recordsPerSecond: 1, recordSizeBytes: 100 } },
      { id: 'f', kind: 'kinesis-firehose', config: { bufferIntervalSeconds: 60 } },
      { id: 'out', kind: 's3-bucket' },
    ];
    const result = runChain(nodes, { durationSeconds: DAY, resolutionSeconds: 1 });
    expect(statsOf(result, 'f').objectsWritten).toBe(1_440);
    const flushes = times(result, 'f', 'buffer-flush');
    expect(flushes).toHaveLength(REPEATED_EVENTS_PER_NODE);
    expect(flushes.slice(0, 2)).toEqual([60, 120]);
    expect(result.notes.some((n) => n.includes(`only the first ${REPEATED_EVENTS_PER_NODE.toLocaleString('en-US')} "buffer-flush" events`))).toBe(true);
    // The first throttle stays a single moment.
    expect(result.events.filter((e) => e.type === 'first-throttle')).toHaveLength(0);
  });
});
