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

/**
 * A number format made on first use: making an Intl formatter loads the locale's data, several
 * milliseconds in the page's first task (more on a phone), and most pages never write a number.
 */
function numberFormat(locale: string): Pick<Intl.NumberFormat, 'format'> {
  let format: Intl.NumberFormat | undefined;
  return { format: (value) => (format ??= new Intl.NumberFormat(locale)).format(value) };
}

const LABELS = {
  en: {
    country: EN_COUNTRY_NAMES,
    kind: EN_KIND_LABELS,
    kindDescription: EN_KIND_DESCRIPTIONS,
    status: EN_STATUS_LABELS,
    dateBasis: EN_DATE_BASIS_LABELS,
    precision: EN_PRECISION_LABELS,
    unit: (unit: string) => unit,
    scope: (scope: string) => scope,
    suspension: (label: string) => label,
    number: numberFormat('en-US'),
  },
  es: {
    country: ES_COUNTRY_NAMES,
    kind: ES_KIND_LABELS,
    kindDescription: ES_KIND_DESCRIPTIONS,
    status: ES_STATUS_LABELS,
    dateBasis: ES_DATE_BASIS_LABELS,
    precision: ES_PRECISION_LABELS,
    unit: (unit: string) => ES_UNITS[unit] ?? unit,
    scope: (scope: string) => ES_SCOPES[scope] ?? scope,
    suspension: esSuspension,
    number: numberFormat('es-MX'),
  },
};

export type Labels = (typeof LABELS)['en'];

/** One language's labels ('en' for anything else). */
export const labelsFor = (lang: string): Labels => (lang === 'es' ? LABELS.es : LABELS.en);

/** A record whose values are read in the language of the page being rendered. */
function current<
  K extends 'country' | 'kind' | 'kindDescription' | 'status' | 'dateBasis' | 'precision',
>(set: K): Labels[K] {
  return new Proxy(LABELS.en[set], {
    get: (_, key) => (labelsFor(languageTag()) as Labels)[set][key as never],
  });
}

export const COUNTRY_NAMES = current('country');
export const KIND_LABELS = current('kind');
export const PRECISION_LABELS = current('precision');
