/**
 * Human names for the dataset's codes, in English and Spanish. `labelsFor(lang)` gives one language's
 * set (for pure modules that take the language); the exported records follow the page's language.
 */
import type { CountryCode, DateBasis, DatePrecision, EventKind, TariffStatus } from './data/schema';
import { languageTag } from './paraglide/runtime.js';

const EN_COUNTRY_NAMES: Record<CountryCode, string> = {
  US: 'United States',
  MX: 'Mexico',
  CA: 'Canada',
  CN: 'China',
};

const EN_KIND_LABELS: Record<EventKind, string> = {
  tariff: 'Tariff',
  pressure: 'Pressure',
  concession: 'Concession',
  statement: 'Statement',
  outcome: 'Outcome',
};

const EN_KIND_DESCRIPTIONS: Record<EventKind, string> = {
  tariff: 'U.S. tariff threats, orders, suspensions and changes',
  pressure:
    'Non-tariff U.S. pressure: designations, military threats and directives, sanctions, visas',
  concession: 'Actions by Mexico or Canada that answer U.S. demands',
  statement: 'Statements by officials',
  outcome: 'Reported results',
};

const EN_STATUS_LABELS: Record<TariffStatus, string> = {
  threatened: 'threatened',
  imposed: 'in effect',
  suspended: 'suspended',
  lifted: 'lifted',
};

const EN_DATE_BASIS_LABELS: Record<DateBasis, string> = {
  article: 'printed in the article',
  inferred: 'inferred from the article',
  'public-record': 'from the public record',
};

const EN_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'exact day',
  month: 'month only',
  approximate: 'approximate',
};

const ES_COUNTRY_NAMES: Record<CountryCode, string> = {
  US: 'Estados Unidos',
  MX: 'México',
  CA: 'Canadá',
  CN: 'China',
};

const ES_KIND_LABELS: Record<EventKind, string> = {
  tariff: 'Arancel',
  pressure: 'Presión',
  concession: 'Concesión',
  statement: 'Declaración',
  outcome: 'Resultado',
};

const ES_KIND_DESCRIPTIONS: Record<EventKind, string> = {
  tariff: 'Amenazas, órdenes, suspensiones y cambios de aranceles de EU',
  pressure:
    'Presión de EU distinta de los aranceles: designaciones, amenazas y directivas militares, sanciones, visas',
  concession: 'Acciones de México o Canadá que responden a exigencias de EU',
  statement: 'Declaraciones de funcionarios',
  outcome: 'Resultados reportados',
};

const ES_STATUS_LABELS: Record<TariffStatus, string> = {
  threatened: 'amenazado',
  imposed: 'en vigor',
  suspended: 'suspendido',
  lifted: 'retirado',
};

const ES_DATE_BASIS_LABELS: Record<DateBasis, string> = {
  article: 'impresa en la nota',
  inferred: 'inferida de la nota',
  'public-record': 'del registro público',
};

const ES_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'día exacto',
  month: 'solo el mes',
  approximate: 'aproximada',
};

/** Quantity units as the dataset writes them; any other unit is shown as written. */
const ES_UNITS: Record<string, string> = {
  troops: 'elementos',
  people: 'personas',
  organizations: 'organizaciones',
  USD: 'dólares',
};

/** Tariff scopes as the dataset writes them; any other scope is shown as written. */
const ES_SCOPES: Record<string, string> = {
  'all goods': 'todos los bienes',
  'additional duty, all goods': 'arancel adicional, todos los bienes',
  'non-USMCA goods': 'bienes fuera del T-MEC',
  energy: 'energía',
  'energy (non-USMCA)': 'energía (fuera del T-MEC)',
};

/** Suspension labels: as announced ("one-month pause") or counted ("30-day pause"). */
function esSuspension(label: string): string {
  if (label === 'one-month pause') return 'pausa de un mes';
  const counted = /^(\d+)-day (pause|suspension)$/.exec(label);
  if (!counted) return label;
  return `${counted[2] === 'pause' ? 'pausa' : 'suspensión'} de ${counted[1]} días`;
}

