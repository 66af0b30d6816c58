import type { Locator, Page } from 'playwright-core';

/** The editor's command surfaces: the command palette, context menus, the menu bar, and keyboard shortcuts. */
export class EditorPage {
  readonly palette: Locator;
  readonly paletteInput: Locator;
  readonly menubar: Locator;

  constructor(private readonly page: Page) {
    this.palette = page.getByTestId('command-palette');
    this.paletteInput = page.getByTestId('command-palette-input');
    this.menubar = page.getByTestId('menubar');
  }

  /** Ctrl+K, then the filter text. */
  async openPalette(filter = ''): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await this.paletteInput.waitFor();
    if (filter) await this.paletteInput.fill(filter);
  }

  paletteItem(id: string): Locator {
    return this.page.getByTestId(`command-palette-item-${id}`);
  }

  /** The ids of the commands the palette lists, in order. */
  async paletteIds(): Promise<string[]> {
    const ids = await this.palette.locator('[role="option"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('command-palette-item-', ''));
  }

  contextMenu(target: 'canvas' | 'node' | 'edge'): Locator {
    return this.page.getByTestId(`context-menu-${target}`);
  }

  menuItem(id: string): Locator {
    return this.page.getByTestId(`menu-item-${id}`);
  }

  /** Opens File / Edit / View / Simulate / Help. */
  async openMenu(menu: string): Promise<Locator> {
    await this.page.getByTestId(`menubar-${menu}`).click();
    const list = this.page.getByTestId(`menu-${menu}`);
    await list.waitFor();
    return list;
  }

  /** A shortcut pressed with the focus on the canvas (outside any field). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }
}
