/** The comparison's words in both languages: titles, outcomes, lags, figures, chart text, images. */
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../data/fixtures/curated-dataset';
import { localizeDataset } from '../data/translations';
import { defaultCompareView } from './view';
import { layoutCompareChart, WIDE } from './chart-layout';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { compareImageSvg } from './image-files';
import { defaultImageName, pressureIndexImage, threatsResponsesImage } from './images';
import { INDEX_WIDE, indexMax, layoutPressureIndex } from './index-layout';
import { formatLag } from './lag';
import { basisLabel, cappedRowsNote, formatNumber, formatShare, tariffAtTheTime } from './locale';
import { inForceFrom, outcomeHistory, outcomeLabel, outcomeWhen, type Outcome } from './outcomes';
import { compareTitle, pressureIndexTitle } from './titles';

const dataset = curatedDataset();
/** Mexico's column in `lang`, of the dataset in that language, as the pages and images build it. */
const column = (lang: string) =>
  compareColumns(
    COMPARE_COUNTRIES.map((country) =>
      buildComparisonData(localizeDataset(dataset, lang), country, lang),
    ),
    defaultCompareView(),
  )[0]!;
const domain = { from: '2025-01-01', to: '2025-12-31' };

describe('figures', () => {
  it('writes a share with its percentage in each language', () => {
    expect(formatShare(3, 12, 'en')).toBe('3 of 12 (25%)');
    expect(formatShare(3, 12, 'es')).toBe('3 de 12 (25%)');
    expect(formatShare(2, 3, 'es')).toBe('2 de 3 (67%)');
    expect(formatShare(0, 0, 'es')).toBe('—');
  });

  it('groups thousands the Mexican way (es-MX) and the U.S. way', () => {
    expect(formatNumber(10000, 'es')).toBe('10,000');
    expect(formatNumber(12.5, 'es')).toBe('12.5');
    expect(formatNumber(10000, 'en')).toBe('10,000');
  });

  it('says how many threats a capped chart draws, and nothing when it draws them all', () => {
    expect(cappedRowsNote(40, 5_200, 'en')).toBe('40 of 5,200 threats drawn: the latest ones.');
    expect(cappedRowsNote(40, 5_200, 'es')).toBe(
      'Se dibujan 40 de 5,200 amenazas: las más recientes.',
    );
    expect(cappedRowsNote(1, 3, 'en')).toBe('1 of 3 threats drawn: the latest.');
    expect(cappedRowsNote(19, 19, 'es')).toBeNull();
  });

  describe('gives the tariff in effect at a concession, and any rate threatened or suspended', () => {
    const suspended = { rate: 30, status: 'suspended' } as const;
    const threatened = { rate: 25, status: 'threatened' } as const;
    it.each([
      ['25% in effect; 30% suspended', 'en', 25, suspended],
      ['25% en vigor; 30% suspendido', 'es', 25, suspended],
      ['0% in effect; 25% threatened', 'en', 0, threatened],
      ['0% en vigor; 25% amenazado', 'es', 0, threatened],
      ['12.5% en vigor', 'es', 12.5, null],
      ['unknown (no data)', 'en', null, null],
    ] as const)('"%s" (%s)', (text, lang, tariffInEffect, tariffPending) => {
      expect(tariffAtTheTime({ tariffInEffect, tariffPending }, lang)).toBe(text);
    });
  });
});

describe('lags', () => {
  it.each([
    [{ min: 0, max: 0, approximate: false }, 'same day', 'el mismo día'],
    [{ min: 1, max: 1, approximate: false }, '1 day', '1 día'],
    [{ min: 0, max: 27, approximate: false }, '0–27 days', '0–27 días'],
    [{ min: 14, max: 14, approximate: true }, 'c. 14 days', 'aprox. 14 días'],
  ])('%o: %s / %s', (lag, en, es) => {
    expect(formatLag(lag, 'en')).toBe(en);
    expect(formatLag(lag, 'es')).toBe(es);
  });

  it('names how a pair was made', () => {
    expect(basisLabel('stated', 'es')).toBe('según la fuente');
    expect(basisLabel('window', 'en')).toBe('by date only');
  });
});

