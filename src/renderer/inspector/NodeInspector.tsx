import { kindOf } from '../../shared/catalog/registry';
import type { PipelineNode } from '../../shared/model/pipeline';
import { documentStore } from '../state/document';
import { setNodeLabel } from '../state/operations';
import { KindIcon } from '../ui/KindIcon';
import { ConfigForm } from './ConfigForm';
import { NodeFindings } from './NodeFindings';
import { useFieldFocus } from './useFieldFocus';
import { useTextDraft } from './useTextDraft';

function LabelField({ node }: { node: PipelineNode }) {
  const draft = useTextDraft(node.label, (label) => documentStore.dispatch((d) => setNodeLabel(d, node.id, label), { label: `Rename ${node.label}` }));
  return (
    <div className="field">
      <label className="field__label" htmlFor={`label-${node.id}`}>
        Label
      </label>
      <input id={`label-${node.id}`} className="input" data-testid="inspector-label" autoComplete="off" {...draft} />
    </div>
  );
}

/** The selected node: what it is, its label, its settings form and its findings. */
export function NodeInspector({ node }: { node: PipelineNode }) {
  const kind = kindOf(node.kind);
  const root = useFieldFocus(node.id);
  return (
    <div className="inspector__content" data-testid="inspector-node" data-node-id={node.id} ref={root}>
      <div className="inspector__head">
        <KindIcon kind={node.kind} size={40} />
        <div className="inspector__head-text">
          <div className="inspector__kind">{kind?.title ?? `Unknown kind “${node.kind}”`}</div>
          <div className="inspector__id">{node.id}</div>
        </div>
      </div>
      {kind && (
        <details className="inspector__about">
          <summary>About this service</summary>
          <p>{kind.help}</p>
        </details>
      )}
      <NodeFindings nodeId={node.id} />
      <section className="inspector__section">
        <LabelField key={node.id} node={node} />
      </section>
      {kind ? (
        <section className="inspector__section" aria-label="Settings">
          <h3 className="inspector__section-title">Settings</h3>
          <ConfigForm key={node.id} nodeId={node.id} nodeLabel={node.label} kind={kind} config={node.config} />
        </section>
      ) : (
        <p className="muted">This version of Pipewright does not know this kind; its settings are kept as they are.</p>
      )}
    </div>
  );
}
