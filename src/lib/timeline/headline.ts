/**
 * The headline figures above the timeline, each with the events behind it, for the view: the status
 * of each country shown on the view's last day, and Mexico's transfers and deployments by that day.
 */
import type { CountryCode } from '../data/schema';
import type { EventLink } from '../events/detail';
import { viewRange } from '../data/extent';
import { segmentAt, statusOn } from '../data/tariff-state';
import { TIMELINE_COUNTRIES } from './data';
import type { TimelineView } from './view';
import type { TimelineData, TransferStep } from './data';

export interface CountryStatus {
  country: CountryCode;
  /** The day the status is for: the view's last day (within the data). */
  asOf: string;
  /**
   * The last day a source confirms the rate in effect, when that is before `asOf`: the rate carries
   * on unconfirmed after it, as the chart draws it. Null when the rate is confirmed on `asOf`.
   */
  unconfirmedAfter: string | null;
  inEffect: number;
  scope: string | null;
  threatened: number | null;
  suspendedUntil: string | null;
  /** The events that set this status. */
  evidence: EventLink[];
}

export interface CountFigure {
  total: number;
  /** The day the total is counted to. */
  by: string;
  evidence: EventLink[];
}

export interface Headline {
  statuses: CountryStatus[];
  /** Mexico's figures; null when the view leaves Mexico out. */
  peopleTransferred: CountFigure | null;
  troopsDeployed: CountFigure | null;
}

export function headlineFigures(data: TimelineData, view: TimelineView): Headline {
  const byId = new Map([...data.announcements, ...data.lane].map((e) => [e.id, e]));
  const links = (ids: Iterable<string>) =>
    [...ids].flatMap((id): EventLink[] => {
      const event = byId.get(id);
      return event ? [{ id, title: event.title, dateLabel: event.dateLabel }] : [];
    });
  const countries: readonly CountryCode[] = view.country.length ? view.country : TIMELINE_COUNTRIES;
  const viewEnd = viewRange(view, data.extent).to;
  const day = viewEnd < data.extent.end ? viewEnd : data.extent.end;

  const statuses = data.series.flatMap((s): CountryStatus[] => {
    if (!countries.includes(s.country) || !s.knownThrough) return [];
    // After the steps end only the rate in effect carries on, as the chart draws it (see
    // tariff-continuation.ts), unconfirmed after its last confirmation; a threat ends with the steps.
    const afterSteps = day > s.knownThrough;
    const stepsDay = afterSteps ? s.knownThrough : day;
    const status = statusOn(s, stepsDay);
    if (!status.known) return [];
    const confirmedThrough = afterSteps
      ? (s.continuation?.confirmedThrough ?? s.knownThrough)
      : day;
    const upTo = s.segments.slice(0, segmentAt(s.segments, stepsDay) + 1);
    const current = upTo.at(-1);
    const evidence = new Set(
      upTo.filter((seg) => seg.inEffect === status.inEffect).flatMap((seg) => seg.eventIds),
    );
    for (const id of current?.eventIds ?? []) evidence.add(id);
    return [
      {
        country: s.country,
        asOf: day,
        unconfirmedAfter: confirmedThrough < day ? confirmedThrough : null,
        inEffect: status.inEffect,
        scope: status.scope,
        threatened: afterSteps ? null : status.threatened,
        suspendedUntil: afterSteps ? null : (status.suspension?.end ?? null),
        evidence: links(evidence),
      },
    ];
  });

  const countBy = (steps: readonly TransferStep[]): CountFigure => {
    const counted = steps.filter((step) => step.day <= day);
    return {
      total: counted.at(-1)?.cumulative ?? 0,
      by: day,
      evidence: links(counted.map((step) => step.eventId)),
    };
  };
  const mexicoShown = countries.includes('MX');
  return {
    statuses,
    peopleTransferred: mexicoShown ? countBy(data.transfers) : null,
    troopsDeployed: mexicoShown ? countBy(data.deployments) : null,
  };
}
