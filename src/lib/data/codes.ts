/**
 * The dataset's codes and their types, apart from the zod schema so that browser code can use them
 * without loading zod.
 */
export const COUNTRY_CODES = ['US', 'MX', 'CA', 'CN'] as const;
export const EVENT_KINDS = ['tariff', 'pressure', 'concession', 'statement', 'outcome'] as const;
export { DATE_PRECISIONS, type DatePrecision } from '../dates/dates';
export const DATE_BASES = ['article', 'inferred', 'public-record'] as const;
export const TARIFF_STATUSES = ['threatened', 'imposed', 'suspended', 'lifted'] as const;
export const MAX_QUOTE_WORDS = 25;

export type CountryCode = (typeof COUNTRY_CODES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type TariffStatus = (typeof TARIFF_STATUSES)[number];
