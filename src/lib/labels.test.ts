import { describe, expect, it } from 'vitest';
import { formatShare } from './compare/locale';
import { groupThousands, labelsFor } from './labels';

const SAMPLES = [
  0,
  7,
  92,
  999,
  1000,
  10_000,
  123_456,
  1_234_567,
  -1234,
  2 ** 53 - 1,
  12.5,
  0.25,
  -0.5,
  1234.5,
  0.1 + 0.2,
  12.6 + 0.1 + 5.2,
  2.8 * 3,
  1 / 3,
  Math.PI,
  1.0005,
  -1e-7,
  1e21,
];

describe('numbers as Intl writes them', () => {
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['es', 'es-MX'],
  ] as const) {
    it(`${locale}: counts, rates and fractions`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const value of SAMPLES) {
        expect(labelsFor(lang).number.format(value)).toBe(intl.format(value));
      }
    });

    it(`${locale}: every hundredth from -1,500 to 1,500, and sums of one-decimal weights`, () => {
      const intl = new Intl.NumberFormat(locale);
      const mismatches: string[] = [];
      const check = (value: number) => {
        const written = labelsFor(lang).number.format(value);
        if (written !== intl.format(value)) mismatches.push(`${value}: ${written}`);
      };
      for (let hundredths = -150_000; hundredths <= 150_000; hundredths++) check(hundredths / 100);
      let sum = 0;
      for (let step = 0; step < 5000; step++) check((sum += ((step * 37) % 201) / 10 - 10));
      expect(mismatches).toEqual([]);
    });

    it(`${locale}: every whole percent of a share up to 400`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
      for (let whole = 1; whole <= 400; whole++) {
        for (let part = 0; part <= whole; part++) {
          const written = formatShare(part, whole, lang);
          const percent = written.slice(written.lastIndexOf('(') + 1, -1);
          if (percent !== intl.format(part / whole)) {
            expect(`${part}/${whole}: ${percent}`).toBe(
              `${part}/${whole}: ${intl.format(part / whole)}`,
            );
          }
        }
      }
    });
  }

  it('groups thousands', () => {
    expect(groupThousands(1_234_567)).toBe('1,234,567');
    expect(groupThousands(100)).toBe('100');
    expect(groupThousands(-10_000)).toBe('-10,000');
  });
});
