import { describe, expect, it } from 'vitest';
import { validDataset } from '../data/fixtures/valid-dataset';
import { validateDataset } from '../data/validate';
import { defaultEventsView, type EventsView } from './view';
import { eventDetail } from './detail';
import { applyEventsView } from './filter';
import { readDataset } from '../data/read-dataset';
import type { CountryCode, EventRecord } from '../data/schema';
import { labelsFor } from '../data/labels';
import { keyNumber, keyNumberValue } from './key-number';
import { sortOrders } from './sort-orders';
import { countriesInvolved, toEventRow } from './table';

function dataset() {
  const raw = validDataset();
  raw.events.events.push({
    ...raw.events.events[0]!,
    id: 'statement-late',
    title: 'A statement',
    summary: 'Canada says something.',
    date: '2025-03-01',
    kind: 'statement',
    actor: { country: 'CA', name: 'Government of Canada' },
    target: ['US'],
    tariffs: undefined as never,
    sources: [{ source: 'wire', quote: 'a quote about troops' }],
  });
  delete (raw.events.events[2] as Record<string, unknown>).tariffs;
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.dataset;
}

const view = (patch: Partial<EventsView>) => ({ ...defaultEventsView(), ...patch });
const ids = (patch: Partial<EventsView>) => {
  const rows = dataset().events.map((e) => toEventRow(e));
  return applyEventsView(rows, view(patch), sortOrders(rows, 'en')).map((row) => row.id);
};

describe('events table', () => {
  it('shows every event by default, in date order', () => {
    expect(ids({})).toEqual(['orders-signed', 'troops-pledged', 'statement-late']);
  });

  it('filters by kind, actor and involved country', () => {
    expect(ids({ kind: ['concession'] })).toEqual(['troops-pledged']);
    expect(ids({ actor: ['US'] })).toEqual(['orders-signed']);
    expect(ids({ country: ['CA'] })).toEqual(['statement-late']);
    expect(ids({ country: ['MX'] })).toEqual(['orders-signed', 'troops-pledged']);
  });

  it('searches titles, summaries, actors and quotes, every word', () => {
    expect(ids({ q: 'TROOPS' })).toEqual(['troops-pledged', 'statement-late']);
    expect(ids({ q: 'troops canada' })).toEqual(['statement-late']);
    expect(ids({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('searches ignoring accents and case, on the text and the query alike', () => {
    const [first, second, third] = dataset().events;
    const events = [
      { ...first!, title: 'Aranceles contra los cárteles' },
      { ...second!, summary: 'Troops sent to the border with mexico.' },
      { ...third!, actor: { ...third!.actor, name: 'Government of Canada' } },
    ];
    const rows = events.map((e) => toEventRow(e));
    const search = (q: string) =>
      applyEventsView(rows, view({ q }), sortOrders(rows, 'en')).map((row) => row.id);
    expect(search('carteles')).toEqual(['orders-signed']);
    expect(search('CÁRTELES')).toEqual(['orders-signed']);
    expect(search('MÉXICO')).toEqual(['troops-pledged']);
    expect(search('Canadá')).toEqual(['statement-late']);
  });

  it('sorts by a column either way; tariff rates before troops, rows without a number last', () => {
    expect(ids({ sort: 'date', dir: 'desc' })).toEqual([
      'statement-late',
      'troops-pledged',
      'orders-signed',
    ]);
    expect(ids({ sort: 'number', dir: 'desc' })).toEqual([
      'orders-signed',
      'troops-pledged',
      'statement-late',
    ]);
    expect(ids({ sort: 'number', dir: 'asc' })).toEqual([
      'orders-signed',
      'troops-pledged',
      'statement-late',
    ]);
  });

  it('sorts by date rows that do not come in date order, ties in the order given', () => {
    const [a, b, c] = dataset().events.map((e) => toEventRow(e));
    const shuffled = [c!, { ...a!, id: 'tie-1' }, b!, a!];
    const order = (dir: 'asc' | 'desc') =>
      applyEventsView(shuffled, view({ dir }), sortOrders(shuffled, 'en')).map((row) => row.id);
    // tie-1, troops-pledged ("Feb 2025") and orders-signed (1 Feb 2025) share a first day.
    expect(order('asc')).toEqual(['tie-1', 'troops-pledged', 'orders-signed', 'statement-late']);
    expect(order('desc')).toEqual(['statement-late', 'orders-signed', 'troops-pledged', 'tie-1']);
  });

  it('labels dates at their precision and gives the key number', () => {
    const rows = dataset().events.map((e) => toEventRow(e));
    expect(rows[1]).toMatchObject({ dateLabel: 'Feb 2025', keyNumber: '10,000 troops' });
    expect(rows[0]).toMatchObject({ dateLabel: '1 Feb 2025', keyNumber: 'MX 25% threatened' });
  });
});

// countriesInvolved, keyNumber and keyNumberValue build their results in loops; the plain forms, with a Set over
// spread arrays and a map joined, are the reference: on the curated events and on events made to
// repeat countries, in both languages.
describe('row helpers', () => {
  const plainCountries = (event: EventRecord) => [
    ...new Set<CountryCode>([
      event.actor.country,
      ...event.target,
      ...(event.tariffs ?? []).map((measure) => measure.country),
    ]),
  ];
  const plainKeyNumber = (event: EventRecord, lang: string) => {
    const labels = labelsFor(lang);
    if (event.quantity) {
      const { value, unit } = event.quantity;
      return unit === 'percent' ? `${labels.number.format(value)}%` : labels.quantity(value, unit);
    }
    return (event.tariffs ?? [])
      .map((measure) => `${measure.country} ${measure.rate}% ${labels.status[measure.status]}`)
      .join(', ');
  };

  const plainKeyNumberValue = (event: EventRecord) => {
    if (event.quantity) return event.quantity.value;
    if (event.tariffs?.length) return Math.max(...event.tariffs.map((measure) => measure.rate));
    return null;
  };

  it('agree with the plain computations', () => {
    const result = readDataset();
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const curated = result.dataset.events;
    const withTariffs = curated.find((event) => event.tariffs?.length)!;
    const events: EventRecord[] = [
      ...curated,
      { ...withTariffs, quantity: undefined, tariffs: [] },
      { ...withTariffs, quantity: undefined, target: ['MX', 'US', 'MX', 'CA'] },
      {
        ...withTariffs,
        quantity: undefined,
        tariffs: [
          withTariffs.tariffs![0]!,
          { ...withTariffs.tariffs![0]!, country: 'CN', rate: withTariffs.tariffs![0]!.rate + 10 },
        ],
      },
    ];
    for (const event of events) {
      expect(countriesInvolved(event)).toEqual(plainCountries(event));
      expect(keyNumberValue(event)).toBe(plainKeyNumberValue(event));
      for (const lang of ['en', 'es']) {
        expect(keyNumber(event, lang)).toBe(plainKeyNumber(event, lang));
      }
    }
  });
});

describe('event detail', () => {
  it('resolves quotes, what an event answers, what answered it, and its neighbours', () => {
    const detail = eventDetail(dataset(), 'orders-signed')!;
    expect(detail.citations[0]!.source.id).toBe('wire');
    expect(detail.respondedBy.map((link) => link.id)).toEqual(['troops-pledged']);
    expect(detail.previous).toBeNull();
    expect(detail.next?.id).toBe('troops-pledged');
    expect(eventDetail(dataset(), 'troops-pledged')!.respondsTo.map((l) => l.id)).toEqual([
      'orders-signed',
    ]);
    expect(eventDetail(dataset(), 'missing')).toBeNull();
  });
});
