/** `?highlight=`: reading the parameter, checking it against the real dataset, and the chart model. */
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../data/fixtures/curated-dataset';
import { localizeDataset } from '../data/translations';
import { timelineAltText } from './alt-text';
import { timelineChartModel } from './chart-model';
import { buildTimelineData } from './data';
import { MAX_HIGHLIGHTS, highlightParam } from '../charts/highlight';
import { whyHidden } from './highlight';
import { timelineSummary } from './summary';
import {
  defaultTimelineView,
  readTimelineView,
  timelineViewParams,
  type TimelineView,
} from './view';
import { queryString, writeView } from '../url-state/params';

const dataset = curatedDataset();
const data = buildTimelineData(dataset);
const dataEs = buildTimelineData(localizeDataset(dataset, 'es'), 'es');

const TROOPS = '2025-02-03-mexico-pledges-10000-guard-troops';
const DRONES = '2025-04-08-us-weighs-drone-strikes-on-cartels';
const ORDERS = '2025-02-01-tariff-orders-signed';
const CANADA_LISTS = '2025-02-20-canada-lists-seven-groups-as-terrorists';

const read = (query: string, lang = 'en') =>
  readTimelineView(new URLSearchParams(query), lang, lang === 'es' ? dataEs : data);
const model = (view: Partial<TimelineView>, lang = 'en') =>
  timelineChartModel(lang === 'es' ? dataEs : data, { ...defaultTimelineView(), ...view }, lang);

describe('highlightParam', () => {
  const spec = highlightParam();

  it('reads one id, several joined by ~, each once', () => {
    expect(spec.parse(TROOPS)).toEqual([TROOPS]);
    expect(spec.parse(`${TROOPS}~${DRONES}~${TROOPS}~`)).toEqual([TROOPS, DRONES]);
    expect(spec.serialize([TROOPS, DRONES])).toBe(`${TROOPS}~${DRONES}`);
  });

  it(`rejects nothing but ~, and more than ${MAX_HIGHLIGHTS} ids`, () => {
    expect(spec.parse('~~')).toBeUndefined();
    expect(
      spec.parse(Array.from({ length: MAX_HIGHLIGHTS + 1 }, (_, i) => `e${i}`).join('~')),
    ).toBe(undefined);
  });

  it('writes itself into the query string, ~ kept readable, and is left out when empty', () => {
    const view = { ...defaultTimelineView(), highlight: [TROOPS, DRONES] };
    expect(queryString(writeView(timelineViewParams, view))).toBe(`?highlight=${TROOPS}~${DRONES}`);
    expect(queryString(writeView(timelineViewParams, defaultTimelineView()))).toBe('');
  });
});

describe('reading ?highlight= against the data', () => {
  it('keeps known ids without a notice', () => {
    const { view, notices } = read(`highlight=${TROOPS}~${DRONES}`);
    expect(view.highlight).toEqual([TROOPS, DRONES]);
    expect(notices).toEqual([]);
  });

  it('drops an unknown id with a one-line notice, keeping the known ones', () => {
    expect(read('highlight=no-such-event').view.highlight).toEqual([]);
    expect(read('highlight=no-such-event').notices).toEqual([
      'Ignored highlight="no-such-event": no event has that id.',
    ]);
    const mixed = read(`highlight=nope~${TROOPS}~also-not`);
    expect(mixed.view.highlight).toEqual([TROOPS]);
    expect(mixed.notices).toEqual(['Ignored highlight="nope~also-not": no event has that id.']);
  });

  it('shortens and strips hostile values in the notice', () => {
    const markup = read('highlight=<img src=x onerror=alert(1)>');
    expect(markup.view.highlight).toEqual([]);
    expect(markup.notices).toEqual([
      'Ignored highlight="<img src=x onerror=alert(1)>": no event has that id.',
    ]);
    const long = read(`highlight=${'a'.repeat(5000)}`);
    expect(long.view.highlight).toEqual([]);
    expect(long.notices).toHaveLength(1);
    expect(long.notices[0]!.length).toBeLessThan(150);
    const controls = read(`highlight=${encodeURIComponent('bad\u0000\u001bid')}`);
    expect(controls.notices).toEqual(['Ignored highlight="badid": no event has that id.']);
    expect(read('highlight=a~b~c~d~e~f').notices).toEqual([
      'Ignored highlight="a~b~c~d~e~f": expected up to 5 event ids joined by ~.',
    ]);
  });

  it('says why a known event is not highlighted: its dates, its country or its kind', () => {
    expect(read(`highlight=${DRONES}&to=2025-03-31`).notices).toEqual([
      'Not highlighted: “Report: U.S. weighs drone strikes on cartels in Mexico” (8 Apr 2025) falls outside the dates shown, 25 Nov 2024 to 31 Mar 2025.',
    ]);
    const canada = read(`highlight=${CANADA_LISTS}~${TROOPS}&country=MX`);
    expect(canada.view.highlight).toEqual([TROOPS]);
    expect(canada.notices[0]).toMatch(/^Not highlighted: “.+” \(20 Feb 2025\) bears on none/);
    expect(read(`highlight=${TROOPS}&kind=pressure`).notices[0]).toMatch(
      /is of a kind not shown \(Concession\)\.$/,
    );
  });

  it('gives its notices in Spanish', () => {
    expect(read('highlight=nada', 'es').notices).toEqual([
      'Se ignoró highlight="nada": ningún evento tiene ese identificador.',
    ]);
    expect(read(`highlight=${DRONES}&to=2025-03-31`, 'es').notices[0]).toMatch(
      /^Sin resaltar: “.+” \(8 abr 2025\) queda fuera de las fechas mostradas/,
    );
  });

  it('checks the highlight against the corrected range after a reversed one', () => {
    const { view, notices } = read(`highlight=${DRONES}&from=2025-12-31&to=2025-01-01`);
    expect(view.highlight).toEqual([DRONES]);
    expect(notices).toHaveLength(1);
  });
});

