/** The /compare view's state and its URL parameters (same conventions as the timeline). */
import { COMPARE_COUNTRIES, type CompareCountry } from './comparison';
import { PAIR_BASES, THREAT_KINDS, type PairBasis } from './pairing';
import {
  defaultView,
  enumParam,
  integerParam,
  listParam,
  type ParamSpecs,
} from '../url-state/params';
import { dayParam } from '../url-state/day-param';
import { highlightParam } from '../charts/highlight';

export const COMPARE_SORT_KEYS = ['date', 'lag', 'outcome'] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

export interface CompareView {
  /** Countries compared; two are shown side by side. */
  country: CompareCountry[];
  /** Days after a threat within which a response is paired by date alone. */
  window: number;
  /** Pair tiers shown; empty means both. */
  tier: PairBasis[];
  /** Threat kinds shown; empty means both. */
  kind: ThreatKind[];
  from: string;
  to: string;
  sort: (typeof COMPARE_SORT_KEYS)[number];
  dir: 'asc' | 'desc';
  /** Ids of the threats and responses the lag chart puts the emphasis on (./highlight.ts). */
  highlight: string[];
}

export const DEFAULT_WINDOW_DAYS = 30;

export const compareViewParams: ParamSpecs<CompareView> = {
  country: listParam(COMPARE_COUNTRIES, ['MX']),
  window: integerParam(1, 365, DEFAULT_WINDOW_DAYS),
  tier: listParam(PAIR_BASES),
  kind: listParam(THREAT_KINDS),
  from: dayParam(),
  to: dayParam(),
  sort: enumParam(COMPARE_SORT_KEYS, 'date'),
  dir: enumParam(['asc', 'desc'] as const, 'asc'),
  highlight: highlightParam(),
};

export const defaultCompareView = (): CompareView => defaultView(compareViewParams);
