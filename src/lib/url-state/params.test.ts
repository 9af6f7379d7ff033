import { describe, expect, it } from 'vitest';
import { defaultEventsView, readEventsView, writeEventsView } from '../events/view';
import { queryString } from './params';
import { readTimelineView } from '../timeline/view';

const read = (query: string) => readEventsView(new URLSearchParams(query));

describe('events view URL state', () => {
  it('reads OWID-style ~ lists and keeps them in canonical order', () => {
    const { view, notices } = read('kind=concession~tariff&country=CA~MX&q=troops');
    expect(notices).toEqual([]);
    expect(view.kind).toEqual(['tariff', 'concession']);
    expect(view.country).toEqual(['MX', 'CA']);
    expect(view.q).toBe('troops');
  });

  it('round-trips a view through its query string', () => {
    const view = {
      ...defaultEventsView(),
      kind: ['pressure' as const],
      q: 'Hegseth',
      sort: 'title' as const,
      dir: 'desc' as const,
    };
    const text = queryString(writeEventsView(view));
    expect(text).toBe('?kind=pressure&q=Hegseth&sort=title&dir=desc');
    expect(read(text.slice(1)).view).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(queryString(writeEventsView(defaultEventsView()))).toBe('');
  });

  it.each([
    ['kind=<script>alert(1)</script>', 'kind'],
    ['actor=XX', 'actor'],
    ['country=MX~ZZ', 'country'],
    ['sort=__proto__', 'sort'],
    ['dir=sideways', 'dir'],
    ['from=2025-02-30', 'from'],
    ['to=<img src=x onerror=alert(1)>', 'to'],
    [`q=${'a'.repeat(101)}`, 'q'],
    [`kind=${'tariff~'.repeat(1000)}`, 'kind'],
  ])('falls back to the default for %s, with a notice', (query, key) => {
    const { view, notices } = read(query);
    expect(view[key as keyof typeof view]).toEqual(defaultEventsView()[key as keyof typeof view]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Ignored ${key}=`));
    expect(notices[0]!.length).toBeLessThan(200);
  });

  it('reads a date range, and drops a reversed one with a notice', () => {
    expect(read('from=2025-03-01&to=2025-03-31').view).toMatchObject({
      from: '2025-03-01',
      to: '2025-03-31',
    });
    const reversed = read('from=2025-12-31&to=2025-01-01');
    expect(reversed.view).toMatchObject({ from: '', to: '' });
    expect(reversed.notices).toEqual([
      'Ignored the date range 2025-12-31 to 2025-01-01: it ends before it starts.',
    ]);
  });

  it('keeps a lone valid list item that repeats', () => {
    expect(read('country=MX~MX').view.country).toEqual(['MX']);
  });

  it('strips control characters from the echoed value', () => {
    const { notices } = read('sort=a%00b%0Ac');
    expect(notices[0]).toContain('"abc"');
  });
});

describe('notices in Spanish', () => {
  it('says which parameter was ignored and what it expects, in the page language', () => {
    const { notices } = readEventsView(
      new URLSearchParams('sort=fecha&q=' + 'a'.repeat(101)),
      'es',
    );
    expect(notices).toEqual([
      'Se ignoró q="aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…": se esperaba un texto de 100 caracteres como máximo.',
      'Se ignoró sort="fecha": se esperaba uno de date, actor, kind, title, number.',
    ]);
  });

  it('reports a reversed date range and a bad date in Spanish, and in English by default', () => {
    const query = new URLSearchParams('from=2025-12-31&to=2025-01-01&kind=tarifa');
    expect(readTimelineView(query, 'es').notices).toEqual([
      'Se ignoró kind="tarifa": se esperaba cualquiera de tariff, pressure, concession, statement, outcome, unidos con ~.',
      'Se ignoró el rango de fechas del 2025-12-31 al 2025-01-01: termina antes de empezar.',
    ]);
    expect(readTimelineView(new URLSearchParams('from=31-12-2025'), 'es').notices).toEqual([
      'Se ignoró from="31-12-2025": se esperaba una fecha AAAA-MM-DD.',
    ]);
    expect(readTimelineView(query).notices[1]).toBe(
      'Ignored the date range 2025-12-31 to 2025-01-01: it ends before it starts.',
    );
  });
});
