import type { Locator, Page } from 'playwright-core';

/** The in-app dialogs: path prompt (web host), confirm, unsaved changes, error, and export. */
export class DialogsPage {
  readonly pathPrompt: Locator;
  readonly pathInput: Locator;
  readonly pathOk: Locator;
  readonly confirm: Locator;
  readonly confirmOk: Locator;
  /** "Save / Don't save / Cancel" before the document is replaced or the window closes. */
  readonly unsaved: Locator;
  readonly unsavedSave: Locator;
  readonly unsavedDiscard: Locator;
  readonly unsavedCancel: Locator;
  readonly error: Locator;
  readonly errorMessage: Locator;
  readonly errorOk: Locator;
  readonly exportDialog: Locator;
  readonly exportFormat: Locator;
  readonly exportPreview: Locator;
  readonly exportImage: Locator;
  readonly exportClose: Locator;
  readonly exportSave: Locator;
  readonly exportSaved: Locator;

  constructor(page: Page) {
    this.pathPrompt = page.getByTestId('path-prompt');
    this.pathInput = page.getByTestId('path-input');
    this.pathOk = page.getByTestId('path-ok');
    this.confirm = page.getByTestId('confirm-dialog');
    this.confirmOk = page.getByTestId('confirm-ok');
    this.unsaved = page.getByTestId('unsaved-dialog');
    this.unsavedSave = page.getByTestId('unsaved-save');
    this.unsavedDiscard = page.getByTestId('unsaved-discard');
    this.unsavedCancel = page.getByTestId('unsaved-cancel');
    this.error = page.getByTestId('error-dialog');
    this.errorMessage = page.getByTestId('error-message');
    this.errorOk = page.getByTestId('error-ok');
    this.exportDialog = page.getByTestId('export-dialog');
    this.exportFormat = page.getByTestId('export-format');
    this.exportPreview = page.getByTestId('export-preview');
    this.exportImage = page.getByTestId('export-preview-image');
    this.exportClose = page.getByTestId('export-close');
    this.exportSave = page.getByTestId('export-save');
    this.exportSaved = page.getByTestId('export-saved');
  }

  /** The preview image's width once the browser has decoded it (0 before, or when it cannot). */
  async exportImageWidth(): Promise<number> {
    return this.exportImage.evaluate((img) => {
      const image = img as unknown as { complete: boolean; naturalWidth: number };
      return image.complete ? image.naturalWidth : 0;
    });
  }

  /** Answers the path prompt with `path`. */
  async enterPath(path: string): Promise<void> {
    await this.pathPrompt.waitFor();
    await this.pathInput.fill(path);
    await this.pathOk.click();
    await this.pathPrompt.waitFor({ state: 'detached' });
  }
}