describe('the chart model of a highlight', () => {
  it('draws every event as usual without one', () => {
    const plain = model({});
    expect(plain.callouts).toEqual([]);
    expect(new Set(plain.markers.map((m) => m.emphasis))).toEqual(new Set(['normal']));
  });

  it('rings the highlighted marker, dims every other event and names it in a callout', () => {
    const highlighted = model({ highlight: [TROOPS] });
    const ringed = highlighted.markers.filter((m) => m.emphasis === 'highlighted');
    expect(ringed.map((m) => m.event.id)).toEqual([TROOPS]);
    expect(highlighted.markers.filter((m) => m.emphasis === 'normal')).toEqual([]);
    expect(highlighted.announcements.every((a) => a.emphasis === 'dimmed')).toBe(true);
    expect(highlighted.callouts).toEqual([
      {
        eventId: TROOPS,
        x: Date.UTC(2025, 1, 3),
        title: ringed[0]!.event.title,
        date: '3 Feb 2025',
      },
    ]);
  });

  it('highlights a tariff announcement and several events, callouts in date order', () => {
    const both = model({ highlight: [DRONES, ORDERS] });
    expect(both.callouts.map((c) => c.eventId)).toEqual([ORDERS, DRONES]);
    expect(both.announcements.find((a) => a.event.id === ORDERS)?.emphasis).toBe('highlighted');
    expect(both.markers.find((m) => m.event.id === DRONES)?.emphasis).toBe('highlighted');
  });

  it('names the highlight in the summary and the alt text, in the chart language', () => {
    const highlighted = model({ highlight: [TROOPS] });
    expect(timelineSummary(data, highlighted)).toMatch(/Highlighted: “.+” \(3 Feb 2025\)\.$/);
    expect(timelineAltText(data, highlighted)).toMatch(/Highlighted: “.+” \(3 Feb 2025\)\.$/);
    const es = model({ highlight: [TROOPS] }, 'es');
    expect(timelineAltText(dataEs, es, 'es')).toMatch(/Resaltado: “.+” \(3 feb 2025\)\.$/);
  });

  it('draws no highlight for an event the view hides, as whyHidden says', () => {
    const views: Partial<TimelineView>[] = [
      { to: '2025-03-31' },
      { country: ['CA'] },
      { kind: ['pressure'] },
      { from: '2025-06-01', country: ['MX', 'CN'] },
    ];
    for (const view of views) {
      const full = { ...defaultTimelineView(), ...view };
      for (const event of [...data.announcements, ...data.lane]) {
        const drawn = model({ ...view, highlight: [event.id] }).callouts.length === 1;
        expect(drawn, `${event.id} in ${JSON.stringify(view)}`).toBe(
          whyHidden(event, full, data) === null,
        );
      }
    }
  });
});
