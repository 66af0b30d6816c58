import type { Locator, Page } from 'playwright-core';

/** The canvas: drop kinds from the palette, connect handles, read nodes and the refusal toast. */
export class CanvasPage {
  readonly root: Locator;
  readonly nodes: Locator;
  readonly edges: Locator;
  readonly refusal: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('canvas');
    this.nodes = this.root.locator('.react-flow__node');
    this.edges = this.root.locator('.react-flow__edge');
    this.refusal = page.getByTestId('connection-refused');
  }

  node(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  badge(id: string): Locator {
    return this.page.getByTestId(`node-badge-${id}`);
  }

  /** HTML5 drag of a palette item onto the canvas, dropped at (x, y) inside it. */
  async dropKind(kind: string, x: number, y: number): Promise<void> {
    await this.page.getByTestId(`palette-${kind}`).dragTo(this.root, { targetPosition: { x, y } });
  }

  /** Drags from one handle to another with the mouse. Handles are `handle-<node>-<in|out>-<port>`. */
  async connect(fromHandle: string, toHandle: string): Promise<void> {
    const from = this.page.getByTestId(fromHandle);
    const to = this.page.getByTestId(toHandle);
    await from.hover();
    await this.page.mouse.down();
    const box = (await to.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  async select(id: string): Promise<void> {
    await this.node(id).click();
  }

  /** The canvas controls' "fit view": the whole pipeline in sight. */
  async fitView(): Promise<void> {
    await this.root.locator('.react-flow__controls-fitview').click();
  }

  /** A click on empty canvas at (x, y) inside it: clears the selection. */
  async clickPane(x: number, y: number): Promise<void> {
    await this.root.locator('.react-flow__pane').click({ position: { x, y } });
  }

  /** The node's body (`node-<id>`), which carries `data-connect-state` while a connection is drawn. */
  body(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  connectState(id: string): Promise<string | null> {
    return this.body(id).getAttribute('data-connect-state');
  }

  /** Presses the mouse on a handle and starts drawing a connection from it (release with `mouse.up`). */
  async startConnection(handle: string): Promise<void> {
    await this.page.getByTestId(handle).hover();
    await this.page.mouse.down();
  }

  /** Moves the pressed mouse over the middle of a node, in steps (as a hand would). */
  async moveOver(id: string): Promise<void> {
    const box = (await this.body(id).boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
  }

  /** The midpoint marker of an edge that findings name. */
  edgeBadge(id: string): Locator {
    return this.page.getByTestId(`edge-badge-${id}`);
  }
}
