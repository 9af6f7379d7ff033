/**
 * What a country's tariff series says after its last step. The steps speak for the state through
 * `knownThrough`; a later article may report the rate still in force (a measure's `confirmations`).
 * The rate in effect then carries on to the dataset's last day: confirmed through the latest of those
 * days, unconfirmed after it, never dropping to 0 for want of news.
 */
import type { RateConfirmation } from './schema';

/** A confirmation of an imposed rate, with the event and rate of the measure it confirms. */
export interface ConfirmationOfRate extends RateConfirmation {
  eventId: string;
  rate: number;
}

export interface Continuation {
  /**
   * The rate in effect on `knownThrough`, and its scope: only these carry on. A threat or a
   * suspension ends where its own dates do.
   */
  inEffect: number;
  scope: string | null;
  /** The last day a source confirms the rate: `knownThrough`, or a later article's day. */
  confirmedThrough: string;
  /** The article that confirms it last; null when no article does so after the steps. */
  confirmation: ConfirmationOfRate | null;
  /**
   * The dataset's last day, or `confirmedThrough` if that is later: the rate continues to here,
   * unconfirmed after `confirmedThrough`.
   */
  through: string;
}

/**
 * The continuation of a series whose final state is `last` and whose steps speak through
 * `knownThrough`. `confirmations` are those of its imposed measures; only the ones reporting the final
 * rate after `knownThrough` can extend it. `dataEnd`: the dataset's last day.
 */
export function continuationOf(
  last: { inEffect: number; scope: string | null },
  knownThrough: string,
  confirmations: readonly ConfirmationOfRate[],
  dataEnd: string | null,
): Continuation {
  let confirmation: ConfirmationOfRate | null = null;
  for (const candidate of confirmations) {
    const latest = confirmation?.date ?? knownThrough;
    if (candidate.rate === last.inEffect && candidate.date > latest) confirmation = candidate;
  }
  const confirmedThrough = confirmation?.date ?? knownThrough;
  return {
    inEffect: last.inEffect,
    scope: last.scope,
    confirmedThrough,
    confirmation,
    through: dataEnd && dataEnd > confirmedThrough ? dataEnd : confirmedThrough,
  };
}
