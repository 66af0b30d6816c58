import type { Locator, Page } from 'playwright-core';

/** "New from template": the dialog and its items `template-<id>`. */
export class TemplatesPage {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('template-dialog');
  }

  template(id: string): Locator {
    return this.page.getByTestId(`template-${id}`);
  }
}
