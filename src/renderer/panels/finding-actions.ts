import type { Finding } from '../../shared/findings/finding';
import { focusEdge, frameNodes } from '../canvas/focus';
import { suppressDialogStore } from '../dialogs/dialog-store';
import { requestFieldFocus } from '../inspector/field-focus';
import { documentStore } from '../state/document';
import { applyFix } from '../state/operations';
import { select } from '../state/selection';
import { suppress, suppressionFor, unsuppress } from '../state/suppressions';
import { targetLabel } from './findings-view';

/** What the findings panel does with a finding. Each document change is one undoable step. */

/** Selects what the finding names, frames it on the canvas and, for a setting, focuses its field in the inspector. */
export function revealFinding(finding: Finding): void {
  const edge = finding.edgeId ? documentStore.getState().pipeline.edges.find((e) => e.id === finding.edgeId) : undefined;
  if (finding.nodeId) {
    select({ nodeIds: [finding.nodeId] });
    frameNodes([finding.nodeId, ...(edge ? [edge.source, edge.target] : [])]);
    if (finding.path?.length) requestFieldFocus(finding.nodeId, finding.path);
  } else if (finding.edgeId) {
    select({ edgeIds: [finding.edgeId] });
    focusEdge(finding.edgeId);
  }
}

export function fixFinding(finding: Finding): void {
  if (!finding.fix) return;
  const { label, operations } = finding.fix;
  documentStore.dispatch((d) => applyFix(d, operations), { label });
}

const onWhat = (finding: Finding) => {
  const label = targetLabel(documentStore.getState().pipeline, finding);
  return label ? ` on ${label}` : '';
};

/** Opens the dialog that asks why the finding is accepted. */
export const askSuppress = (finding: Finding) => suppressDialogStore.set(finding);

export function suppressFinding(finding: Finding, justification: string): boolean {
  if (!justification.trim()) return false;
  const suppression = suppressionFor(finding, justification);
  return documentStore.dispatch((d) => suppress(d, suppression), { label: `Suppress ${finding.code}${onWhat(finding)}` });
}

export function unsuppressFinding(finding: Finding): void {
  documentStore.dispatch((d) => unsuppress(d, finding), { label: `Unsuppress ${finding.code}${onWhat(finding)}` });
}