/** "12,345": whole numbers grouped by thousands with commas, as en-US and es-MX both write them. */
export function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return value < 0 ? `-${grouped}` : grouped;
}

/** Within a hair of a multiple of 0.01, as sums of one-decimal weights are. */
const HUNDREDTHS_TOLERANCE = 1e-6;

/**
 * A locale's number format. The numbers the site shows (counts, rates, sums of one-decimal weights:
 * at most two decimals) are written here as Intl writes them in en-US and es-MX, which agree (tested);
 * anything else goes to Intl. Making the first Intl number format loads the locale's data, about
 * 13 ms of /compare's hydration on a desktop, four times that on a phone.
 */
function numberFormat(locale: string): { format(value: number): string } {
  let intl: Intl.NumberFormat | undefined;
  return {
    format(value: number) {
      if (Number.isSafeInteger(value)) return groupThousands(value);
      const hundredths = Math.round(value * 100);
      if (
        Math.abs(value * 100 - hundredths) > HUNDREDTHS_TOLERANCE ||
        !Number.isSafeInteger(hundredths)
      ) {
        return (intl ??= new Intl.NumberFormat(locale)).format(value);
      }
      const whole = Math.trunc(hundredths / 100);
      // Intl keeps the sign of a negative number that rounds to zero ("-0", "-0.5").
      const sign = value < 0 && whole === 0 ? '-' : '';
      const cents = Math.abs(hundredths % 100);
      if (cents === 0) return `${sign}${groupThousands(whole)}`;
      return `${sign}${groupThousands(whole)}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
    },
  };
}

const ENGLISH = {
  country: EN_COUNTRY_NAMES,
  kind: EN_KIND_LABELS,
  kindDescription: EN_KIND_DESCRIPTIONS,
  status: EN_STATUS_LABELS,
  dateBasis: EN_DATE_BASIS_LABELS,
  precision: EN_PRECISION_LABELS,
  unit: (unit: string) => unit,
  scope: (scope: string) => scope,
  suspension: (label: string) => label,
  number: /* @__PURE__ */ numberFormat('en-US'),
};

const SPANISH: typeof ENGLISH = {
  country: ES_COUNTRY_NAMES,
  kind: ES_KIND_LABELS,
  kindDescription: ES_KIND_DESCRIPTIONS,
  status: ES_STATUS_LABELS,
  dateBasis: ES_DATE_BASIS_LABELS,
  precision: ES_PRECISION_LABELS,
  unit: (unit: string) => ES_UNITS[unit] ?? unit,
  scope: (scope: string) => ES_SCOPES[scope] ?? scope,
  suspension: esSuspension,
  number: /* @__PURE__ */ numberFormat('es-MX'),
};

/**
 * The language an island is built for (src/cli/build-islands.ts defines it once per language):
 * there the other language's labels are never used, and the constant lets the bundler drop them.
 * Undefined elsewhere (the server, the build's scripts, the tests), where both are kept.
 */
const ISLAND_LANG: string | undefined =
  typeof import.meta.env === 'object' ? import.meta.env.VITE_ISLAND_LANG : undefined;

const LABELS = {
  en: ISLAND_LANG === 'es' ? SPANISH : ENGLISH,
  es: ISLAND_LANG === 'en' ? ENGLISH : SPANISH,
};

export type Labels = typeof ENGLISH;

/** One language's labels ('en' for anything else). */
export const labelsFor = (lang: string): Labels => (lang === 'es' ? LABELS.es : LABELS.en);

/** A record whose values are read in the language of the page being rendered. */
function current<K extends 'country' | 'kind' | 'kindDescription' | 'status' | 'dateBasis'>(
  set: K,
): Labels[K] {
  return new Proxy(LABELS.en[set], {
    get: (_, key) => (labelsFor(languageTag()) as Labels)[set][key as never],
  });
}

export const COUNTRY_NAMES = current('country');
export const KIND_LABELS = current('kind');
