import type { CompareFilters } from './comparison-view';

/** The comparison's default filters, spelled out: a 30-day window, both tiers, both kinds, all dates. */
export const defaultFilters: CompareFilters = {
  windowDays: 30,
  bases: ['stated', 'window'],
  kinds: ['tariff', 'pressure'],
  from: '',
  to: '',
};
