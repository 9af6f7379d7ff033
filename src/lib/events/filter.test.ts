import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from '../data/translations';
import { labelsFor } from '../data/labels';
import { defaultEventsView, EVENT_SORT_KEYS, type EventsView } from './view';
import { applyEventsView } from './filter';
import { TARIFF_GROUP } from './key-number';
import { sortOrders } from './sort-orders';
import { toEventRow, type EventRow } from './table';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const dataset = result.dataset;

/** The rows of one language with their build-time sort orders, as the /events page gets them. */
function table(lang: 'en' | 'es') {
  const events = lang === 'en' ? dataset.events : localizeDataset(dataset, lang).events;
  const rows = events.map((event) => toEventRow(event, lang));
  return { rows, orders: sortOrders(rows, lang) };
}

const groupOrder = (a: string, b: string) =>
  Number(a !== TARIFF_GROUP) - Number(b !== TARIFF_GROUP) || (a < b ? -1 : 1);

/** The plain way: a stable sort comparing rows, ties in dataset order, reversed for desc. */
function compared(rows: readonly EventRow[], view: EventsView, lang: string): string[] {
  const text = new Intl.Collator(lang).compare;
  const kind = labelsFor(lang).kind;
  const keys: Record<EventsView['sort'], (a: EventRow, b: EventRow) => number> = {
    date: (a, b) => (a.sortDay < b.sortDay ? -1 : a.sortDay > b.sortDay ? 1 : 0),
    actor: (a, b) => text(a.actorName, b.actorName),
    kind: (a, b) => text(kind[a.kind], kind[b.kind]),
    title: (a, b) => text(a.title, b.title),
    number: (a, b) => (a.keyValue ?? 0) - (b.keyValue ?? 0),
  };
  const direction = view.dir === 'asc' ? 1 : -1;
  const shown = applyEventsView(
    rows,
    { ...view, sort: 'date', dir: 'asc' },
    sortOrders(rows, lang),
  );
  return shown
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const unnumbered = Number(a.row.keyValue === null) - Number(b.row.keyValue === null);
      if (view.sort === 'number' && unnumbered) return unnumbered;
      // Groups of comparable figures keep their order either way; numbers sort within them.
      if (view.sort === 'number' && a.row.keyGroup !== b.row.keyGroup) {
        return groupOrder(a.row.keyGroup!, b.row.keyGroup!);
      }
      return (keys[view.sort](a.row, b.row) || a.index - b.index) * direction;
    })
    .map(({ row }) => row.id);
}

describe('sorting the events table by its build-time orders', () => {
  it.each(['en', 'es'] as const)(
    'gives the order comparing rows gives, every column, both ways, filtered or not (%s)',
    (lang) => {
      const { rows, orders } = table(lang);
      for (const sort of EVENT_SORT_KEYS) {
        for (const dir of ['asc', 'desc'] as const) {
          for (const patch of [{}, { q: 'mexico' }, { kind: ['concession' as const] }]) {
            const view = { ...defaultEventsView(), ...patch, sort, dir };
            const shown = applyEventsView(rows, view, orders).map((row) => row.id);
            expect(shown, `${sort} ${dir} ${JSON.stringify(patch)}`).toEqual(
              compared(rows, view, lang),
            );
            expect(shown.length).toBeGreaterThan(0);
          }
        }
      }
    },
  );

  it("sorts text by the page language's collation", () => {
    const row = table('en').rows[0]!;
    const rows = ['Oso', 'Ñu', 'Nube'].map((title, i) => ({ ...row, id: `r${i}`, title }));
    const titles = (lang: string) =>
      applyEventsView(rows, { ...defaultEventsView(), sort: 'title' }, sortOrders(rows, lang)).map(
        (r) => r.title,
      );
    expect(titles('es')).toEqual(['Nube', 'Ñu', 'Oso']);
    expect(titles('en')).toEqual(['Ñu', 'Nube', 'Oso']);
  });

  it('sorts kinds by the label shown, in Spanish too', () => {
    const { rows, orders } = table('es');
    const kinds = applyEventsView(rows, { ...defaultEventsView(), sort: 'kind' }, orders).map(
      (row) => row.kind,
    );
    const firsts = kinds.filter((kind, i) => kind !== kinds[i - 1]);
    expect(firsts).toEqual(['tariff', 'concession', 'statement', 'pressure', 'outcome']);
  });

  it.each(['en', 'es'] as const)(
    'finds the same events typed with or without accents, in any case (%s)',
    (lang) => {
      const { rows, orders } = table(lang);
      const ids = (q: string) =>
        applyEventsView(rows, { ...defaultEventsView(), q }, orders).map((row) => row.id);
      for (const [plain, accented] of [
        ['carteles', 'cárteles'],
        ['mexico', 'MÉXICO'],
        ['canada', 'Canadá'],
      ]) {
        expect(ids(plain!), `${plain} / ${accented}`).toEqual(ids(accented!));
      }
      expect(ids('canada').length).toBeGreaterThan(0);
      expect(ids('mexico').length).toBeGreaterThan(0);
      if (lang === 'es') expect(ids('carteles').length).toBeGreaterThan(0);
    },
  );

  it('says so when the orders do not belong to the rows', () => {
    const { rows, orders } = table('en');
    expect(() =>
      applyEventsView(rows.slice(1), { ...defaultEventsView(), sort: 'title' }, orders),
    ).toThrow(/title sort order has \d+ rows; the table has \d+/);
  });
});

describe('the date range and the dates as shown', () => {
  const { rows, orders } = table('en');
  const shown = (patch: Partial<EventsView>) =>
    applyEventsView(rows, { ...defaultEventsView(), ...patch }, orders).map((row) => row.id);

  it('keeps an event whose day, month or span touches the range', () => {
    const march = shown({ from: '2025-03-01', to: '2025-03-31' });
    // A span from c. 13 Feb to c. 5 Mar 2025 reaches into March.
    expect(march).toContain('2025-02-13-mexico-opens-antidumping-probes-on-china');
    expect(march).toContain('2025-03-04-tariffs-take-effect');
    expect(march).toHaveLength(3);
    expect(march).not.toContain('2025-02-27-mexico-hands-over-29-prisoners');
    // The visas, revoked from May to October 2025, touch a range of one day in August.
    expect(shown({ from: '2025-08-20', to: '2025-08-20' })).toContain(
      '2025-05-us-revokes-visas-of-mexican-politicians',
    );
    expect(shown({ from: '2025-07-15' })).toContain('2025-07-record-low-border-crossings');
    expect(shown({ to: '2025-07-01' })).toContain('2025-07-record-low-border-crossings');
    expect(shown({ to: '2025-06-30' })).not.toContain('2025-07-record-low-border-crossings');
  });

  it('finds the dates as the table writes them, in either language', () => {
    expect(shown({ q: 'Jul 2025' })).toContain('2025-07-record-low-border-crossings');
    const es = table('es');
    const spanish = applyEventsView(es.rows, { ...defaultEventsView(), q: 'jul 2025' }, es.orders);
    expect(spanish.map((row) => row.id)).toContain('2025-07-record-low-border-crossings');
  });
});
