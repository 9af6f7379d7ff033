import { describe, expect, it } from 'vitest';
import { defaultEventsView, readEventsView, writeEventsView } from './events-view';
import { queryString } from './params';

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
    [`q=${'a'.repeat(101)}`, 'q'],
    [`kind=${'tariff~'.repeat(1000)}`, 'kind'],
  ])('falls back to the default for %s, with a notice', (query, key) => {
    const { view, notices } = read(query);
    expect(view[key as keyof typeof view]).toEqual(defaultEventsView()[key as keyof typeof view]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^Ignored ${key}=`));
    expect(notices[0]!.length).toBeLessThan(200);
  });

  it('keeps a lone valid list item that repeats', () => {
    expect(read('country=MX~MX').view.country).toEqual(['MX']);
  });

  it('strips control characters from the echoed value', () => {
    const { notices } = read('sort=a%00b%0Ac');
    expect(notices[0]).toContain('"abc"');
  });
});
