import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Pipeline } from '../../../shared/model/pipeline';
import { toSvg } from './svg';

/** Pixels per SVG unit: sharp on high-density screens and in documents. */
export const PNG_SCALE = 2;

/**
 * The wasm and the fonts are files esbuild does not bundle: they are resolved as package paths from
 * wherever this module runs (out/main/*.cjs, the source under vitest, app.asar when packaged).
 */
const packages = createRequire(__filename);

/** Fonts shipped with the app, none of the machine's: text looks the same everywhere. */
const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];
const FONT_FAMILY = 'DejaVu Sans';

let ready: Promise<Uint8Array[]> | undefined;

/** Starts resvg's wasm (once per process: it cannot be started twice) and reads the fonts. */
function loadRenderer(): Promise<Uint8Array[]> {
  if (!ready) {
    ready = (async () => {
      const [wasm, ...fonts] = await Promise.all([
        readFile(packages.resolve('@resvg/resvg-wasm/index_bg.wasm')),
        ...FONT_FILES.map((file) => readFile(packages.resolve(file))),
      ]);
      await initWasm(wasm!);
      return fonts;
    })();
    // A failed start (a missing file) is retried on the next export rather than remembered.
    ready.catch(() => (ready = undefined));
  }
  return ready;
}

/** The SVG diagram rasterized at PNG_SCALE, as PNG bytes. */
export async function toPng(pipeline: Pipeline): Promise<Uint8Array> {
  const fonts = await loadRenderer();
  // The SVG's font list ends in the generic sans-serif, which resolves to the bundled family.
  const resvg = new Resvg(toSvg(pipeline), {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontBuffers: fonts, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
