import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from '../data/translations';
import { labelsFor } from '../data/labels';
import { defaultEventsView, EVENT_SORT_KEYS, type EventsView } from './view';
import { applyEventsView } from './filter';
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
