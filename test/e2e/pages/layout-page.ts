import type { Locator, Page } from 'playwright-core';

export type Positions = Record<string, { x: number; y: number }>;

/** Layout tools on the canvas: node positions, the find box, the overview, pins and view toggles. */
export class LayoutPage {
  readonly searchBox: Locator;
  readonly searchInput: Locator;
  readonly minimap: Locator;
  readonly selectionBar: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByTestId('node-search');
    this.searchInput = page.getByTestId('node-search-input');
    this.minimap = page.getByTestId('minimap');
    this.selectionBar = page.getByTestId('selection-layout-bar');
  }

  /** Canvas positions of the rendered nodes, read from React Flow's transforms. */
  positions(): Promise<Positions> {
    return this.page.$$eval('.react-flow__node', (els) =>
      Object.fromEntries(
        els.map((el) => {
          const node = el as unknown as { dataset: { id: string }; style: { transform: string } };
          const [, x, y] = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform) ?? [];
          return [node.dataset.id, { x: Number(x), y: Number(y) }];
        }),
      ),
    );
  }

  searchResult(id: string): Locator {
    return this.page.getByTestId(`node-search-result-${id}`);
  }

  pinMark(id: string): Locator {
    return this.page.getByTestId(`node-pin-${id}`);
  }

  /** A canvas control that switches a view setting: `toggle-snap` or `toggle-minimap`. */
  viewToggle(name: 'toggle-snap' | 'toggle-minimap'): Locator {
    return this.page.getByTestId(`view-${name}`);
  }

  /** A layout command of the selection bar (`pin`, `align-left`…). */
  barCommand(id: string): Locator {
    return this.selectionBar.getByTestId(`cmd-${id}`);
  }
}
