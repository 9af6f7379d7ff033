/** The timeline's alt text, from the real dataset: its figures, in either language, for a view. */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from '../data/translations';
import { formatDate } from '../dates/dates';
import { timelineAltText } from './alt-text';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { defaultTimelineView, type TimelineView } from './view';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;

function altText(lang: string, view: Partial<TimelineView> = {}) {
  const data = buildTimelineData(localizeDataset(dataset, lang), lang);
  const model = timelineChartModel(data, { ...defaultTimelineView(), ...view }, lang);
  return { text: timelineAltText(data, model, lang), model };
}

describe('the timeline alt text', () => {
  it('says what the chart shows, over its dates, with each country’s highest rate', () => {
    const { text, model } = altText('en');
    expect(text).toMatch(/^Chart of U\.S\. tariff rates on Mexico, Canada, and China, /);
    expect(text).toContain(`from ${formatDate(model.from)} to ${formatDate(model.to)}.`);
    expect(text).toContain('Highest rate in effect: Mexico 25% (threatened: 30%), Canada 35%');
    const marked = model.announcements.length + model.markers.length;
    expect(text).toMatch(new RegExp(`${model.bands.length} suspensions shaded; ${marked} events`));
    expect(text.length).toBeLessThanOrEqual(300);
  });

  it('speaks Spanish on the Spanish page, dates and all', () => {
    const { text, model } = altText('es');
    expect(text).toMatch(/^Gráfica de los aranceles de EU a México, Canadá y China, /);
    expect(text).toContain(`del ${formatDate(model.from, 'day', 'es', 'prose')} al `);
    expect(text).toContain('Tasa en vigor más alta: México 25% (amenazado: 30%), Canadá 35%');
    expect(text).toMatch(/suspensiones sombreadas; \d+ eventos marcados\.$/);
    expect(text.length).toBeLessThanOrEqual(300);
  });

  it('follows the view: its countries, its dates, and the rates within them', () => {
    const { text } = altText('en', { country: ['CA'], from: '2025-01-01', to: '2025-02-28' });
    expect(text).toContain('tariff rates on Canada, in effect and threatened');
    expect(text).toContain('from 1 Jan 2025 to 28 Feb 2025.');
    expect(text).not.toContain('Mexico');
    // Threatened, suspended, and not yet in effect in those two months.
    expect(text).toContain('Highest rate in effect: Canada 0% (threatened: 25%).');
    expect(altText('es', { country: ['CA'], from: '2025-01-01', to: '2025-02-28' }).text).toMatch(
      /Canadá 0% \(amenazado: 25%\)\. 1 suspensión sombreada; \d+ eventos? marcados?\.$/,
    );
  });
});
