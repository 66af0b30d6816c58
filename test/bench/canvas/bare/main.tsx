import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The benchmark's baseline: React Flow 12 as its documentation starts it (controlled nodes and
 * edges, default nodes, fitView), nothing else. `?graph=URL` is a `.pipewright` file to draw,
 * fetched when Load is clicked; `?w=&h=` size the canvas like the app's. Same zoom bounds and
 * fit padding as the app, so both show the same part of the pipeline.
 */
interface Graph {
  nodes: { id: string; label: string; position: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

const params = new URLSearchParams(location.search);
const flow = document.getElementById('flow')!;
flow.style.width = `${Number(params.get('w') ?? 1200)}px`;
flow.style.height = `${Number(params.get('h') ?? 800)}px`;

function Flow({ graph }: { graph: Graph }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } })));
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })));
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView fitViewOptions={{ padding: 0.25, maxZoom: 1.25 }} minZoom={0.1} maxZoom={2.5} />
  );
}

function Bare() {
  const [graph, setGraph] = useState<Graph>();
  useEffect(() => {
    const button = document.getElementById('load')!;
    const load = () => void fetch(params.get('graph')!).then(async (response) => setGraph((await response.json()) as Graph));
    button.addEventListener('click', load);
    return () => button.removeEventListener('click', load);
  }, []);
  return graph ? <Flow graph={graph} /> : null;
}

createRoot(flow).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
