import { usePipeline } from '../state/document';
import { useSelection } from '../state/selection';
import { EdgeInspector } from './EdgeInspector';
import { NodeInspector } from './NodeInspector';
import { PipelineInspector } from './PipelineInspector';
import './inspector.css';

/** The right-hand panel: the selected node, else the selected connection, else the pipeline. */
export function Inspector() {
  const pipeline = usePipeline();
  const selection = useSelection();
  const nodes = selection.nodeIds.map((id) => pipeline.nodes.find((n) => n.id === id)).filter((n) => n !== undefined);
  const edge = selection.edgeIds.length > 0 ? pipeline.edges.find((e) => e.id === selection.edgeIds[0]) : undefined;
  const count = nodes.length + selection.edgeIds.length;
  return (
    <div className="inspector">
      <div className="pane-header">{count > 1 ? `${count} selected` : nodes[0] ? 'Node' : edge ? 'Connection' : 'Pipeline'}</div>
      <div className="inspector__scroll">
        {nodes.length === 1 && selection.edgeIds.length === 0 ? (
          <NodeInspector node={nodes[0]!} />
        ) : count > 1 ? (
          <p className="empty">{count} items selected. Delete removes them together.</p>
        ) : edge ? (
          <EdgeInspector edge={edge} pipeline={pipeline} />
        ) : (
          <PipelineInspector />
        )}
      </div>
    </div>
  );
}
