/** The timeline's words in Spanish (and unchanged in English), from the real dataset. */
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../data/fixtures/curated-dataset';
import { localizeDataset } from '../data/translations';
import { defaultTimelineView } from './view';
import { timelineChartConfig } from './chart-config';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { timelineSummary } from './summary';
import { tariffStepRows } from './tables';

const dataset = curatedDataset();
const timelineIn = (lang: string) => {
  const data = buildTimelineData(localizeDataset(dataset, lang), lang);
  const model = timelineChartModel(data, defaultTimelineView(), lang);
  return { data, model };
};
const es = timelineIn('es');
const en = timelineIn('en');

/** The scales' titles, lane labels and drawn labels of a chart config (month names: chart-annotations.test.ts). */
function chartWords(lang: string) {
  const { model } = lang === 'es' ? es : en;
  const config = timelineChartConfig(model, 'light', {}, { lang });
  const scales = config.options!.scales as unknown as Record<
    string,
    {
      title: { text: string };
      ticks: { callback: (value: number, index: number) => string };
    }
  >;
  const annotations = config.options!.plugins!.annotation!.annotations as { content?: unknown }[];
  const title = (axis: string) => scales[axis]!.title.text;
  const laneTick = scales.lane!.ticks.callback;
  return {
    rate: title('rate'),
    people: title('people'),
    lane: model.laneKinds.map((_, i) => laneTick(i, i)),
    labels: annotations.flatMap((label) =>
      typeof label.content === 'string' ? [label.content] : [],
    ),
  };
}

describe('the timeline in Spanish', () => {
  it('titles the axes, labels the lane and the transfers, and labels the ends of the lines', () => {
    const words = chartWords('es');
    expect(words.rate).toBe('Tasa arancelaria');
    expect(words.people).toBe('Trasladados');
    expect(words.lane).toEqual(['Presión', 'Concesión', 'Declaración', 'Resultado']);
    expect(words.labels.some((text) => /^\d[\d,]* personas$/.test(text))).toBe(true);
    expect(words.labels).toContain('México 25%');
  });

  it('keeps the English chart English', () => {
    const words = chartWords('en');
    expect(words.rate).toBe('Tariff rate');
    expect(words.people).toBe('Transferred');
    expect(words.lane).toEqual(['Pressure', 'Concession', 'Statement', 'Outcome']);
    expect(words.labels.some((text) => /^\d[\d,]* people$/.test(text))).toBe(true);
  });

  it('writes "not confirmed after" and the shaded suspensions in Spanish', () => {
    expect(es.model.unconfirmedLabels.map((d) => d.text)).toEqual(
      en.model.unconfirmedLabels.map(() =>
        expect.stringMatching(/^sin confirmar después del \d+ [a-z]{3} \d{4}$/),
      ),
    );
    expect(es.model.bands.map((band) => band.text)).toContain(
      'pausa de un mes: México y Canadá, del 4 feb 2025 al 3 mar 2025',
    );
    expect(en.model.bands.map((band) => band.text)).toContain(
      'one-month pause: Mexico and Canada, 4 Feb 2025 to 3 Mar 2025',
    );
  });

  it('summarises the chart in Spanish', () => {
    const summary = timelineSummary(es.data, es.model, 'tables', 'es');
    expect(summary).toMatch(
      /^Aranceles del \d+ de [a-z]+ de \d{4} al \d+ de [a-z]+ de \d{4}: México: 25% en vigor, 30% amenazado \(suspensión de 90 días\) al \d+ de [a-z]+ de \d{4}/,
    );
    expect(summary).toMatch(/\d+ suspensiones sombreadas; \d+ eventos marcados\. /);
    expect(summary).toMatch(/La tabla de abajo detalla cada cambio\.$/);
    expect(timelineSummary(es.data, es.model, 'full-view', 'es')).toMatch(
      /La vista completa detalla cada cambio\.$/,
    );
    expect(timelineSummary(en.data, en.model)).toMatch(
      /^Tariff rates from .*: Mexico 25% in effect.* The table below lists every step\.$/,
    );
  });

  it('writes the tariff steps table in Spanish: dates, suspensions and scopes', () => {
    const rows = tariffStepRows(es.data, defaultTimelineView(), es.model, 'es');
    expect(rows.map((row) => row.suspension)).toContain('pausa de 30 días, hasta el 3 mar 2025');
    expect(rows.map((row) => row.scope)).toContain('productos fuera del T-MEC');
    expect(rows[0]!.from).toMatch(/^\d+ [a-z]{3} \d{4}$/);
  });

  it('gives event key numbers Spanish units, statuses and Mexican number format', () => {
    const byId = new Map(es.data.lane.map((event) => [event.id, event]));
    const troops = [...byId.values()].find((event) => event.keyNumber.endsWith(' elementos'));
    expect(troops?.keyNumber).toBe('10,000 elementos');
    expect(es.data.announcements.some((event) => / amenazado/.test(event.keyNumber))).toBe(true);
    expect(en.data.lane.some((event) => event.keyNumber === '10,000 troops')).toBe(true);
  });
});
