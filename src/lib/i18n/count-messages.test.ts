import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as m from '../paraglide/messages.js';
import type { Message } from './index';
import { plural } from './plural';

const LANGS = ['en', 'es'] as const;
const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8'));

/** Placeholders that hold a count of things, which the words around them must agree with. */
const COUNT_PLACEHOLDER = /\{(count|shown|drawn|within|days|max|amount)\}/;

/**
 * Messages with a count that needs no second form: the tied weeks of a peak are three or more
 * (two have their own message); the invalid-window notice repeats a bare number; a whole number
 * "from {min} to {max}" names a range.
 */
const SINGLE_FORM = new Set([
  'compare_index_title_peak_many',
  'cc_window_invalid',
  'expects_integer',
]);

describe('count messages', () => {
  it('every message with a count has a singular and a plural form, in both languages', () => {
    for (const lang of LANGS) {
      const messages = read(lang);
      const single = Object.keys(messages).filter(
        (key) =>
          COUNT_PLACEHOLDER.test(messages[key]!) &&
          !/_(one|other)$/.test(key) &&
          !SINGLE_FORM.has(key),
      );
      expect(single, lang).toEqual([]);
      for (const key of Object.keys(messages).filter((k) => k.endsWith('_one'))) {
        expect(messages, `${lang}: ${key}`).toHaveProperty(key.replace(/_one$/, '_other'));
      }
    }
  });

  it('pick the singular for 1 and the plural for 0 and many, in both languages', () => {
    const messages = m as unknown as Record<string, Message<Record<string, number>>>;
    for (const lang of LANGS) {
      for (const key of Object.keys(read(lang)).filter((k) => k.endsWith('_one'))) {
        const stem = key.replace(/_one$/, '');
        const forms = { one: messages[key]!, other: messages[`${stem}_other`]! };
        for (const count of [0, 1, 48]) {
          const params = new Proxy({}, { get: () => count }) as Record<string, number>;
          const expected = (count === 1 ? forms.one : forms.other)(params, { locale: lang });
          expect(plural(count, forms, params, lang), `${lang} ${stem} ${count}`).toBe(expected);
        }
      }
    }
  });

  const say = <P>(
    forms: { one: Message<P>; other: Message<P> },
    lang: string,
    at: (n: number) => P,
  ) => [0, 1, 48].map((n) => plural(n, forms, at(n), lang));

  it('agree in Spanish with 0, 1 and many', () => {
    expect(
      say({ one: m.events_count_one, other: m.events_count_other }, 'es', (n) => ({
        shown: n,
        total: 48,
      })),
    ).toEqual([
      'Se muestran 0 de 48 eventos.',
      'Se muestra 1 de 48 eventos.',
      'Se muestran 48 de 48 eventos.',
    ]);
    expect(
      say({ one: m.hc_behind_one, other: m.hc_behind_other }, 'es', (count) => ({ count })),
    ).toEqual([
      'Esta cifra se basa en 0 eventos',
      'Esta cifra se basa en 1 evento',
      'Esta cifra se basa en 48 eventos',
    ]);
    expect(
      say({ one: m.sources_cite_one, other: m.sources_cite_other }, 'es', (count) => ({ count })),
    ).toEqual([
      '0 eventos citan esta nota',
      '1 evento cita esta nota',
      '48 eventos citan esta nota',
    ]);
    expect(
      say({ one: m.suspension_days_one, other: m.suspension_days_other }, 'es', (days) => ({
        days,
      })),
    ).toEqual(['suspensión de 0 días', 'suspensión de 1 día', 'suspensión de 48 días']);
    expect(
      say({ one: m.expects_text_one, other: m.expects_text_other }, 'es', (max) => ({ max })),
    ).toEqual([
      'un texto de 0 caracteres como máximo',
      'un texto de 1 carácter como máximo',
      'un texto de 48 caracteres como máximo',
    ]);
    expect(
      say({ one: m.quantity_millions_one, other: m.quantity_millions_other }, 'es', (amount) => ({
        amount,
        unit: 'dólares',
      })),
    ).toEqual(['0 millones de dólares', '1 millón de dólares', '48 millones de dólares']);
    expect(
      say({ one: m.compare_title_within_one, other: m.compare_title_within_other }, 'es', (n) => ({
        within: n,
        threats: 48,
        country: 'México',
      })).map((title) => title.replace(/ amenazas.*contra México/, '…')),
    ).toEqual([
      '0 de 48… tuvieron respuesta en una semana o menos',
      '1 de 48… tuvo respuesta en una semana o menos',
      '48 de 48… tuvieron respuesta en una semana o menos',
    ]);
  });

  it('agree in English with 0, 1 and many', () => {
    expect(
      say({ one: m.hc_behind_one, other: m.hc_behind_other }, 'en', (count) => ({ count })),
    ).toEqual(['0 events behind this', '1 event behind this', '48 events behind this']);
    expect(
      say({ one: m.expects_text_one, other: m.expects_text_other }, 'en', (max) => ({ max })),
    ).toEqual([
      'text of at most 0 characters',
      'text of at most 1 character',
      'text of at most 48 characters',
    ]);
    expect(
      say({ one: m.tl_marked_one, other: m.tl_marked_other }, 'en', (count) => ({ count })),
    ).toEqual(['0 events marked', '1 event marked', '48 events marked']);
  });
});
