import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withPngText } from '../charts/png-text';
import { rightsStatement } from '../site/licence';
import {
  kitReadme,
  reportKit,
  reportKitFiles,
  reportKitName,
  type ReportKitInput,
} from './report-kit';

/** A PNG's signature and IHDR (`width` × 10), as much of one as the kit reads. */
function pngHeader(width: number): Uint8Array<ArrayBuffer> {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(png.buffer).setUint32(16, width);
  new DataView(png.buffer).setUint32(20, 10);
  return png;
}

const screen = withPngText(pngHeader(1200), [
  { keyword: 'Description', text: 'A chart', lang: 'en' },
]);
const print = pngHeader(2400);
const csv = 'date,rate\n2025-03-04,25\n';

const input = (lang: string): ReportKitInput => ({
  title: lang === 'es' ? 'Amenazas y respuestas: México' : 'Threats and responses: Mexico',
  version: '1.4.0',
  permalink: 'https://example.org/compare?country=MX',
  accessed: '2026-12-05',
  lang,
  files: [
    { kind: 'png', name: 'threats-responses.png', content: new Blob([screen]) },
    { kind: 'png-print', name: 'threats-responses-print.png', content: new Blob([print]) },
    { kind: 'svg', name: 'threats-responses.svg', content: new Blob(['<svg/>']) },
    {
      kind: 'csv',
      label: lang === 'es' ? 'CSV (pares mostrados)' : 'CSV (pairs shown)',
      name: 'threats-responses-MX.csv',
      content: new Blob([csv]),
    },
  ],
  citation: 'Tariff Pressure Tracker. (2026). … Data licensed under CC BY 4.0.',
  altText: 'Línea de tiempo: 25 % desde el 4 de marzo.',
});

describe('the report kit', () => {
  it("holds the chart's files byte for byte, then the citation, the alt text and the README", async () => {
    const files = unzipSync(new Uint8Array(await (await reportKit(input('en'))).arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      'threats-responses.png',
      'threats-responses-print.png',
      'threats-responses.svg',
      'threats-responses-MX.csv',
      'CITATION.txt',
      'ALT-TEXT.txt',
      'README.txt',
    ]);
    expect(files['threats-responses.png']).toEqual(screen);
    expect(files['threats-responses-print.png']).toEqual(print);
    expect(strFromU8(files['threats-responses.svg']!)).toBe('<svg/>');
    expect(strFromU8(files['threats-responses-MX.csv']!)).toBe(csv);
    expect(strFromU8(files['CITATION.txt']!)).toBe(input('en').citation);
    expect(strFromU8(files['ALT-TEXT.txt']!)).toBe(input('en').altText);
    expect(strFromU8(files['README.txt']!)).toBe(
      kitReadme({ ...input('en'), files: await fileBytes(input('en')) }),
    );
  });

  it('is a zip', async () => {
    const kit = await reportKit(input('en'));
    expect(kit.type).toBe('application/zip');
    expect([...new Uint8Array(await kit.arrayBuffer()).subarray(0, 4)]).toEqual([80, 75, 3, 4]);
  });

  it('is named after the chart and the day', () => {
    expect(reportKitName('tariff-timeline', '2026-12-05')).toBe(
      'tariff-timeline-report-kit-2026-12-05.zip',
    );
  });
});

async function fileBytes(kit: ReportKitInput) {
  return Promise.all(
    kit.files.map(async (file) => ({
      ...file,
      content: new Uint8Array(await (file.content as Blob).arrayBuffer()),
    })),
  );
}

describe('the report kit README', () => {
  it('names each file, the version, the view and the terms of reuse, in English', async () => {
    const files = await reportKitFiles(input('en'));
    const readme = files.at(-1)!.content as string;
    expect(readme).toBe(
      [
        'Threats and responses: Mexico: report kit',
        '',
        'From the Tariff Pressure Tracker, dataset version 1.4.0, downloaded on December 5, 2026.',
        'The view these files show: https://example.org/compare?country=MX',
        '',
        'Files:',
        '- threats-responses.png: the chart as a PNG image at screen size (1200 px wide); its Description holds the alt text',
        '- threats-responses-print.png: the chart as a PNG image at print size (2400 px wide, about 8 inches at 300 dpi)',
        '- threats-responses.svg: the chart as an SVG image, sharp at any size; its <desc> holds the alt text',
        '- threats-responses-MX.csv: the data the chart shows: CSV (pairs shown)',
        '- CITATION.txt: the citation (APA), with the data licence',
        '- ALT-TEXT.txt: the alt text: the chart described for readers who cannot see it',
        '- README.txt: this file',
        '',
        `Licence: ${rightsStatement('en')}`,
        '',
      ].join('\n'),
    );
    expect(readme).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(readme).toContain("remains its publisher's copyright");
  });

  it('is all in Spanish on a Spanish page', async () => {
    const files = await reportKitFiles(input('es'));
    const readme = files.at(-1)!.content as string;
    expect(readme.split('\n').slice(0, 8)).toEqual([
      'Amenazas y respuestas: México: kit para informes',
      '',
      'Del Monitor de Presión Arancelaria, conjunto de datos versión 1.4.0, descargado el 5 de diciembre de 2026.',
      'La vista que muestran estos archivos: https://example.org/compare?country=MX',
      '',
      'Archivos:',
      '- threats-responses.png: la gráfica como imagen PNG a tamaño de pantalla (1200 px de ancho); su Description lleva el texto alternativo',
      '- threats-responses-print.png: la gráfica como imagen PNG a tamaño de impresión (2400 px de ancho, unos 20 cm a 300 ppp)',
    ]);
    expect(readme).toContain(
      '- threats-responses-MX.csv: los datos que muestra la gráfica: CSV (pares mostrados)',
    );
    expect(readme).toContain('- CITATION.txt: la cita (APA), con la licencia de los datos');
    expect(readme).toContain(`Licencia: ${rightsStatement('es')}`);
    expect(readme).toContain('creativecommons.org/licenses/by/4.0/deed.es');
    expect(readme).not.toMatch(/\b(the|file|chart|data shown)\b/);
  });

  it('leaves out the SVG line for a chart without one', async () => {
    const timeline = { ...input('en'), files: input('en').files.filter((f) => f.kind !== 'svg') };
    const files = await reportKitFiles(timeline);
    expect(files.map((f) => f.name)).not.toContain('threats-responses.svg');
    expect(files.at(-1)!.content as string).not.toContain('SVG');
  });
});
