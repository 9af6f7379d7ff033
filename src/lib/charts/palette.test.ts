import { describe, expect, it } from 'vitest';
import { CHART_CHROME } from './theme';
import { COUNTRY_CODES, EVENT_KINDS } from '../data/codes';
import { countryColour, countryInk, kindColour, kindInk, paletteCss, type Theme } from './palette';

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = channels(hex).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The chart's suspension band (`rgba(r,g,b,alpha)`) laid over its background. */
function bandOver(band: string, background: string): string {
  const [r, g, b, alpha] = band.match(/[\d.]+/g)!.map(Number);
  const under = channels(background);
  return `#${[r!, g!, b!]
    .map((c, i) => Math.round(c * alpha! + under[i]! * (1 - alpha!)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

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

  it('checks its contrast arithmetic against the WCAG examples', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(bandOver('rgba(120,120,120,0.14)', '#ffffff')).toBe('#ececec');
  });

  it('has inks that read at WCAG AA (4.5:1) on the chart and on a suspension band, in both themes', () => {
    for (const theme of ['light', 'dark'] as Theme[]) {
      const { background, band } = CHART_CHROME[theme];
      const inks = [
        ...COUNTRY_CODES.map((code) => countryInk(theme)(code)),
        ...EVENT_KINDS.map((kind) => kindInk(theme)(kind)),
      ];
      for (const ink of inks) {
        expect(contrast(ink, background), `${theme} ${ink}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(ink, bandOver(band, background)), `${theme} ${ink}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('needs the inks: some of the light colours of the brief are too pale for text', () => {
    expect(contrast(countryColour('light')('MX'), CHART_CHROME.light.background)).toBeLessThan(4.5);
    expect(contrast(kindColour('light')('outcome'), CHART_CHROME.light.background)).toBeLessThan(3);
    expect(countryInk('dark')('MX')).toBe(countryColour('dark')('MX'));
  });

  it("draws the tariff lines at WCAG's 3:1 for a graphic on their halo, which the band alone would miss", () => {
    for (const theme of ['light', 'dark'] as Theme[]) {
      for (const code of COUNTRY_CODES) {
        const line = countryColour(theme)(code);
        expect(
          contrast(line, CHART_CHROME[theme].background),
          `${theme} ${code}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
    const { background, band } = CHART_CHROME.light;
    expect(contrast(countryColour('light')('CN'), bandOver(band, background))).toBeLessThan(3);
  });

  it('writes the CSS custom properties for both themes from the same scales', () => {
    const css = paletteCss();
    expect(css).toContain('--country-MX: #009E73;');
    expect(css).toContain(`--country-MX: ${countryColour('dark')('MX')};`);
    expect(css).toContain('--kind-outcome: #E69F00;');
    expect(css).toContain(`--kind-statement-ink: ${kindInk('light')('statement')};`);
    // Each marked element's own colour and ink, for every country and kind.
    for (const code of COUNTRY_CODES)
      expect(css).toContain(
        `[data-country='${code}'] { --country: var(--country-${code}); --country-ink: var(--country-${code}-ink); }`,
      );
    for (const kind of EVENT_KINDS)
      expect(css).toContain(
        `[data-kind='${kind}'] { --kind: var(--kind-${kind}); --kind-ink: var(--kind-${kind}-ink); }`,
      );
  });
});
