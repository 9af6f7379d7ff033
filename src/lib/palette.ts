/**
 * The one colour palette (Okabe–Ito, colour-blind safe). It feeds every chart through the lookups
 * below and the CSS through `paletteCss()`, served as /palette.css, so the two cannot drift. Plain
 * lookups, not d3 ordinal scales: importing d3-scale would put all of it (time formats, colour
 * interpolation) on the timeline page, which has no other use for it.
 * The dark theme keeps each hue and lightens it for contrast on a dark background.
 */
import { COUNTRY_CODES, EVENT_KINDS, type CountryCode, type EventKind } from './data/codes';

export type Theme = 'light' | 'dark';

const COUNTRY_COLOURS: Record<Theme, Record<CountryCode, string>> = {
  light: { US: '#0072B2', MX: '#009E73', CA: '#D55E00', CN: '#CC79A7' },
  dark: { US: '#56B4E9', MX: '#3DD4A7', CA: '#FF8F4D', CN: '#E7A6CC' },
};

const KIND_COLOURS: Record<Theme, Record<EventKind, string>> = {
  light: {
    tariff: '#0072B2',
    pressure: '#D55E00',
    concession: '#009E73',
    statement: '#999999',
    outcome: '#E69F00',
  },
  dark: {
    tariff: '#56B4E9',
    pressure: '#FF8F4D',
    concession: '#3DD4A7',
    statement: '#B8B8B8',
    outcome: '#F5C04A',
  },
};

export function countryColour(theme: Theme = 'light') {
  return (code: CountryCode) => COUNTRY_COLOURS[theme][code];
}

export function kindColour(theme: Theme = 'light') {
  return (kind: EventKind) => KIND_COLOURS[theme][kind];
}

function customProperties(theme: Theme): string {
  const countries = COUNTRY_CODES.map(
    (code) => `--country-${code}: ${countryColour(theme)(code)};`,
  );
  const kinds = EVENT_KINDS.map((kind) => `--kind-${kind}: ${kindColour(theme)(kind)};`);
  return [...countries, ...kinds].join(' ');
}

/** CSS custom properties for both themes: `--country-MX`, `--kind-concession`... */
export function paletteCss(): string {
  return [
    `:root { ${customProperties('light')} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${customProperties('dark')} } }`,
    `:root[data-theme='dark'] { ${customProperties('dark')} }`,
  ].join('\n');
}
