/**
 * The files a chart's share panel downloads, each made by one function: its own button and the
 * report kit call the same, so the kit holds the very bytes the single downloads give.
 */
import { describedPng, textBlob } from './browser-files';
import { PRINT_WIDTH, type CsvFile } from './share';
import type { ChartFile } from './report-kit';

export interface ChartFileSources {
  /** What the files' names start with, e.g. 'tariff-timeline', 'threats-responses-MX'. */
  chart: string;
  altText: string;
  lang: string;
  /** Renders the chart as PNG, `width` pixels wide (screen size when omitted). */
  png: (width?: number) => Promise<Blob>;
  svg?: () => string | Promise<string>;
  csv: readonly CsvFile[];
}

/** The PNG at screen or print size, with the alt text as its `Description`. */
export async function pngFile(
  sources: ChartFileSources,
  size: 'screen' | 'print',
): Promise<ChartFile & { content: Blob }> {
  const print = size === 'print';
  const image = await sources.png(print ? PRINT_WIDTH : undefined);
  return {
    kind: print ? 'png-print' : 'png',
    name: `${sources.chart}${print ? '-print' : ''}.png`,
    content: await describedPng(image, sources.altText, sources.lang),
  };
}

export async function svgFile(
  chart: string,
  svg: NonNullable<ChartFileSources['svg']>,
): Promise<ChartFile & { content: Blob }> {
  return { kind: 'svg', name: `${chart}.svg`, content: textBlob(await svg(), 'image/svg+xml') };
}

export async function csvFile(file: CsvFile): Promise<ChartFile & { content: Blob }> {
  return {
    kind: 'csv',
    label: file.label,
    name: file.filename,
    content: textBlob(await file.content(), 'text/csv'),
  };
}

/** Every file, in the panel's order: PNG at screen and at print size, SVG if any, the CSVs. */
export async function allChartFiles(sources: ChartFileSources): Promise<ChartFile[]> {
  // One after the other: the PNGs draw on the page's canvas, and a phone has little memory to spare.
  const files = [await pngFile(sources, 'screen'), await pngFile(sources, 'print')];
  if (sources.svg) files.push(await svgFile(sources.chart, sources.svg));
  for (const file of sources.csv) files.push(await csvFile(file));
  return files;
}
