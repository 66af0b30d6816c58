import type { Locator, Page } from 'playwright-core';

/**
 * The inspector's generated form: `inspector-field-<key>`, `inspector-error-<key>`, `inspector-label`;
 * lists `inspector-list-<path>` with `inspector-add-<path>`, and per item `inspector-remove|up|down-<path>.<i>`.
 * Keys are dotted paths with list indices: `lifecycleRules.0.transitions.1.days`.
 */
export class InspectorPage {
  readonly label: Locator;
  readonly node: Locator;
  readonly errors: Locator;

  constructor(private readonly page: Page) {
    this.label = page.getByTestId('inspector-label');
    this.node = page.getByTestId('inspector-node');
    this.errors = page.locator('.app__inspector [data-testid^="inspector-error-"]');
  }

  /** The inspector showing node `id`. */
  showing(id: string): Locator {
    return this.page.locator(`[data-testid="inspector-node"][data-node-id="${id}"]`);
  }

  list(path: string): Locator {
    return this.page.getByTestId(`inspector-list-${path}`);
  }

  /** The items of a list (not those of lists nested in them). */
  items(path: string): Locator {
    return this.list(path).locator(':scope > ol > li');
  }

  add(path: string): Locator {
    return this.page.getByTestId(`inspector-add-${path}`);
  }

  remove(path: string, index: number): Locator {
    return this.page.getByTestId(`inspector-remove-${path}.${index}`);
  }

  up(path: string, index: number): Locator {
    return this.page.getByTestId(`inspector-up-${path}.${index}`);
  }

  down(path: string, index: number): Locator {
    return this.page.getByTestId(`inspector-down-${path}.${index}`);
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
