/** The comparison charts' alt texts, from the real dataset: their figures, in either language, for a view. */
import { describe, expect, it } from 'vitest';
import { eventsExtent, viewRange } from '../data/extent';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from '../data/translations';
import { pressureIndexAltText, threatsResponsesAltText } from './alt-text';
import { compareColumns } from './columns';
import { buildComparisonData, COMPARE_COUNTRIES } from './comparison';
import { formatLag } from './lag';
import { defaultCompareView, type CompareView } from './view';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;

function altTexts(lang: string, changes: Partial<CompareView> = {}) {
  const view = { ...defaultCompareView(), ...changes };
  const localized = localizeDataset(dataset, lang);
  const comparisons = COMPARE_COUNTRIES.map((c) => buildComparisonData(localized, c, lang));
  const domain = viewRange(view, eventsExtent(dataset.events));
  return compareColumns(comparisons, view).map((column) => ({
    column,
    threats: threatsResponsesAltText(column, domain, view.window, lang),
    index: pressureIndexAltText(column, domain, lang),
  }));
}

describe('the threats-and-responses alt text', () => {
  it('gives the counts, the median lag and the dates of the view', () => {
    const { column, threats } = altTexts('en')[0]!;
    const { summary, responses } = column.view;
    expect(threats).toMatch(/^Chart of U\.S\. threats and pressure steps against Mexico /);
    expect(threats).toContain(`: ${summary.threats} threats, ${responses.length} responses.`);
    expect(threats).toContain(
      `${summary.answered} threats answered; median lag to the first response: ${formatLag(summary.medianLag!, 'en')}; 30-day window.`,
    );
    expect(threats).toMatch(/ from \d{1,2} [A-Z][a-z]{2} \d{4} to \d{1,2} [A-Z][a-z]{2} \d{4}:/);
    expect(threats.length).toBeLessThanOrEqual(300);
  });

  it('speaks Spanish on the Spanish page', () => {
    const { column, threats } = altTexts('es')[0]!;
    expect(threats).toMatch(/^Gráfica de las amenazas y acciones de presión de EU contra México /);
    expect(threats).toContain(`: ${column.view.summary.threats} amenazas, `);
    expect(threats).toMatch(/amenazas? respondidas?; demora mediana hasta la primera respuesta: /);
    expect(threats).toMatch(/ del \d{1,2} de [a-z]+ de \d{4} al \d{1,2} de [a-z]+ de \d{4}: /);
    expect(threats).toMatch(/; plazo de 30 días\.$/);
    expect(threats.length).toBeLessThanOrEqual(300);
  });

  it('follows the view: countries, dates and window, in the singular where one', () => {
    const texts = altTexts('en', {
      country: ['MX', 'CA'],
      from: '2025-03-01',
      to: '2025-06-30',
      window: 7,
    });
    expect(texts.map((t) => t.column.country)).toEqual(['MX', 'CA']);
    const [mexico, canada] = texts;
    expect(mexico!.threats).toContain('from 1 Mar 2025 to 30 Jun 2025: 3 threats, 1 response.');
    expect(mexico!.threats).toMatch(/1 threat answered; .*; 7-day window\.$/);
    expect(canada!.threats).toMatch(/against Canada .*: 0 threats, 0 responses\.$/);
  });
});

describe('the pressure index alt text', () => {
  it('gives the peaks of pressure and cooperation, with their weeks', () => {
    const { column, index } = altTexts('en')[0]!;
    const peak = Math.max(...column.data.index.map((w) => w.pressure));
    expect(index).toMatch(/^Bar chart of weekly U\.S\. pressure on Mexico \(above\) /);
    expect(index).toContain(`Peak pressure: ${peak}, week of 27 Jan 2025.`);
    expect(index).toMatch(/Peak cooperation: [\d.]+, week of \d{1,2} [A-Z][a-z]{2} \d{4}\.$/);
    expect(index.length).toBeLessThanOrEqual(300);
  });

  it('speaks Spanish, and follows the dates chosen', () => {
    const { index } = altTexts('es')[0]!;
    expect(index).toContain('Presión máxima: 12.8, semana del 27 de enero de 2025.');
    expect(index.length).toBeLessThanOrEqual(300);
    const [, canada] = altTexts('en', {
      country: ['MX', 'CA'],
      from: '2025-03-01',
      to: '2025-06-30',
    });
    expect(canada!.index).toContain('on Canada (above)');
    expect(canada!.index).toContain('from 1 Mar 2025 to 30 Jun 2025.');
    expect(canada!.index).toMatch(/week of 3 Mar 2025\. No cooperation in these weeks\.$/);
  });
});
