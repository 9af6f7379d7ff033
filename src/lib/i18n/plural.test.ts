import { describe, expect, it } from 'vitest';
import * as m from '../paraglide/messages.js';
import { plural, type PluralForms } from './plural';

describe('count messages', () => {
  const counts = [0, 1, 2, 48, 1_000_000];
  const say = <P>(lang: string, forms: PluralForms<P>, at: (count: number) => P) =>
    counts.map((count) => plural(count, forms, at(count), lang));

  it('agree with 0, 1 and many in English', () => {
    const forms = { one: m.hc_behind_one, other: m.hc_behind_other };
    expect(say('en', forms, (count) => ({ count }))).toEqual([
      '0 events behind this',
      '1 event behind this',
      '2 events behind this',
      '48 events behind this',
      '1000000 events behind this',
    ]);
  });

  it('agree with 0, 1 and many in Spanish, a million included', () => {
    const forms = { one: m.events_count_one, other: m.events_count_other };
    expect(say('es', forms, (shown) => ({ shown, total: 48 }))).toEqual([
      'Se muestran 0 de 48 eventos.',
      'Se muestra 1 de 48 eventos.',
      'Se muestran 2 de 48 eventos.',
      'Se muestran 48 de 48 eventos.',
      'Se muestran 1000000 de 48 eventos.',
    ]);
  });

  it('speak English for a language the site has not', () => {
    const forms = { one: m.hc_behind_one, other: m.hc_behind_other };
    expect(plural(1, forms, { count: 1 }, 'fr')).toBe('1 event behind this');
  });
});
