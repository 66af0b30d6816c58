import type { Locator, Page } from 'playwright-core';
import { CanvasPage } from './canvas-page';
import { DialogsPage } from './dialogs-page';
import { FindingsPage } from './findings-page';
import { InspectorPage } from './inspector-page';
import { PalettePage } from './palette-page';
import { SimulationPage } from './simulation-page';
import { TemplatesPage } from './templates-page';

/** The whole window, as page modules; every locator is a data-testid. */
export class AppPage {
  readonly canvas: CanvasPage;
  readonly inspector: InspectorPage;
  readonly findings: FindingsPage;
  readonly simulation: SimulationPage;
  readonly dialogs: DialogsPage;
  readonly palette: PalettePage;
  readonly templates: TemplatesPage;
  readonly title: Locator;
  readonly dirtyMarker: Locator;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.inspector = new InspectorPage(page);
    this.findings = new FindingsPage(page);
    this.simulation = new SimulationPage(page);
    this.dialogs = new DialogsPage(page);
    this.palette = new PalettePage(page);
    this.templates = new TemplatesPage(page);
    this.title = page.getByTestId('document-title');
    this.dirtyMarker = page.getByTestId('dirty-marker');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('palette-app-producer').waitFor();
  }

  command(id: string): Locator {
    return this.page.getByTestId(`cmd-${id}`);
  }

  async run(id: string): Promise<void> {
    await this.command(id).click();
  }
}
