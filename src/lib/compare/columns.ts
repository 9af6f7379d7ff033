/** The countries a comparison view shows, each paired and summarised for the view. */
import type { CompareView } from './view';
import { type ComparisonData } from './comparison';
import { comparisonView } from './comparison-view';
import { PAIR_BASES, THREAT_KINDS } from './pairing';

export function compareColumns(comparisons: readonly ComparisonData[], view: CompareView) {
  return comparisons
    .filter((c) => view.country.includes(c.country))
    .map((c) => ({
      country: c.country,
      data: c,
      view: comparisonView(c, {
        windowDays: view.window,
        bases: view.tier.length ? view.tier : PAIR_BASES,
        kinds: view.kind.length ? view.kind : THREAT_KINDS,
        from: view.from,
        to: view.to,
      }),
    }));
}

export type CompareColumn = ReturnType<typeof compareColumns>[number];
