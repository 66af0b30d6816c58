import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../shared/catalog/registry';
import { clickstreamPipeline } from '../../../../test/fixtures/pipelines';
import { PNG_SCALE, toPng } from './png';
import { toSvg } from './svg';
import { parseXml } from './test-helpers';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Image {
  width: number;
  height: number;
  pixel(x: number, y: number): [number, number, number, number];
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes): header, IDAT stream, row filters. */
function decodePng(bytes: Uint8Array): Image {
  const png = Buffer.from(bytes);
  expect(png.subarray(0, 8)).toEqual(SIGNATURE);
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect([...body.subarray(8, 13)], 'bit depth 8, RGBA, no interlace').toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= 4 ? pixels[y * stride + i - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? pixels[(y - 1) * stride + i - 4]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predicted = [0, a, b, (a + b) >> 1, paeth()][filter]!;
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [...pixels.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)] as [number, number, number, number] };
}

const hex = (rgba: number[]): string => `#${rgba.slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;

describe('toPng', () => {
  const pipeline = clickstreamPipeline();
  const svg = parseXml(toSvg(pipeline), 'image/svg+xml');
  const [minX, minY] = (svg.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number];
  /** Image pixel of an SVG user-space point. */
  const at = (x: number, y: number): [number, number] => [Math.round((x - minX) * PNG_SCALE), Math.round((y - minY) * PNG_SCALE)];

  it('is a PNG twice the size of the SVG', async () => {
    const image = decodePng(await toPng(pipeline));
    const root = svg.documentElement;
    expect([image.width, image.height]).toEqual([Number(root.getAttribute('width')) * PNG_SCALE, Number(root.getAttribute('height')) * PNG_SCALE]);
  });

  it('draws the boxes, the embedded service icons and the text', async () => {
    const image = decodePng(await toPng(pipeline));
    let ink = 0;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (hex(image.pixel(x, y)) !== '#ffffff') ink++;
    expect(ink / (image.width * image.height), 'not blank').toBeGreaterThan(0.02);

    // The Firehose icon (a data URI inside the SVG) shows its own background colour at its corner.
    const icon = Array.from(svg.querySelectorAll('g[data-node="firehose-1"] image'))[0]!;
    const iconBackground = /fill="(#[0-9a-f]{6})"/i.exec(KINDS['kinesis-firehose'].icon)![1]!.toLowerCase();
    expect(hex(image.pixel(...at(Number(icon.getAttribute('x')) + 2, Number(icon.getAttribute('y')) + 2)))).toBe(iconBackground);

    // The label's first letters are drawn in dark ink: the bundled fonts were found.
    const node = pipeline.nodes[2]!;
    const [left, top] = at(node.position.x + 54, node.position.y + 20);
    const [right, bottom] = at(node.position.x + 100, node.position.y + 32);
    let dark = 0;
    for (let y = top; y < bottom; y++) for (let x = left; x < right; x++) if (image.pixel(x, y).slice(0, 3).every((v) => v < 96)) dark++;
    expect(dark).toBeGreaterThan(20);
  });

  it('gives the same bytes for the same pipeline', async () => {
    expect(Buffer.from(await toPng(clickstreamPipeline())).equals(Buffer.from(await toPng(clickstreamPipeline())))).toBe(true);
  });
});
