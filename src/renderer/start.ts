import { api } from './api/client';
import { startFileSafety } from './files/start-file-safety';
import { startTheme } from './theme/theme';
import { appInfoStore } from './state/app-info';
import { documentStore, documentTitle } from './state/document';
import { findingsStore, startValidation } from './state/findings';
import { notify } from './state/notices';
import { selectionStore } from './state/selection';
import { afterPaint } from './util/after-paint';

/** Wiring that runs once, outside React: app info, validation on every change, the window title. */
export function startApp(): void {
  startTheme();
  api
    .appInfo({})
    .then((info) => appInfoStore.set(info))
    .catch((error: Error) => notify('error', `Could not reach Pipewright's main process: ${error.message}`, 60_000));

  startValidation({
    documents: documentStore,
    findings: findingsStore,
    // After the canvas has drawn the change: sending a large pipeline takes a moment of this thread.
    validate: async (pipeline) => {
      await afterPaint();
      return (await api.validatePipeline({ pipeline })).findings;
    },
  });

  const updateTitle = () => {
    document.title = documentTitle(documentStore.getState());
  };
  documentStore.subscribe(updateTitle);
  updateTitle();

  // Undo, open or delete can remove what is selected: keep the selection to what exists.
  documentStore.subscribe(() => {
    const { nodeIds, edgeIds } = selectionStore.get();
    if (nodeIds.length + edgeIds.length === 0) return;
    const { nodes, edges } = documentStore.getState().pipeline;
    const nodeSet = new Set(nodes.map((n) => n.id));
    const edgeSet = new Set(edges.map((e) => e.id));
    const keptNodes = nodeIds.filter((id) => nodeSet.has(id));
    const keptEdges = edgeIds.filter((id) => edgeSet.has(id));
    if (keptNodes.length !== nodeIds.length || keptEdges.length !== edgeIds.length) selectionStore.set({ nodeIds: keptNodes, edgeIds: keptEdges });
  });

  startFileSafety();
}
