import type { Locator, Page } from 'playwright-core';

/** The inspector's generated form: `inspector-field-<key>`, `inspector-error-<key>`, `inspector-label`. */
export class InspectorPage {
  readonly label: Locator;

  constructor(private readonly page: Page) {
    this.label = page.getByTestId('inspector-label');
  }

  field(key: string): Locator {
    return this.page.getByTestId(`inspector-field-${key}`);
  }

  error(key: string): Locator {
    return this.page.getByTestId(`inspector-error-${key}`);
  }

  /** Types a value and commits it (Tab moves focus away: one undo step). */
  async type(key: string, value: string): Promise<void> {
    await this.field(key).fill(value);
    await this.field(key).press('Tab');
  }

  async choose(key: string, value: string): Promise<void> {
    await this.field(key).selectOption(value);
  }
}
