import { documentStore, usePipeline } from '../state/document';
import { describePipeline, renamePipeline } from '../state/operations';
import { useTextDraft } from './useTextDraft';

/** Nothing selected: the pipeline itself. */
export function PipelineInspector() {
  const pipeline = usePipeline();
  const name = useTextDraft(pipeline.name, (text) => documentStore.dispatch((d) => renamePipeline(d, text), { label: 'Rename pipeline' }));
  const description = useTextDraft(pipeline.description, (text) => documentStore.dispatch((d) => describePipeline(d, text), { label: 'Describe pipeline' }));
  return (
    <div className="inspector__content" data-testid="inspector-pipeline">
      <section className="inspector__section">
        <div className="field">
          <label className="field__label" htmlFor="pipeline-name">
            Pipeline name
          </label>
          <input id="pipeline-name" className="input" data-testid="pipeline-name" autoComplete="off" {...name} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="pipeline-description">
            Description
          </label>
          <textarea id="pipeline-description" className="input" rows={5} data-testid="pipeline-description" placeholder="What this pipeline is for" {...description} />
        </div>
      </section>
      <dl className="props">
        <dt>Nodes</dt>
        <dd>{pipeline.nodes.length}</dd>
        <dt>Connections</dt>
        <dd>{pipeline.edges.length}</dd>
      </dl>
      <p className="muted inspector__tip">Select a node or a connection to see its settings. Drag services from the palette; connect an output (right) to an input (left).</p>
    </div>
  );
}