describe('outcomes', () => {
  const suspendedThenCarried: Outcome = {
    status: 'carried-out',
    date: '2025-03-04',
    history: [
      { status: 'suspended', date: '2025-02-03', until: '2025-03-03' },
      { status: 'carried-out', date: '2025-03-04' },
    ],
  };
  /** A pressure step known only to the month, taken on its own date. */
  const takenInMay: Outcome = {
    status: 'taken',
    date: '2025-05',
    history: [{ status: 'taken', date: '2025-05' }],
  };

  describe('labels each status', () => {
    it.each([
      ['carried-out', 'es', 'cumplida'],
      ['taken', 'es', 'medida tomada'],
      ['taken', 'en', 'a step taken'],
      ['pending', 'es', 'aún pendiente'],
      ['pending', 'en', 'still pending'],
    ] as const)('%s in %s: %s', (status, lang, label) => {
      expect(outcomeLabel(status, lang)).toBe(label);
    });
  });

  it('says when, with Spanish dates', () => {
    expect(outcomeWhen(suspendedThenCarried.history[0]!, 'es')).toBe(
      'el 3 feb 2025, hasta el 3 mar 2025',
    );
    expect(outcomeWhen(suspendedThenCarried.history[0]!, 'en')).toBe(
      'on 3 Feb 2025, to 3 Mar 2025',
    );
    expect(outcomeWhen({ status: 'pending', date: '2026-01-21' }, 'es')).toBe('al 21 ene 2026');
    expect(outcomeWhen({ status: 'pending', date: '2026-01-21' }, 'en')).toBe('as of 21 Jan 2026');
  });

  it('says "in" a month, not "on" it', () => {
    expect(outcomeWhen(takenInMay, 'en')).toBe('in May 2025');
    expect(outcomeWhen(takenInMay, 'es')).toBe('en may 2025');
    expect(outcomeHistory(takenInMay, 'en')).toBe('a step taken in May 2025');
    expect(outcomeHistory(takenInMay, 'es')).toBe('medida tomada en may 2025');
  });

  it('says once what each date of a suspension means: announced, then in effect', () => {
    const announced = {
      status: 'suspended' as const,
      date: '2025-02-04',
      until: '2025-03-03',
      announced: '2025-02-03',
    };
    expect(outcomeWhen(announced, 'en')).toBe(
      'announced on 3 Feb 2025; in effect from 4 Feb 2025 to 3 Mar 2025',
    );
    expect(outcomeWhen(announced, 'es')).toBe(
      'anunciada el 3 feb 2025; vigente del 4 feb 2025 al 3 mar 2025',
    );
    const history = [announced, { status: 'carried-out' as const, date: '2025-03-04' }];
    expect(outcomeHistory({ ...history[1]!, history }, 'en')).toBe(
      'suspended (announced on 3 Feb 2025; in effect from 4 Feb 2025 to 3 Mar 2025), then carried out on 4 Mar 2025',
    );
  });

  it('says a step taken on its own date is in force from then', () => {
    expect(inForceFrom({ status: 'taken', date: '2025-06-09' }, 'en')).toBe(
      'in force from 9 Jun 2025',
    );
    expect(inForceFrom(takenInMay, 'es')).toBe('vigente desde may 2025');
  });

  it('tells the history in order', () => {
    expect(outcomeHistory(suspendedThenCarried, 'es')).toBe(
      'suspendida el 3 feb 2025, luego cumplida el 4 mar 2025',
    );
    expect(outcomeHistory(suspendedThenCarried, 'en')).toBe(
      'suspended on 3 Feb 2025, then carried out on 4 Mar 2025',
    );
  });
});

