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

const LABELS = {
  en: {
    country: EN_COUNTRY_NAMES,
    kind: EN_KIND_LABELS,
    kindDescription: EN_KIND_DESCRIPTIONS,
    status: EN_STATUS_LABELS,
    dateBasis: EN_DATE_BASIS_LABELS,
    precision: EN_PRECISION_LABELS,
  },
  es: {
    country: ES_COUNTRY_NAMES,
    kind: ES_KIND_LABELS,
    kindDescription: ES_KIND_DESCRIPTIONS,
    status: ES_STATUS_LABELS,
    dateBasis: ES_DATE_BASIS_LABELS,
    precision: ES_PRECISION_LABELS,
  },
};

export type Labels = (typeof LABELS)['en'];

/** One language's labels ('en' for anything else). */
export const labelsFor = (lang: string): Labels => (lang === 'es' ? LABELS.es : LABELS.en);

/** A record whose values are read in the language of the page being rendered. */
function current<K extends keyof Labels>(set: K): Labels[K] {
  return new Proxy(LABELS.en[set], {
    get: (_, key) => (labelsFor(languageTag()) as Labels)[set][key as never],
  });
}

export const COUNTRY_NAMES = current('country');
export const KIND_LABELS = current('kind');
export const KIND_DESCRIPTIONS = current('kindDescription');
export const STATUS_LABELS = current('status');
export const DATE_BASIS_LABELS = current('dateBasis');
export const PRECISION_LABELS = current('precision');
