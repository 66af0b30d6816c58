import type { Locator, Page } from 'playwright-core';

/** The palette: `palette-<kind>` items in collapsible `palette-category-<id>` groups, and the search. */
export class PalettePage {
  readonly root: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly items: Locator;

  constructor(private readonly page: Page) {
    this.root = page.locator('.app__palette');
    this.list = page.getByTestId('palette-list');
    this.search = page.getByTestId('palette-search');
    this.items = this.list.locator('[data-testid^="palette-"][draggable="true"]');
  }

  item(kind: string): Locator {
    return this.page.getByTestId(`palette-${kind}`);
  }

  category(id: string): Locator {
    return this.page.getByTestId(`palette-category-${id}`);
  }
}
