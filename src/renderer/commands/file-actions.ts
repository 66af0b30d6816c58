import { emptyPipeline } from '../../shared/model/pipeline';
import type { PipelineTemplate } from '../../shared/templates';
import { api, transportKind } from '../api/client';
import { askPath, showError } from '../dialogs/dialog-store';
import { settleUnsavedChanges } from '../files/unsaved-changes';
import { appInfoStore } from '../state/app-info';
import { documentStore } from '../state/document';
import { notify } from '../state/notices';
import { clearSelection } from '../state/selection';
import { simulationStore } from '../state/simulation';
import { dirOf, fileStem, joinPath } from '../util/paths';

const EXTENSION = '.pipewright';
// Until main has answered app:info, assume what the transport usually has.
const nativeDialogs = () => appInfoStore.get()?.nativeDialogs ?? transportKind === 'electron';
const documentsDir = () => appInfoStore.get()?.documentsDir ?? '';

/** With unsaved changes, asks whether to save them first. True when it is fine to replace the document. */
const confirmDiscard = (action: string) => settleUnsavedChanges(action, saveDocument);

/** Puts another document in the window: a fresh selection and no simulation result of the old one. */
export function replaceDocument(...args: Parameters<typeof documentStore.load>): void {
  documentStore.load(...args);
  clearSelection();
  simulationStore.set({ status: 'idle', fraction: 0, simulatedSeconds: 0 });
}

export async function newDocument(): Promise<void> {
  if (await confirmDiscard('Start a new pipeline')) replaceDocument(emptyPipeline());
}

/** Replaces the document with a fresh copy of a template: new and unsaved (no path); the canvas fits it. True when it was loaded. */
export async function newFromTemplate(template: PipelineTemplate): Promise<boolean> {
  if (!(await confirmDiscard(`Start from “${template.title}”`))) return false;
  replaceDocument(template.build());
  return true;
}

export async function openDocument(): Promise<void> {
  if (!(await confirmDiscard('Open another pipeline'))) return;
  let path: string | undefined;
  if (!nativeDialogs()) {
    const current = documentStore.getState().path;
    path = await askPath({
      title: 'Open pipeline',
      message: 'Path of a .pipewright file on this computer.',
      initial: current ?? joinPath(documentsDir(), ''),
      confirmLabel: 'Open',
    });
    if (!path) return;
  }
  await openFromPath(path);
}

/** Opens a known file (recent files, the OS, a second launch), after the unsaved-changes question. */
export async function openPath(path: string): Promise<void> {
  if (await confirmDiscard('Open another pipeline')) await openFromPath(path);
}

/** Reads `path` (or, with none, what main's native dialog gives) into the window; a bad file only shows why. */
export async function openFromPath(path: string | undefined): Promise<boolean> {
  try {
    const result = await api.openFile({ path });
    if (result.status !== 'opened') return false;
    replaceDocument(result.pipeline, result.path);
    notify('info', `Opened ${result.path}`);
    return true;
  } catch (error) {
    await showError({ title: 'Could not open the pipeline', message: (error as Error).message });
    return false;
  }
}

/**
 * Replaces the document with a CloudFormation template read as a pipeline (main keeps whatever the
 * settings cannot say, so exporting gives the template back). Like a template, the result is new and
 * unsaved. A bad file leaves the document as it is and says what is wrong.
 */
export async function importTemplate(): Promise<void> {
  if (!(await confirmDiscard('Import a template'))) return;
  let path: string | undefined;
  if (!nativeDialogs()) {
    path = await askPath({
      title: 'Import CloudFormation template',
      message: 'Path of a CloudFormation template (YAML or JSON) on this computer.',
      initial: joinPath(documentsDir(), ''),
      confirmLabel: 'Import',
    });
    if (!path) return;
  }
  try {
    const result = await api.importTemplate({ path });
    if (result.status !== 'imported') return;
    replaceDocument(result.pipeline);
    const { nodes, edges } = result.pipeline;
    const kept = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
    notify('info', `Imported ${result.path}: ${nodes.length} nodes, ${edges.length} edges.${kept}`, kept ? 15_000 : 5_000);
  } catch (error) {
    await showError({ title: 'Could not import the template', message: (error as Error).message });
  }
}

async function saveTo(path: string | undefined): Promise<boolean> {
  const { pipeline } = documentStore.getState();
  try {
    const result = await api.saveFile({ pipeline, path });
    if (result.status !== 'saved') return false;
    documentStore.markSaved(result.path, pipeline);
    notify('info', `Saved to ${result.path}`);
    return true;
  } catch (error) {
    await showError({ title: 'Could not save the pipeline', message: (error as Error).message });
    return false;
  }
}

export async function saveDocumentAs(): Promise<boolean> {
  if (nativeDialogs()) return saveTo(undefined);
  const { path: current, pipeline } = documentStore.getState();
  const name = `${fileStem(pipeline.name)}${EXTENSION}`;
  const path = await askPath({
    title: 'Save pipeline as',
    message: 'Where to write the .pipewright file (an absolute path).',
    initial: joinPath(current ? dirOf(current) : documentsDir(), name),
    confirmLabel: 'Save',
  });
  return path ? saveTo(path) : false;
}

export async function saveDocument(): Promise<boolean> {
  const { path } = documentStore.getState();
  return path ? saveTo(path) : saveDocumentAs();
}
