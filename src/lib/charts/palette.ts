/**
 * The one colour palette (Okabe–Ito, colour-blind safe), as a d3 ordinal scale per theme and
 * category. The scales feed every chart and the CSS through `paletteCss()`, served as
 * /palette.css, so the two cannot drift. The dark theme keeps each hue and lightens it for contrast
 * on a dark background.
 */
import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';
import { COUNTRY_CODES, EVENT_KINDS, type CountryCode, type EventKind } from '../data/codes';

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

/**
 * Inks: the colours for text and outlines drawn in a data colour (a line's direct label, a marker's
 * rim). Okabe–Ito's colours are too pale for text on white (Mexico's green 3.4:1, the outcome orange
 * 2.3:1, against WCAG AA's 4.5:1 for text and 3:1 for a marker), so the light theme darkens each
 * hue just enough to reach 4.5:1 on the chart and on a suspension band. The dark theme's colours
 * already pass, and are their own inks.
 */
const LIGHT_INKS: Record<CountryCode | EventKind, string> = {
  US: '#0070AE',
  MX: '#007A59',
  CA: '#AF4D00',
  CN: '#935778',
  tariff: '#0070AE',
  pressure: '#AF4D00',
  concession: '#007A59',
  statement: '#6B6B6B',
  outcome: '#8C6100',
};

/** The ordinal scale mapping each of `domain` to its colour in `colours`. */
const ordinal = <K extends string>(domain: readonly K[], colours: Record<K, string>) =>
  scaleOrdinal<K, string>()
    .domain(domain)
    .range(domain.map((key) => colours[key]));

interface ThemeScales {
  country: ScaleOrdinal<CountryCode, string>;
  countryInk: ScaleOrdinal<CountryCode, string>;
  kind: ScaleOrdinal<EventKind, string>;
  kindInk: ScaleOrdinal<EventKind, string>;
}

const SCALES: Record<Theme, ThemeScales> = {
  light: {
    country: ordinal(COUNTRY_CODES, COUNTRY_COLOURS.light),
    countryInk: ordinal(COUNTRY_CODES, LIGHT_INKS),
    kind: ordinal(EVENT_KINDS, KIND_COLOURS.light),
    kindInk: ordinal(EVENT_KINDS, LIGHT_INKS),
  },
  dark: {
    country: ordinal(COUNTRY_CODES, COUNTRY_COLOURS.dark),
    countryInk: ordinal(COUNTRY_CODES, COUNTRY_COLOURS.dark),
    kind: ordinal(EVENT_KINDS, KIND_COLOURS.dark),
    kindInk: ordinal(EVENT_KINDS, KIND_COLOURS.dark),
  },
};

export const countryColour = (theme: Theme = 'light') => SCALES[theme].country;
export const kindColour = (theme: Theme = 'light') => SCALES[theme].kind;
export const countryInk = (theme: Theme = 'light') => SCALES[theme].countryInk;
export const kindInk = (theme: Theme = 'light') => SCALES[theme].kindInk;

/** `--<prefix>-<key>` and `--<prefix>-<key>-ink` for every key of a colour scale and its ink. */
const properties = <K extends string>(
  prefix: string,
  colour: ScaleOrdinal<K, string>,
  ink: ScaleOrdinal<K, string>,
) =>
  colour
    .domain()
    .map((key) => `--${prefix}-${key}: ${colour(key)}; --${prefix}-${key}-ink: ${ink(key)};`);

function customProperties(theme: Theme): string {
  const scales = SCALES[theme];
  return [
    ...properties('country', scales.country, scales.countryInk),
    ...properties('kind', scales.kind, scales.kindInk),
  ].join(' ');
}

/**
 * CSS custom properties for both themes: `--country-MX`, `--country-MX-ink`, `--kind-concession`...
 * And for any element marked `data-country` or `data-kind`, its own colour and ink as `--country`
 * and `--country-ink`, or `--kind` and `--kind-ink`, so that no stylesheet lists the countries or
 * kinds again.
 */
export function paletteCss(): string {
  const bindings = [
    ...COUNTRY_CODES.map(
      (code) =>
        `[data-country='${code}'] { --country: var(--country-${code}); --country-ink: var(--country-${code}-ink); }`,
    ),
    ...EVENT_KINDS.map(
      (kind) =>
        `[data-kind='${kind}'] { --kind: var(--kind-${kind}); --kind-ink: var(--kind-${kind}-ink); }`,
    ),
  ];
  return [
    `:root { ${customProperties('light')} }`,
    `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { ${customProperties('dark')} } }`,
    `:root[data-theme='dark'] { ${customProperties('dark')} }`,
    ...bindings,
  ].join('\n');
}
