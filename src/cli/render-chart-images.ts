/**
 * Run by `npm run build` after `vite build`: writes an image of each chart's default view into
 * `build/charts/`, so a report can link an image that updates with the data
 * (`/charts/tariff-timeline.png`), and the Spanish ones under `build/charts/es/`.
 *
 *   tsx src/cli/render-chart-images.ts [--out build/charts] [--only name[,name]]
 *
 * Each chart is one entry in CHART_IMAGES: its name and a function that returns the files to write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { withPngMetadata } from '../lib/charts/png-metadata';
import { renderTimelinePng } from '../lib/timeline/node-render';
import { DEFAULT_IMAGE_PNG_WIDTH, defaultImageName } from '../lib/compare/images';
import { defaultTimelineView } from '../lib/timeline/view';
import { readDataset } from '../lib/data/read-dataset';
import type { Dataset } from '../lib/data/schema';

interface ChartImageFile {
  /** File name inside the output folder, e.g. `tariff-timeline.png`, `es/pressure-index.svg`. */
  name: string;
  contents: Buffer | string;
}

type ChartImageRenderer = (dataset: Dataset) => Promise<ChartImageFile[]>;

/**
 * Chart name → renderer. A chart drawn as SVG can return both its `.svg` and a `.png` of it; the
 * Spanish image of a chart is `es/<file>`.
 */
const CHART_IMAGES: Record<string, ChartImageRenderer> = {
  'tariff-timeline': async (dataset) => [
    { name: 'tariff-timeline.png', contents: await renderTimelinePng(dataset) },
    {
      name: 'es/tariff-timeline.png',
      contents: await renderTimelinePng(dataset, defaultTimelineView(), 'es'),
    },
  ],
  'threats-responses': async (dataset) =>
    eachLang(async (lang) =>
      svgAndPng(
        defaultImageName('threats-responses', lang),
        (await defaultImages()).defaultComparisonImage(dataset, 'threats-responses', lang),
        lang,
      ),
    ),
  'pressure-index': async (dataset) =>
    eachLang(async (lang) =>
      svgAndPng(
        defaultImageName('pressure-index', lang),
        (await defaultImages()).defaultComparisonImage(dataset, 'pressure-index', lang),
        lang,
      ),
    ),
};

/** The comparison images are drawn in English at `/charts/`, and in Spanish at `/charts/es/`. */
const COMPARE_IMAGE_LANGS = ['en', 'es'] as const;

const eachLang = async (files: (lang: string) => Promise<ChartImageFile[]>) =>
  (await Promise.all(COMPARE_IMAGE_LANGS.map(files))).flat();

// The components compile as this tool imports them, so they load only once the hooks are in.
register('./svelte-hooks.mjs', import.meta.url);

/** The comparison images, drawn by the page's own components (CompareImage.svelte). */
const defaultImages = () => import('../lib/compare/default-images');

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  fileURLToPath(new URL(`../lib/charts/fonts/${file}`, import.meta.url)),
);

/**
 * An SVG chart as its .svg and a PNG of it DEFAULT_IMAGE_PNG_WIDTH px wide, with the shipped fonts
 * only, and its alt text as the PNG's `Description` (the SVG has it in its `<desc>`).
 */
function svgAndPng(
  name: string,
  { svg, description }: { svg: string; description: string },
  lang: string,
): ChartImageFile[] {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: DEFAULT_IMAGE_PNG_WIDTH },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return [
    { name: `${name}.svg`, contents: svg },
    { name: `${name}.png`, contents: Buffer.from(withPngMetadata(png, description, lang)) },
  ];
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join('build', 'charts') },
      only: { type: 'string' },
    },
  });
  const names = values.only ? values.only.split(',') : Object.keys(CHART_IMAGES);
  const unknown = names.filter((name) => !CHART_IMAGES[name]);
  if (unknown.length) {
    throw new Error(
      `Unknown chart(s): ${unknown.join(', ')}. Known: ${Object.keys(CHART_IMAGES).join(', ')}`,
    );
  }

  const result = readDataset();
  if (!result.ok) {
    throw new Error(`The dataset is invalid:\n${result.problems.join('\n')}`);
  }

  mkdirSync(values.out, { recursive: true });
  for (const name of names) {
    const started = performance.now();
    const files = await CHART_IMAGES[name]!(result.dataset);
    for (const file of files) {
      const path = join(values.out, file.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
      const kb = (Buffer.byteLength(file.contents) / 1024).toFixed(0);
      console.log(`chart image ${path} (${kb} KB)`);
    }
    console.log(`  ${name}: ${(performance.now() - started).toFixed(0)} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
