import { useMemo, useState } from 'react';
import type { Pipeline } from '../../shared/model/pipeline';
import { TEMPLATES, type PipelineTemplate } from '../../shared/templates';
import { newFromTemplate } from '../commands/file-actions';
import { Modal } from './Modal';
import { TemplateThumbnail } from './TemplateThumbnail';
import './templates.css';

type Built = { template: PipelineTemplate; pipeline?: Pipeline; error?: string };

function buildAll(): Built[] {
  return TEMPLATES.map((template) => {
    try {
      return { template, pipeline: template.build() };
    } catch (error) {
      return { template, error: (error as Error).message };
    }
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "New from template": the ready-made pipelines, each with a thumbnail and its size. Choosing one
 * (after the unsaved-changes confirmation) opens it as a new, unsaved document.
 */
export function TemplateDialog({ onClose }: { onClose: () => void }) {
  const built = useMemo(() => buildAll(), []);
  const [busy, setBusy] = useState(false);
  const choose = async (template: PipelineTemplate) => {
    setBusy(true);
    try {
      if (await newFromTemplate(template)) onClose();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="New from template" testId="template-dialog" size="medium" onCancel={onClose}>
      <p className="modal__text">Start from a reference pipeline. It opens as a new document; nothing is saved until you save it.</p>
      <ul className="templates" role="list">
        {built.map(({ template, pipeline, error }) => (
          <li key={template.id}>
            <button
              type="button"
              className="template"
              data-testid={`template-${template.id}`}
              disabled={!pipeline || busy}
              onClick={() => void choose(template)}
              title={error ? `This template cannot be built: ${error}` : `Open “${template.title}” as a new pipeline`}
            >
              <span className="template__thumb">{pipeline && <TemplateThumbnail pipeline={pipeline} />}</span>
              <span className="template__text">
                <span className="template__title">{template.title}</span>
                <span className="template__description">{template.description}</span>
                <span className="template__meta">
                  {pipeline ? `${plural(pipeline.nodes.length, 'service')} · ${plural(pipeline.edges.length, 'connection')}` : `Cannot be built: ${error}`}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
