import { loadImage, createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import type { Dataset } from '../data/schema';
import { pngDescription, readPngText } from '../charts/png-text';
import { rightsStatement } from '../site/licence';
import { timelineAltText } from './alt-text';
import { TIMELINE_IMAGE_SIZE } from './chart-image';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { renderTimelinePng, TIMELINE_PIXEL_RATIO } from './node-render';
import { defaultTimelineView } from './view';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}

describe('renderTimelinePng', () => {
  let dataset: Dataset;
  let png: Buffer;

  beforeAll(async () => {
    const result = readDataset();
    if (!result.ok) throw new Error(result.problems.join('\n'));
    dataset = result.dataset;
    png = await renderTimelinePng(dataset);
  });

  it('is a PNG of the stated size, at least 1200 px wide', () => {
    const { width, height } = TIMELINE_IMAGE_SIZE;
    const pixelRatio = TIMELINE_PIXEL_RATIO;
    expect(pngSize(png)).toEqual({ width: width * pixelRatio, height: height * pixelRatio });
    expect(pngSize(png).width).toBeGreaterThanOrEqual(1200);
  });

  it('draws the chart on a white background, in the Mexico colour among others', async () => {
    const data = await pixels(png);
    let nonWhite = 0;
    let mexico = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a !== 255) transparent++;
      if (r < 250 || g < 250 || b < 250) nonWhite++;
      if (r === 0x00 && g === 0x9e && b === 0x73) mexico++;
    }
    // The background is white, not transparent.
    expect(transparent).toBe(0);
    expect([...data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    expect(nonWhite / (data.length / 4)).toBeGreaterThan(0.02);
    expect(mexico).toBeGreaterThan(100);
  });

  it('gives the same bytes every time, in any time zone', async () => {
    expect((await renderTimelinePng(dataset)).equals(png)).toBe(true);
    const zone = process.env.TZ;
    process.env.TZ = zone === 'Pacific/Kiritimati' ? 'America/Mexico_City' : 'Pacific/Kiritimati';
    try {
      expect((await renderTimelinePng(dataset)).equals(png)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('carries the alt text of the default view as its Description, in its language', async () => {
    for (const lang of ['en', 'es']) {
      const data = buildTimelineData(dataset, lang);
      const expected = timelineAltText(
        data,
        timelineChartModel(data, defaultTimelineView(), lang),
        lang,
      );
      const image =
        lang === 'en' ? png : await renderTimelinePng(dataset, defaultTimelineView(), lang);
      expect(pngDescription(image)).toBe(expected);
      expect(readPngText(image)).toEqual([
        { keyword: 'Description', text: expected, lang },
        { keyword: 'Copyright', text: rightsStatement(lang), lang },
      ]);
    }
    expect(pngDescription(png)).toMatch(
      /^Chart of U\.S\. tariff rates on Mexico, Canada, and China/,
    );
  });
  it('draws a highlight into the image (the same renderer as the page) and names it', async () => {
    const id = '2025-02-03-mexico-pledges-10000-guard-troops';
    const highlighted = await renderTimelinePng(dataset, {
      ...defaultTimelineView(),
      highlight: [id],
    });
    expect(pngSize(highlighted)).toEqual(pngSize(png));
    expect(pngDescription(highlighted)).toMatch(
      /Highlighted: “Mexico pledges .+” \(3 Feb 2025\)\.$/,
    );
    // The ring and the callout are drawn in the text colour: more near-black pixels than without.
    const dark = (data: Uint8ClampedArray) => {
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i]! < 60 && data[i + 1]! < 60 && data[i + 2]! < 60) count++;
      return count;
    };
    expect(dark(await pixels(highlighted))).toBeGreaterThan(dark(await pixels(png)) + 2000);
  });
});
