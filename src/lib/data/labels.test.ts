import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import { COUNTRY_NAMES, labelsFor, TRANSLATED_VOCABULARY } from './labels';

describe('labels', () => {
  it('names codes from the messages, in each language', () => {
    expect(labelsFor('en').country.MX).toBe('Mexico');
    expect(labelsFor('es').country.MX).toBe('México');
    expect(labelsFor('es').kind.concession).toBe('Concesión');
    expect(labelsFor('es').status.imposed).toBe('en vigor');
    expect(labelsFor('es').dateBasis['public-record']).toBe('del registro público');
    expect(labelsFor('fr').country.US).toBe('United States');
    // Outside a request the page's language is English.
    expect(COUNTRY_NAMES.CA).toBe('Canada');
  });

  it("writes numbers as Intl does in the language's locale, with one formatter per language", () => {
    for (const [lang, locale] of [
      ['en', 'en-US'],
      ['es', 'es-MX'],
    ] as const) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of [0, 7, 1234, -1234, 12.5, 0.1 + 0.2, 2.8 * 3, 1e21]) {
        expect(labelsFor(lang).number.format(value)).toBe(intl.format(value));
      }
      expect(labelsFor(lang).number).toBe(labelsFor(lang).number);
    }
    expect(labelsFor('es').number.format(10_000_000)).toBe('10,000,000');
    expect(labelsFor('es').percent.format(2 / 3)).toBe('67%');
  });

  it('gives units the form that agrees with the count: 0, 1 and many', () => {
    const units = (lang: string, unit: string) =>
      [0, 1, 10_000].map((count) => labelsFor(lang).unit(unit, count));
    expect(units('en', 'troops')).toEqual(['troops', 'troop', 'troops']);
    expect(units('es', 'troops')).toEqual(['elementos', 'elemento', 'elementos']);
    expect(units('en', 'people')).toEqual(['people', 'person', 'people']);
    expect(units('es', 'people')).toEqual(['personas', 'persona', 'personas']);
    expect(units('es', 'percent')).toEqual(['percent', 'percent', 'percent']);
  });

  it('labels suspensions as announced, or by their counted days', () => {
    const es = labelsFor('es');
    expect(es.suspension({ announced: 'one-month pause' })).toBe('pausa de un mes');
    expect(es.suspension({ announced: '90-day suspension' })).toBe('suspensión de 90 días');
    expect(es.suspension({ announced: 'a pause of its own' })).toBe('a pause of its own');
    expect(es.suspension({ days: 1 })).toBe('pausa de 1 día');
    expect(es.suspension({ days: 28 })).toBe('pausa de 28 días');
    expect(es.suspension({ days: 90 })).toBe('suspensión de 90 días');
    expect(labelsFor('en').suspension({ days: 28 })).toBe('28-day pause');
    expect(labelsFor('en').suspension({ days: 90 })).toBe('90-day suspension');
  });

  it('names the goods of a scope', () => {
    expect(labelsFor('es').scope('additional duty, all goods')).toBe(
      'arancel adicional, todos los productos',
    );
    expect(labelsFor('es').goods('additional duty, all goods')).toBe('todos los productos');
    expect(labelsFor('en').goods('non-USMCA goods')).toBe('non-USMCA goods');
  });

  it('has a message for every unit, measure, scope and announced suspension the dataset uses', () => {
    const result = readDataset();
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const { events } = result.dataset;
    const units = new Set(events.flatMap((e) => (e.quantity ? [e.quantity.unit] : [])));
    units.delete('percent');
    const quantityMeasures = new Set(events.flatMap((e) => e.quantity?.measure ?? []));
    const measures = events.flatMap((e) => e.tariffs ?? []);
    const scopes = new Set(measures.map((measure) => measure.scope));
    const suspensions = new Set(measures.flatMap((measure) => measure.label ?? []));
    expect([...units].filter((unit) => !TRANSLATED_VOCABULARY.units.includes(unit))).toEqual([]);
    expect(
      [...quantityMeasures].filter((what) => !TRANSLATED_VOCABULARY.measures.includes(what)),
    ).toEqual([]);
    expect([...scopes].filter((scope) => !TRANSLATED_VOCABULARY.scopes.includes(scope))).toEqual(
      [],
    );
    expect(
      [...suspensions].filter((label) => !TRANSLATED_VOCABULARY.suspensions.includes(label)),
    ).toEqual([]);
  });

  it('writes amounts from a million up in millions, agreeing with the amount', () => {
    const es = labelsFor('es');
    expect(es.quantity(10_000_000, 'USD')).toBe('10 millones de dólares');
    expect(es.quantity(1_000_000, 'USD')).toBe('1 millón de dólares');
    expect(es.quantity(2_500_000, 'USD')).toBe('2.5 millones de dólares');
    expect(es.quantity(10_000, 'troops')).toBe('10,000 elementos');
    expect(es.quantity(1, 'people')).toBe('1 persona');
    expect(es.quantity(0, 'people')).toBe('0 personas');
    expect(labelsFor('en').quantity(10_000_000, 'USD')).toBe('10 million USD');
    expect(labelsFor('en').quantity(1_000_000, 'USD')).toBe('1 million USD');
  });
});
