import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { defaultTimelineView, type TimelineView } from './view';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { headlineFigures } from './headline';
import { formatDate } from '../dates/dates';

const curated = readDataset();
if (!curated.ok) throw new Error(curated.problems.join('\n'));
const data = buildTimelineData(curated.dataset);
const view = (patch: Partial<TimelineView> = {}) => ({ ...defaultTimelineView(), ...patch });
const headline = (patch: Partial<TimelineView> = {}) => headlineFigures(data, view(patch));

describe('headline figures for the view', () => {
  it('counts the people transferred by the view’s last day, as the chart does', () => {
    const figure = headline({ to: '2025-08-31' }).peopleTransferred!;
    expect(figure).toMatchObject({ total: 55, by: '2025-08-31' });
    expect(figure.evidence.map((e) => e.id)).toEqual([
      '2025-02-27-mexico-hands-over-29-prisoners',
      '2025-08-12-mexico-hands-over-26-prisoners',
    ]);
    const model = timelineChartModel(data, view({ to: '2025-08-31' }));
    expect(model.transfersMax).toBe(figure.total);
    expect(headline().peopleTransferred).toMatchObject({ total: 92, by: data.extent.end });
  });

  it('gives each status on the view’s last day, as the chart draws it', () => {
    const march = headline({ to: '2025-03-31' }).statuses;
    expect(march.map((s) => [s.country, s.inEffect, s.asOf, s.unconfirmedAfter])).toEqual([
      ['MX', 25, '2025-03-31', null],
      ['CA', 25, '2025-03-31', null],
      // China's steps stop on 4 Mar 2025: its 20% carries on, unconfirmed after that day.
      ['CN', 20, '2025-03-31', '2025-03-04'],
    ]);
    // At the data's end every rate carries on; Canada's 35% is confirmed by a later article, as the
    // chart's weaker line starts there too. The 30% threatened against Mexico ends with its steps.
    const latest = headline().statuses;
    const model = timelineChartModel(data, view());
    for (const status of latest) {
      const label = model.unconfirmedLabels.find((l) => l.country === status.country);
      expect(label?.text).toContain(formatDate(status.unconfirmedAfter!, 'day', 'en'));
      expect(model.endLabels.find((l) => l.country === status.country)?.y).toBe(status.inEffect);
    }
    expect(latest.find((s) => s.country === 'CA')!.unconfirmedAfter).toBe('2025-08-08');
    expect(latest.find((s) => s.country === 'MX')).toMatchObject({
      threatened: null,
      suspendedUntil: null,
    });
    // Before the orders took effect nothing was in force, though 25% was threatened.
    const january = headline({ to: '2025-01-31' }).statuses.find((s) => s.country === 'MX')!;
    expect([january.inEffect, january.threatened]).toEqual([0, 25]);
    expect(january.evidence.map((e) => e.id)).toContain(
      '2024-11-25-trump-pledges-tariffs-on-mexico-canada-china',
    );
  });

  it('shows only the countries chosen, and Mexico’s figures only with Mexico', () => {
    const canada = headline({ country: ['CA'] });
    expect(canada.statuses.map((s) => s.country)).toEqual(['CA']);
    expect(canada.peopleTransferred).toBeNull();
    expect(canada.troopsDeployed).toBeNull();
    expect(headline({ country: ['MX'] }).troopsDeployed).toMatchObject({ total: 10000 });
  });
});

describe('the chart follows the countries chosen', () => {
  const canadaOnly = timelineChartModel(data, view({ country: ['CA'] }));

  it('marks only events bearing on them', () => {
    const ids = canadaOnly.markers.map((m) => m.event.id);
    expect(ids).toContain('2025-02-20-canada-lists-seven-groups-as-terrorists');
    expect(ids).not.toContain('2025-02-03-mexico-pledges-10000-guard-troops');
    for (const marker of canadaOnly.markers) expect(marker.event.countries).toContain('CA');
  });

  it('drops the transfers panel without Mexico', () => {
    expect(canadaOnly.showsTransfers).toBe(false);
    expect(canadaOnly.transfers).toEqual([]);
    expect(canadaOnly.transferReadouts).toEqual([]);
  });

  it('reads the transfers panel step by step, in the page’s language', () => {
    const texts = (lang: string) =>
      timelineChartModel(data, view({ to: '2025-08-31' }), lang).transferReadouts.map(
        (r) => r.text,
      );
    expect(texts('en')).toEqual(['29 people by 27 Feb 2025', '55 people by 12 Aug 2025']);
    expect(texts('es')[1]).toBe('55 personas al 12 ago 2025');
  });
});
