import { kindOf } from '../../shared/catalog/registry';
import type { Pipeline, PipelineEdge } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { deleteElements } from '../state/operations';
import { clearSelection } from '../state/selection';
import { Icon } from '../ui/icons';
import { EDGE_KINDS, edgeKindOf } from '../canvas/edge-kinds';

/** The selected connection: its two ends, what AWS calls it, and a way to remove it. */
export function EdgeInspector({ edge, pipeline }: { edge: PipelineEdge; pipeline: Pipeline }) {
  const source = pipeline.nodes.find((n) => n.id === edge.source);
  const target = pipeline.nodes.find((n) => n.id === edge.target);
  const targetKind = target && kindOf(target.kind);
  const port = targetKind?.inputs.find((p) => p.id === (edge.targetPort ?? targetKind.inputs[0]?.id));
  const via = source && port?.accepts?.[source.kind];
  const carries = EDGE_KINDS.find((k) => k.kind === edgeKindOf(source?.kind, edge.sourcePort));
  return (
    <div className="inspector__content" data-testid="inspector-edge">
      <div className="inspector__head">
        <div className="inspector__head-text">
          <div className="inspector__kind">Connection</div>
          <div className="inspector__id">{edge.id}</div>
        </div>
      </div>
      <dl className="props">
        <dt>From</dt>
        <dd>{source?.label ?? `${edge.source} (missing)`}</dd>
        <dt>To</dt>
        <dd>{target?.label ?? `${edge.target} (missing)`}</dd>
        {carries && (
          <>
            <dt>Carries</dt>
            <dd data-testid="edge-kind" data-edge-kind={carries.kind}>
              {carries.title}: {carries.description.toLowerCase()}
            </dd>
          </>
        )}
        {via && (
          <>
            <dt>Via</dt>
            <dd>{via}</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="btn btn--danger"
        onClick={() => {
          documentStore.dispatch((d) => deleteElements(d, [], [edge.id]), { label: 'Delete connection' });
          clearSelection();
        }}
      >
        <Icon name="delete" /> Delete connection
      </button>
    </div>
  );
}