describe('titles', () => {
  it('states the finding in Spanish with the country name and date in Spanish', () => {
    const mexico = column('es');
    const { within7, threats } = mexico.view.summary;
    expect(compareTitle(mexico.view, 'MX', 'es')).toBe(
      `${within7} de ${threats} amenazas y acciones de presión de EU contra México tuvieron respuesta en una semana o menos`,
    );
    expect(compareTitle(column('en').view, 'MX', 'en')).toBe(
      `${within7} of ${threats} U.S. threats and pressure steps against Mexico were followed by a response within a week`,
    );
    // The weeks of 27 Jan and 24 Feb 2025 tie at the peak.
    expect(pressureIndexTitle(mexico.data.index, 'MX', 'es')).toBe(
      'La presión de EU sobre México llegó a su máximo en las semanas del 27 de enero y del 24 de febrero de 2025',
    );
    expect(pressureIndexTitle(column('en').data.index, 'MX', 'en')).toBe(
      'U.S. pressure on Mexico peaked in the weeks of 27 Jan 2025 and 24 Feb 2025',
    );
  });

  it('says when there is nothing to show', () => {
    expect(pressureIndexTitle([], 'CA', 'es')).toBe('Sin presión de EU sobre Canadá en los datos');
    expect(pressureIndexTitle([], 'CA', 'en')).toBe('No U.S. pressure on Canada in the data');
  });
});

describe('chart text', () => {
  it('lays out Spanish row and pair labels', () => {
    const layout = layoutCompareChart(column('es').view, 30, WIDE, 'es');
    expect(layout.rows.map((r) => r.label)).toContain(
      '1 feb 2025 · Trump firma órdenes arancelarias contra…',
    );
    const dots = layout.rows.flatMap((r) => r.dots);
    expect(dots.some((p) => p.label.endsWith(', según la fuente'))).toBe(true);
    expect(dots.some((p) => p.label.endsWith(', solo por fecha'))).toBe(true);
  });

  it('labels the index bars in Spanish', () => {
    const weeks = column('es').data.index;
    const layout = layoutPressureIndex(weeks, domain, INDEX_WIDE, indexMax(weeks), 'es');
    expect(layout.bars[0]!.label).toMatch(
      /^Semana del \d{1,2} [a-z]{3} 20\d\d: presión [\d.]+, cooperación [\d.]+$/,
    );
    expect(layout.ticks.map((t) => t.label)).toContain('ene 2025');
  });

  it('draws the Spanish images with no English left', () => {
    const mexico = column('es');
    const credit = 'Fuente: Monitor de Presión Arancelaria';
    const svgs = [
      threatsResponsesImage(mexico, domain, 30, credit, 'es'),
      pressureIndexImage(mexico, domain, indexMax(mexico.data.index), credit, 'es'),
    ].map(compareImageSvg);
    expect(svgs[0]).toContain('Amenazas y presión de EU');
    expect(svgs[0]).toContain('Respuestas de México, por días después de la amenaza');
    expect(svgs[0]).toContain('punteado: dentro de 30 días');
    expect(svgs[0]).toContain('>el plazo de 30 días</text>');
    expect(svgs[1]).toContain('Presión de EU sobre México');
    expect(svgs[1]).toContain('Cooperación de México con EU');
    for (const svg of svgs) {
      const words = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');
      expect(words).not.toMatch(/U\.S\.|threat|response|pressure|cooperation|Jan |Source/);
    }
  });

  it('keeps the English images in English', () => {
    const svg = compareImageSvg(threatsResponsesImage(column('en'), domain, 30, 'Source: x', 'en'));
    expect(svg).toContain('>U.S. threats and pressure</text>');
    expect(svg).toContain(">Mexico's responses, by days after the threat</text>");
    expect(svg).toContain('>the 30-day window</text>');
  });
});

describe('build-time images', () => {
  it('names the Spanish ones es/<chart>, under /charts/es/', () => {
    expect(defaultImageName('threats-responses', 'es')).toBe('es/threats-responses');
    expect(defaultImageName('pressure-index', 'en')).toBe('pressure-index');
  });
});
