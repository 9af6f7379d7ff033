/** Human names for the dataset's codes. */
import type { CountryCode, DateBasis, DatePrecision, EventKind, TariffStatus } from './data/schema';

export const COUNTRY_NAMES: Record<CountryCode, string> = {
  US: 'United States',
  MX: 'Mexico',
  CA: 'Canada',
  CN: 'China',
};

export const KIND_LABELS: Record<EventKind, string> = {
  tariff: 'Tariff',
  pressure: 'Pressure',
  concession: 'Concession',
  statement: 'Statement',
  outcome: 'Outcome',
};

export const KIND_DESCRIPTIONS: Record<EventKind, string> = {
  tariff: 'U.S. tariff threats, orders, suspensions and changes',
  pressure:
    'Non-tariff U.S. pressure: designations, military threats and directives, sanctions, visas',
  concession: 'Actions by Mexico or Canada that answer U.S. demands',
  statement: 'Statements by officials',
  outcome: 'Reported results',
};

export const STATUS_LABELS: Record<TariffStatus, string> = {
  threatened: 'threatened',
  imposed: 'in effect',
  suspended: 'suspended',
  lifted: 'lifted',
};

export const DATE_BASIS_LABELS: Record<DateBasis, string> = {
  article: 'printed in the article',
  inferred: 'inferred from the article',
  'public-record': 'from the public record',
};

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'exact day',
  month: 'month only',
  approximate: 'approximate',
};
