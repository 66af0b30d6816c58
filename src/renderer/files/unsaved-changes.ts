import { createStore } from '../state/create-store';
import { documentStore } from '../state/document';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The open "unsaved changes" question, if any; answered through `resolve`. */
export interface UnsavedQuestion {
  readonly name: string;
  /** What the user asked for. Example: `Open another pipeline`. */
  readonly action: string;
  readonly resolve: (choice: UnsavedChoice) => void;
}

export const unsavedQuestionStore = createStore<UnsavedQuestion | undefined>(undefined);

/** Asks "Save / Don't save / Cancel"; an earlier open question is cancelled by a newer one. */
export function askUnsavedChanges(name: string, action: string): Promise<UnsavedChoice> {
  unsavedQuestionStore.get()?.resolve('cancel');
  return new Promise((resolve) => {
    const question: UnsavedQuestion = {
      name,
      action,
      resolve: (choice) => {
        if (unsavedQuestionStore.get() === question) unsavedQuestionStore.set(undefined);
        resolve(choice);
      },
    };
    unsavedQuestionStore.set(question);
  });
}

/**
 * Before the document is replaced or the window closes: with unsaved changes, asks whether to save
 * them first. True when it is fine to go on (nothing unsaved, saved, or the user chose not to save).
 */
export async function settleUnsavedChanges(action: string, save: () => Promise<boolean>): Promise<boolean> {
  const { dirty, pipeline } = documentStore.getState();
  if (!dirty) return true;
  const choice = await askUnsavedChanges(pipeline.name || 'Untitled', action);
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return save();
}
