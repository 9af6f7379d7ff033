import { describe, expect, it } from 'vitest';
import { countryColour, kindColour, paletteCss } from './palette';

describe('palette', () => {
  it('uses the Okabe–Ito colours of the design brief', () => {
    expect(countryColour()('MX')).toBe('#009E73');
    expect(countryColour()('CA')).toBe('#D55E00');
    expect(countryColour()('CN')).toBe('#CC79A7');
    expect(kindColour()('concession')).toBe('#009E73');
  });

  it('keeps every colour distinct within a theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = (['US', 'MX', 'CA', 'CN'] as const).map((c) => countryColour(theme)(c));
      expect(new Set(colours).size).toBe(4);
    }
  });

  it('writes the CSS custom properties for both themes from the same scales', () => {
    const css = paletteCss();
    expect(css).toContain('--country-MX: #009E73;');
    expect(css).toContain(`--country-MX: ${countryColour('dark')('MX')};`);
    expect(css).toContain('--kind-outcome: #E69F00;');
  });
});
