/**
 * `buildComparisonData` against the straightforward implementation it replaced for speed (kept here,
 * and only here, as the reference): the same JSON, key order included, as the page data carries it,
 * on the curated dataset in both languages and on a synthetic one spanning some eighty years.
 */
import { describe, expect, it } from 'vitest';
import { readRaw, syntheticFiles } from '../../cli/bench/synthetic';
import { readDataset } from '../data/read-dataset';
import type { CountryCode, Dataset, EventRecord } from '../data/schema';
import { validateDataset } from '../data/validate';
import { dateSpan, dayString, formatDateRange } from '../dates/dates';
import { keyNumber } from '../events/key-number';
import { localizeDataset } from '../data/translations';
import { tariffSeries } from '../data/tariff-series';
import { statusOn, trackOf, type CountrySeries } from '../data/tariff-state';
import {
  buildComparisonData,
  COMPARE_COUNTRIES,
  type CompareCountry,
  type CompareEvent,
  type CompareResponse,
  type ComparisonData,
  type ConcessionStep,
  type Threat,
} from './comparison';
import { daySpanned } from './lag';
import { threatOutcome } from './outcomes';
import { RESPONSE_KINDS } from './pairing';
import { weeklyIndex } from './pressure-index';

function referenceRate(event: EventRecord, country: CountryCode, series: CountrySeries) {
  if (event.kind !== 'tariff') return null;
  const before = statusOn(series, event.date);
  const inEffectBefore = before.known ? before.inEffect : 0;
  const rates = (event.tariffs ?? [])
    .filter((m) => m.country === country && trackOf(m) === 'main')
    .filter(
      (m) =>
        m.status === 'threatened' ||
        (m.status === 'imposed' &&
          !!m.effective &&
          m.effective > event.date &&
          m.rate > inEffectBefore),
    )
    .map((m) => m.rate);
  return rates.length ? Math.max(...rates) : null;
}

function referenceEvent(
  event: EventRecord,
  titles: Map<string, string>,
  lang: string,
): CompareEvent {
  const citation = event.sources[0]!;
  const days = daySpanned(event.date, event.precision);
  return {
    id: event.id,
    date: event.date,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...days,
    dateLabel: formatDateRange(event.date, event.endDate, event.precision, lang),
    day: dayString(days.firstDay),
    kind: event.kind,
    title: event.title,
    keyNumber: keyNumber(event, lang),
    quote: citation.quote,
    sourceTitle: titles.get(citation.source) ?? citation.source,
  };
}

function referenceComparison(
  dataset: Dataset,
  country: CompareCountry,
  lang: string,
): ComparisonData {
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const series = tariffSeries(dataset.events, country);
  const lastDate = dataset.events.reduce((last, e) => {
    const end = dateSpan(e.endDate ?? e.date).end;
    return end > last ? end : last;
  }, '');
  const threats = dataset.events
    .filter(
      (e) =>
        e.actor.country === 'US' &&
        (e.kind === 'tariff'
          ? referenceRate(e, country, series) !== null
          : e.kind === 'pressure' && e.target.includes(country)),
    )
    .map((e, threatIndex): Threat => ({
      ...referenceEvent(e, titles, lang),
      threatIndex,
      rate: referenceRate(e, country, series),
      outcome: threatOutcome(e, series, lastDate, referenceRate(e, country, series)),
    }));
  const indexById = new Map(threats.map((t) => [t.id, t.threatIndex]));
  const responses = dataset.events
    .filter(
      (e) => e.actor.country === country && (RESPONSE_KINDS as readonly string[]).includes(e.kind),
    )
    .map((e): CompareResponse => {
      const answers = (e.respondsTo ?? []).flatMap((id) => indexById.get(id) ?? []);
      return {
        ...referenceEvent(e, titles, lang),
        ...(answers.length ? { answers, responseNote: e.responseNote ?? null } : {}),
      };
    });
  let troops = 0;
  let people = 0;
  const concessions = dataset.events
    .filter((e) => e.kind === 'concession' && e.actor.country === country && e.quantity)
    .filter((e) => e.quantity!.unit === 'troops' || e.quantity!.unit === 'people')
    .map((e): ConcessionStep => {
      if (e.quantity!.unit === 'troops') troops += e.quantity!.value;
      else people += e.quantity!.value;
      const status = statusOn(series, dateSpan(e.date).start);
      const threatened = status.known ? status.threatened : null;
      const suspended = status.known && status.suspension?.rate === threatened;
      return {
        id: e.id,
        title: e.title,
        dateLabel: formatDateRange(e.date, e.endDate, e.precision, lang),
        troops,
        people,
        tariffInEffect: status.known ? status.inEffect : null,
        tariffPending:
          threatened === null
            ? null
            : { rate: threatened, status: suspended ? 'suspended' : 'threatened' },
      };
    });
  const index = weeklyIndex(dataset.events, country);
  return { country, threats, responses, concessions, index, lastDate };
}

function expectSame(dataset: Dataset, lang: string) {
  for (const country of COMPARE_COUNTRIES) {
    const data = buildComparisonData(dataset, country, lang);
    expect(JSON.stringify(data)).toBe(JSON.stringify(referenceComparison(dataset, country, lang)));
    // Not vacuous: threats of both kinds, stated answers, concessions facing a tariff.
    if (country === 'MX') {
      expect(new Set(data.threats.map((t) => t.kind))).toEqual(new Set(['tariff', 'pressure']));
      expect(data.responses.some((r) => r.answers)).toBe(true);
      const pending = data.concessions.map((c) => c.tariffPending?.status);
      expect(pending).toContain('threatened');
      expect(pending).toContain('suspended');
    }
  }
}

describe('the build gives what the reference implementation gives', () => {
  const curated = readDataset();
  if (!curated.ok) throw new Error(curated.problems.join('\n'));

  it('on the curated dataset, in English and Spanish', () => {
    expectSame(curated.dataset, 'en');
    expectSame(localizeDataset(curated.dataset, 'es'), 'es');
  });

  it('on a synthetic dataset of 3,000 events', () => {
    const validated = validateDataset(syntheticFiles(readRaw(), 3000));
    if (!validated.ok) throw new Error(validated.problems.join('\n'));
    expectSame(validated.dataset, 'en');
  }, 30_000);
});
