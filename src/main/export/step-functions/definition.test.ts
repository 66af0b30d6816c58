import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../../shared/templates';
import { buildPipeline, node } from '../../../shared/templates/build';
import { controlFlowPipeline, everyIntegrationPipeline, nestedPipeline, nightlyPipeline } from '../../../../test/fixtures/workflows';
import { ExportError } from '../errors';
import { choiceRule, conditionOf } from './choice';
import { readStates, renderAsl, stateMachineDefinitions } from './index';
import { aslErrors, machine as build } from './testing/asl';

// The builder is tested as if every started kind were exported: which kinds other mappers cover yet is not its concern.
vi.mock('../cloudformation/references', async (importOriginal) => ({ ...(await importOriginal<typeof import('../cloudformation/references')>()), exportsResource: () => true }));

const EXPRESS = { type: 'EXPRESS', timeoutSeconds: 300, invocation: 'asynchronous' } as const;

describe('the order and shape the settings describe', () => {
  it('binds Task states to started nodes and places unnamed ones by edge order (the batch layer template)', () => {
    const template = TEMPLATES.find((t) => t.id === 'batch-layer')!.build();
    const states = build(template, 'NightlyWorkflow').definition.States;
    const main = Object.entries(states).filter(([, s]) => !String(s.Comment ?? '').startsWith('Added by Pipewright'));
    expect(main.map(([name]) => name)).toEqual(['Raw crawler', 'Run Glue job', 'Nightly report', 'Done']);
    expect(states['Run Glue job']!.Next).toBe('Nightly report');
  });

  it('leaves out tasks with nothing to start and states after the end, saying so', () => {
    const pipeline = buildPipeline({ title: 'Gaps', description: '' }, [
      node('glue-crawler', 'crawler', 'Crawler', [1, 0]),
      node('step-functions', 'flow', 'Flow', [0, 0], {
        states: [
          { type: 'Task', name: 'Invoke', resource: 'lambda:invoke', pattern: 'request-response', retry: [] },
          { type: 'Succeed', name: 'Done' },
          { type: 'Pass', name: 'Never' },
        ],
      }),
    ], [['flow', 'crawler']]);
    const flow = build(pipeline, 'Flow');
    expect(Object.keys(flow.definition.States).filter((n) => !n.includes(':') && n !== 'Step failed')).toEqual(['Crawler', 'Done']);
    expect(flow.notes).toEqual([
      '"Flow": the task "Invoke" (lambda:invoke) has no AWS Lambda function connected to start; it is left out.',
      '"Flow": "Never" come after the Succeed state "Done", so they never run; left out.',
    ]);
  });

  it('keeps a machine with nothing left to run deployable: one Succeed state, and a note', () => {
    const pipeline = buildPipeline({ title: 'Empty', description: '' }, [
      node('step-functions', 'flow', 'Flow', [0, 0], { states: [{ type: 'Task', name: 'Invoke', resource: 'lambda:invoke', pattern: 'request-response', retry: [] }] }),
    ], []);
    const flow = build(pipeline, 'Flow');
    expect(flow.definition).toEqual({
      Comment: 'Pipewright workflow "Flow"',
      StartAt: 'Nothing to run',
      TimeoutSeconds: 86_400,
      States: { 'Nothing to run': { Type: 'Succeed', Comment: 'Added by Pipewright: no state of this workflow could be exported' } },
    });
    expect(flow.notes.at(-1)).toBe('"Flow" has no state the export can run: its state machine only succeeds.');
    expect(aslErrors(flow.definition)).toEqual([]);
  });

  it('renders Choice, Wait, Parallel (one branch per following task), Map and Pass', () => {
    const { definition } = build(controlFlowPipeline(), 'Flow');
    const s = definition.States;
    expect(s['Count rows']).toMatchObject({ Next: 'Any rows?', OutputPath: '$.Payload' });
    expect(s['Any rows?']).toEqual({ Type: 'Choice', Choices: [{ Variable: '$.rows', NumericGreaterThan: 0, Next: 'Settle' }], Default: 'Any rows?: not met' });
    expect(s['Any rows?: not met']!.Type).toBe('Succeed');
    expect(s.Settle).toEqual({ Type: 'Wait', Seconds: 30, Next: 'Fan out' });
    expect(s['Fan out']).toMatchObject({ Type: 'Parallel', ResultPath: null, Next: 'Each partition' });
    expect((s['Fan out']!.Branches as { StartAt: string }[]).map((b) => b.StartAt)).toEqual(['Score', 'Archive']);
    expect(s['Each partition']).toMatchObject({ Type: 'Map', MaxConcurrency: 4, ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Compact' }, Next: 'Finish' });
    expect(s.Finish).toEqual({ Type: 'Pass', End: true });
    // Errors inside branches fail the branch; the Parallel and Map states catch them.
    expect(JSON.stringify(s['Fan out']!.Branches)).not.toContain('Catch');
  });

  it('uses .waitForTaskToken where AWS offers callbacks, and says so where it does not', () => {
    const pipeline = buildPipeline({ title: 'Callbacks', description: '' }, [
      node('lambda', 'fn', 'Approve', [1, 0]),
      node('s3-bucket', 'raw', 'Raw', [1, 1]),
      node('glue-etl-job', 'etl', 'Job', [1, 2]),
      node('step-functions', 'flow', 'Flow', [0, 0], {
        states: [
          { type: 'Task', name: 'Ask', resource: 'lambda:invoke', pattern: 'wait-for-callback', retry: [] },
          { type: 'Task', name: 'Run', resource: 'glue:startJobRun', pattern: 'wait-for-callback', retry: [] },
        ],
      }),
    ], [['raw', 'etl'], ['flow', 'fn'], ['flow', 'etl']]);
    const flow = build(pipeline, 'Flow');
    expect(flow.definition.States.Ask).toMatchObject({ Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { Payload: { 'input.$': '$', 'taskToken.$': '$$.Task.Token' } } });
    expect(flow.definition.States.Run!.Resource).toBe('arn:aws:states:::glue:startJobRun');
    expect(flow.notes).toContain('"Flow": the task "Run": glue:startJobRun has no Wait for a Callback pattern; it goes on once the call returns.');
  });

  it('says which tasks it cannot export: Athena queries, SageMaker endpoints, training without an output bucket', () => {
    const pipeline = buildPipeline({ title: 'Unsupported', description: '' }, [
      node('athena', 'athena', 'Queries', [1, 0]),
      node('sagemaker', 'endpoint', 'Endpoint', [1, 1], { workload: { mode: 'endpoint' } }),
      node('sagemaker', 'training', 'Training', [1, 2]),
      node('step-functions', 'flow', 'Flow', [0, 0], { states: [{ type: 'Pass', name: 'Start' }] }),
    ], [['flow', 'athena'], ['flow', 'endpoint'], ['flow', 'training']]);
    expect(build(pipeline, 'Flow').notes).toEqual([
      '"Flow": the task "Queries" (athena:startQueryExecution) is not exported: no setting holds the query to run. Add it by hand.',
      '"Flow": the task "Endpoint" is left out: "Endpoint" is in endpoint mode; the workflow export starts SageMaker training jobs only.',
      '"Flow": the task "Training" is left out: "Training" has no S3 bucket for its model artifacts: connect its S3 output to one.',
    ]);
  });
});

describe('Choice conditions', () => {
  it.each([
    ['$.rows > 0', { Variable: '$.rows', NumericGreaterThan: 0 }],
    ['$.size <= 1.5', { Variable: '$.size', NumericLessThanEquals: 1.5 }],
    ["$.status == 'ok'", { Variable: '$.status', StringEquals: 'ok' }],
    ['$.full != true', { Not: { Variable: '$.full', BooleanEquals: true } }],
  ])('%s', (condition, rule) => {
    expect(choiceRule(condition)).toEqual(rule);
    expect(conditionOf(rule)).toBe(condition);
  });

  it.each(['', 'rows > 0', '$.rows >', '$.ok > true', '$.a == b'])('refuses "%s"', (condition) => {
    expect(choiceRule(condition)).toBeUndefined();
  });
});

describe('asl-validator', () => {
  const machines: [string, unknown][] = [
    ...[everyIntegrationPipeline(), everyIntegrationPipeline({ workflow: EXPRESS }), nightlyPipeline(), nestedPipeline(), controlFlowPipeline()].flatMap((p) =>
      Object.entries(stateMachineDefinitions(p)).map(([id, d]) => [`${p.name}/${id}`, d] as [string, unknown]),
    ),
    ...TEMPLATES.flatMap((t) => Object.entries(stateMachineDefinitions(t.build())).map(([id, d]) => [`template ${t.id}/${id}`, d] as [string, unknown])),
  ];

  it('has the reference templates’ workflows among the machines it checks', () => {
    expect(machines.map(([name]) => name)).toEqual(expect.arrayContaining(['template batch-layer/NightlyWorkflow', 'template data-lake/NightlyWorkflow']));
  });

  it.each(machines)('accepts %s', (_name, definition) => {
    expect(aslErrors(definition)).toEqual([]);
  });

  it('rejects a broken definition (the check is not vacuous)', () => {
    const definition = structuredClone(stateMachineDefinitions(nightlyPipeline()).NightlyWorkflow!);
    definition.States['Transform to Parquet']!.Next = 'Nowhere';
    expect(aslErrors(definition).length).toBeGreaterThan(0);
    const noResource = structuredClone(stateMachineDefinitions(nightlyPipeline()).NightlyWorkflow!);
    noResource.States['Transform to Parquet']!.Resource = 'glue:startJobRun';
    expect(aslErrors(noResource).length).toBeGreaterThan(0);
  });
});

describe('renderAsl', () => {
  it('writes one machine as its definition, with ${…} placeholders', () => {
    const text = renderAsl(nightlyPipeline());
    expect(JSON.parse(text)).toEqual(stateMachineDefinitions(nightlyPipeline()).NightlyWorkflow);
    expect(text).toContain('"JobName": "${RawToParquetJobName}"');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes several machines as an object keyed by logical id', () => {
    expect(Object.keys(JSON.parse(renderAsl(nestedPipeline())) as object)).toEqual(['Parent', 'Child']);
  });

  it('refuses a pipeline without a workflow', () => {
    const pipeline = nightlyPipeline();
    pipeline.nodes = pipeline.nodes.filter((n) => n.kind !== 'step-functions');
    pipeline.edges = pipeline.edges.filter((e) => e.source !== 'workflow' && e.target !== 'workflow');
    expect(() => renderAsl(pipeline)).toThrow(ExportError);
  });
});

describe('reading a definition back', () => {
  it.each([
    ['the nightly batch', nightlyPipeline(), 'NightlyWorkflow'],
    ['control flow', controlFlowPipeline(), 'Flow'],
    [
      'callbacks and retries',
      buildPipeline({ title: 'Callback', description: '' }, [
        node('lambda', 'fn', 'Approve', [1, 0]),
        node('step-functions', 'flow', 'Flow', [0, 0], {
          states: [
            { type: 'Task', name: 'Ask', resource: 'lambda:invoke', pattern: 'wait-for-callback', retry: [{ errorEquals: ['Lambda.Unknown'], intervalSeconds: 5, maxAttempts: 1, backoffRate: 1.5 }] },
            { type: 'Fail', name: 'Stop' },
          ],
        }),
      ], [['flow', 'fn']]),
      'Flow',
    ],
  ])('gives back the states of %s', (_name, pipeline, id) => {
    const states = pipeline.nodes.find((n) => n.kind === 'step-functions')!.config.states;
    expect(readStates(build(pipeline, id).definition)).toEqual(states);
  });
});
