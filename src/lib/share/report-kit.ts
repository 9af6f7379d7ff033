/**
 * A chart's report kit: one zip with the files its share panel offers one by one (the PNG at screen
 * and at print size, the SVG where there is one, the CSV of the data shown), the citation and the alt
 * text as shown in the panel, and a README naming each file, the dataset version, the view's
 * permalink and the terms of reuse, all in the page's language. The panel imports this module when a
 * reader asks for the kit, so fflate loads only then.
 */
import { formatLongDate } from '../dates/dates';
import { fileBytes, zipFiles, type NamedFile } from '../downloads/zip';
import { inLang } from '../i18n';
import { rightsStatement } from '../site/licence';
import * as m from '../paraglide/messages.js';

/** What a file of the chart is, for the README. */
export type ChartFileKind = 'png' | 'png-print' | 'svg' | 'csv';

/** A file the panel downloads, made by the same function for its own button and for the kit. */
export interface ChartFile extends NamedFile {
  kind: ChartFileKind;
  /** The download's label in the panel (the CSVs': which data). */
  label?: string;
}

export interface ReportKitInput {
  title: string;
  version: string;
  permalink: string;
  /** The day of the download, `YYYY-MM-DD` (the citation's access date). */
  accessed: string;
  lang: string;
  /** The chart's files, in the panel's order. */
  files: readonly ChartFile[];
  /** The citation and the alt text exactly as the panel shows them. */
  citation: string;
  altText: string;
}

export const CITATION_FILE = 'CITATION.txt';
export const ALT_TEXT_FILE = 'ALT-TEXT.txt';
export const README_FILE = 'README.txt';

/** The kit's own name: the chart's and the day's. */
export const reportKitName = (chart: string, accessed: string) =>
  `${chart}-report-kit-${accessed}.zip`;

/** A PNG's width in pixels, from its IHDR chunk (right after the 8-byte signature and its header). */
const pngWidth = (png: Uint8Array) =>
  new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(16);

function aboutFile(file: ChartFile & { content: Uint8Array }, lang: string): string {
  const options = inLang(lang);
  switch (file.kind) {
    case 'png':
      return m.kit_file_png({ width: pngWidth(file.content) }, options);
    case 'png-print':
      return m.kit_file_png_print({ width: pngWidth(file.content) }, options);
    case 'svg':
      return m.kit_file_svg({}, options);
    case 'csv':
      return m.kit_file_csv({ label: file.label ?? file.name }, options);
  }
}

/** The README: what the kit is, from which version and view, each file, and the terms of reuse. */
export function kitReadme(
  input: Omit<ReportKitInput, 'files'> & {
    files: readonly (ChartFile & { content: Uint8Array })[];
  },
): string {
  const { lang } = input;
  const options = inLang(lang);
  const files: [string, string][] = [
    ...input.files.map((file): [string, string] => [file.name, aboutFile(file, lang)]),
    [CITATION_FILE, m.kit_file_citation({}, options)],
    [ALT_TEXT_FILE, m.kit_file_alt_text({}, options)],
    [README_FILE, m.kit_file_readme({}, options)],
  ];
  return [
    m.kit_readme_title({ title: input.title }, options),
    '',
    m.kit_readme_from(
      {
        site: m.site_name({}, options),
        version: input.version,
        date: formatLongDate(input.accessed, lang),
      },
      options,
    ),
    m.kit_readme_view({ url: input.permalink }, options),
    '',
    m.kit_readme_files({}, options),
    ...files.map(([name, about]) => `- ${name}: ${about}`),
    '',
    `${m.kit_readme_licence({}, options)} ${rightsStatement(lang)}`,
    '',
  ].join('\n');
}

/** Every file of the kit, in its order: the chart's, then the citation, the alt text, the README. */
export async function reportKitFiles(input: ReportKitInput): Promise<NamedFile[]> {
  const files = await Promise.all(
    input.files.map(async (file) => ({ ...file, content: await fileBytes(file.content) })),
  );
  return [
    ...files.map(({ name, content }) => ({ name, content })),
    { name: CITATION_FILE, content: input.citation },
    { name: ALT_TEXT_FILE, content: input.altText },
    { name: README_FILE, content: kitReadme({ ...input, files }) },
  ];
}

/** The kit as a zip file. */
export async function reportKit(input: ReportKitInput): Promise<Blob> {
  const zip = await zipFiles(await reportKitFiles(input));
  return new Blob([zip], { type: 'application/zip' });
}
