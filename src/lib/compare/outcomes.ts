/**
 * What became of each threat, as of the dataset's last date:
 * - a tariff threat is `carried out` when the rate in effect reaches the threatened rate, `suspended`
 *   while a suspension of it runs, `withdrawn` when it is dropped without taking effect, and otherwise
 *   `pending`. Its history keeps every change (suspended on 4 Feb, then carried out on 4 Mar).
 * - a pressure step that is itself a threat or demand (CAMEO 10x, 13x) is `pending`: the dataset has
 *   nothing that carries it out; any other pressure step (a designation, sanctions, a directive) is an
 *   act in itself, `taken` on its own date ("carried out" read as if, say, the military action a
 *   directive prepares for had happened).
 */
import type { EventRecord } from '../data/schema';
import { dateWithPreposition } from '../dates/phrases';
import { formatDate } from '../dates/dates';
import { inLang } from '../i18n';
import * as m from '../paraglide/messages.js';
import { segmentAt, type CountrySeries } from '../data/tariff-state';
import { threatenedRate } from './pairing';

export const OUTCOMES = ['carried-out', 'taken', 'suspended', 'withdrawn', 'pending'] as const;
export type OutcomeStatus = (typeof OUTCOMES)[number];

const OUTCOME_MESSAGES: Record<OutcomeStatus, typeof m.compare_outcome_pending> = {
  'carried-out': m.compare_outcome_carried_out,
  taken: m.compare_outcome_taken,
  suspended: m.compare_outcome_suspended,
  withdrawn: m.compare_outcome_withdrawn,
  pending: m.compare_outcome_pending,
};

/** "carried out", "still pending"; Spanish "cumplida", "aún pendiente" (an amenaza). */
export const outcomeLabel = (status: OutcomeStatus, lang: string) =>
  OUTCOME_MESSAGES[status]({}, inLang(lang));

export interface OutcomeChange {
  status: OutcomeStatus;
  /** The day it changed; for `pending`, the last day the data covers. */
  date: string;
  /** For a suspension: its last day. */
  until?: string;
  /** For a suspension announced before it took effect: the day it was announced. */
  announced?: string;
}

export interface Outcome extends OutcomeChange {
  history: OutcomeChange[];
}

const isThreatOrDemand = (cameo: string) => /^1[03]/.test(cameo);

function tariffOutcome(
  event: EventRecord,
  series: CountrySeries,
  lastDate: string,
  rate: number,
): Outcome {
  const history: OutcomeChange[] = [];
  // Segments ending before the threat cannot be its outcome: start at the one holding its date.
  const { segments } = series;
  for (let i = Math.max(0, segmentAt(segments, event.date)); i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.end < event.date) continue;
    const day = segment.start > event.date ? segment.start : event.date;
    if (segment.inEffect >= rate) {
      history.push({ status: 'carried-out', date: day });
      break;
    }
    const suspension = segment.suspension;
    // A suspension already running when the threat was made is not its outcome.
    const ownSuspension = suspension && suspension.start >= event.date && suspension.rate >= rate;
    if (ownSuspension && history.at(-1)?.status !== 'suspended') {
      history.push({
        status: 'suspended',
        date: suspension!.start,
        until: suspension!.end,
        ...(suspension!.announced < suspension!.start ? { announced: suspension!.announced } : {}),
      });
    } else if (!suspension && segment.threatened === null) {
      history.push({ status: 'withdrawn', date: day });
      break;
    }
  }
  const last = history.at(-1) ?? {
    status: 'pending' as const,
    date: series.knownThrough ?? lastDate,
  };
  return withHistory(last, history);
}

/** `change` with its history, field by field rather than spread: the build makes one per threat. */
const withHistory = (
  { status, date, until, announced }: OutcomeChange,
  history: OutcomeChange[],
): Outcome => {
  if (until === undefined) return { status, date, history };
  return announced === undefined
    ? { status, date, until, history }
    : { status, date, until, announced, history };
};

/** `rate` is the event's `threatenedRate`, when the caller has it already. */
export function threatOutcome(
  event: EventRecord,
  series: CountrySeries,
  lastDate: string,
  rate = threatenedRate(event, series.country, series),
): Outcome {
  if (event.kind === 'tariff') return tariffOutcome(event, series, lastDate, rate ?? 0);
  const change: OutcomeChange = isThreatOrDemand(event.cameo)
    ? { status: 'pending', date: lastDate }
    : { status: 'taken', date: event.date };
  return withHistory(change, [change]);
}

/**
 * When the outcome came: "announced on 3 Feb 2025; in effect from 4 Feb 2025 to 3 Mar 2025",
 * "on 4 Feb 2025, to 3 Mar 2025", "in May 2025", "as of 30 Sep 2025".
 */
export function outcomeWhen(outcome: OutcomeChange, lang: string): string {
  const options = inLang(lang);
  if (outcome.announced && outcome.until)
    return m.compare_outcome_announced(
      {
        announced: dateWithPreposition(outcome.announced, 'day', lang),
        from: formatDate(outcome.date, 'day', lang),
        to: formatDate(outcome.until, 'day', lang),
      },
      options,
    );
  const when =
    outcome.status === 'pending'
      ? m.compare_outcome_as_of({ date: formatDate(outcome.date, 'day', lang) }, options)
      : dateWithPreposition(outcome.date, 'day', lang);
  return outcome.until
    ? m.compare_outcome_until({ when, date: formatDate(outcome.until, 'day', lang) }, options)
    : when;
}

/**
 * The outcome of a step taken on its own date, said once: "in force from 9 Jun 2025" rather than
 * "a step taken on 9 Jun 2025" beside the same date.
 */
export const inForceFrom = (outcome: OutcomeChange, lang: string) =>
  m.compare_outcome_in_force({ date: formatDate(outcome.date, 'day', lang) }, inLang(lang));

/**
 * Every change in order: "suspended (announced on 3 Feb 2025; in effect from 4 Feb 2025 to 3 Mar
 * 2025), then carried out on 4 Mar 2025".
 */
export const outcomeHistory = (outcome: Outcome, lang: string) =>
  outcome.history
    .map((h) =>
      m.compare_outcome_step(
        {
          outcome: outcomeLabel(h.status, lang),
          when: h.announced
            ? `(${outcomeWhen(h, lang)})`
            : dateWithPreposition(h.date, 'day', lang),
        },
        inLang(lang),
      ),
    )
    .join(m.compare_outcome_then({}, inLang(lang)));
