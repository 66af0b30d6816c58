import type { Locator, Page } from 'playwright-core';
import { CanvasPage } from './canvas-page';
import { DialogsPage } from './dialogs-page';
import { EditorPage } from './editor-page';
import { FilesPage } from './files-page';
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
  readonly editor: EditorPage;
  readonly files: FilesPage;
  readonly title: Locator;
  readonly dirtyMarker: Locator;
  /** The status line's validation item: `data-status`, `data-errors`, `data-warnings`, `data-suppressed`. */
  readonly validation: Locator;

  constructor(readonly page: Page) {
    this.canvas = new CanvasPage(page);
    this.inspector = new InspectorPage(page);
    this.findings = new FindingsPage(page);
    this.simulation = new SimulationPage(page);
    this.dialogs = new DialogsPage(page);
    this.palette = new PalettePage(page);
    this.templates = new TemplatesPage(page);
    this.editor = new EditorPage(page);
    this.files = new FilesPage(page);
    this.title = page.getByTestId('document-title');
    this.dirtyMarker = page.getByTestId('dirty-marker');
    this.validation = page.getByTestId('validation-status');
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

  /** New from template `id`, not saving the unsaved changes. */
  async newFromTemplate(id: string): Promise<void> {
    const dirty = await this.dirtyMarker.isVisible();
    await this.run('new-from-template');
    await this.templates.dialog.waitFor();
    await this.templates.template(id).click();
    if (dirty) await this.dialogs.unsavedDiscard.click();
    await this.templates.dialog.waitFor({ state: 'detached' });
  }

  /** What the status line counts: errors and warnings not suppressed, and the suppressed ones. */
  async validationCounts(): Promise<{ errors: number; warnings: number; suppressed: number }> {
    const read = async (name: string) => Number(await this.validation.getAttribute(`data-${name}`));
    return { errors: await read('errors'), warnings: await read('warnings'), suppressed: await read('suppressed') };
  }
}
