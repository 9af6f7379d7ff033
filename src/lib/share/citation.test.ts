import { describe, expect, it } from 'vitest';
import { apaCitation, type CitationInput } from './citation';

/** The citation of a chart of version 1.0.0 of the dataset, accessed on 22 Nov 2026. */
const cite = (chart: Pick<CitationInput, 'chartTitle' | 'url' | 'lang'>) =>
  apaCitation({
    version: '1.0.0',
    dataUrl: 'https://example.org/data/v1.0.0/datapackage.json',
    accessed: '2026-11-22',
    year: 2026,
    ...chart,
  });

describe('APA citation', () => {
  it("names the dataset version, the view URL, the access date, the version's data address and the terms of reuse", () => {
    expect(cite({ chartTitle: 'Tariff timeline', url: 'https://example.org/?country=MX' })).toBe(
      'Tariff Pressure Tracker. (2026). U.S. tariff threats and pressure on Mexico, Canada and China, and the responses: ' +
        'Tariff timeline (Version 1.0.0) [Data set and interactive chart]. Tariff Pressure Tracker. ' +
        'Retrieved November 22, 2026, from https://example.org/?country=MX. ' +
        'Data: https://example.org/data/v1.0.0/datapackage.json. ' +
        'Data licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); ' +
        "the quoted excerpts remain their publishers' copyright.",
    );
  });
});

describe('APA citation in Spanish', () => {
  it('translates everything but the chart title it is given', () => {
    expect(
      cite({
        chartTitle: 'Amenazas y respuestas',
        url: 'https://example.org/es/compare',
        lang: 'es',
      }),
    ).toBe(
      'Monitor de Presión Arancelaria. (2026). Amenazas arancelarias y presión de EU sobre México, Canadá y China, y las respuestas: ' +
        'Amenazas y respuestas (Versión 1.0.0) [Conjunto de datos y gráfica interactiva]. Monitor de Presión Arancelaria. ' +
        'Recuperado el 22 de noviembre de 2026 de https://example.org/es/compare. ' +
        'Datos: https://example.org/data/v1.0.0/datapackage.json. ' +
        'Datos con licencia CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.es); ' +
        'los fragmentos citados siguen siendo propiedad de sus medios.',
    );
  });
});
