import type { Locator, Page } from 'playwright-core';

/** File safety: the recovery offer, the disk-change bar, Open Recent, the pipeline's name field. */
export class FilesPage {
  readonly recovery: Locator;
  readonly recoveryMessage: Locator;
  readonly recoveryRestore: Locator;
  readonly recoveryDiscard: Locator;
  readonly diskBar: Locator;
  readonly diskReload: Locator;
  readonly diskKeep: Locator;
  readonly recent: Locator;
  readonly recentFiles: Locator;
  readonly recentEmpty: Locator;
  readonly pipelineName: Locator;

  constructor(private readonly page: Page) {
    this.recovery = page.getByTestId('recovery-dialog');
    this.recoveryMessage = page.getByTestId('recovery-message');
    this.recoveryRestore = page.getByTestId('recovery-restore');
    this.recoveryDiscard = page.getByTestId('recovery-discard');
    this.diskBar = page.getByTestId('disk-change-bar');
    this.diskReload = page.getByTestId('disk-reload');
    this.diskKeep = page.getByTestId('disk-keep');
    this.recent = page.getByTestId('recent-dialog');
    this.recentFiles = page.getByTestId('recent-file');
    this.recentEmpty = page.getByTestId('recent-empty');
    this.pipelineName = page.getByTestId('pipeline-name');
  }

  recentFile(path: string): Locator {
    return this.page.locator(`[data-testid="recent-file"][data-path="${path}"]`);
  }

  /** Renames the pipeline in the inspector (nothing selected shows the pipeline's settings); Enter commits the edit. */
  async rename(name: string): Promise<void> {
    await this.pipelineName.fill(name);
    await this.pipelineName.press('Enter');
  }
}
