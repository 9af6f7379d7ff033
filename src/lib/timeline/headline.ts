/** The headline figures above the timeline, each with the events behind it. */
import type { Dataset } from '../data/schema';
import { eventLink, type EventLink } from '../events/detail';
import { statusOn, type CountrySeries } from '../data/tariff-series';
import type { TimelineCountry } from './view';
import { isTransfer } from './data';

export interface CountryStatus {
  country: TimelineCountry;
  /** The last day the data speaks for. */
  asOf: string;
  inEffect: number;
  scope: string | null;
  threatened: number | null;
  suspendedUntil: string | null;
  /** The events that set this status. */
  evidence: EventLink[];
}

export interface Headline {
  statuses: CountryStatus[];
  peopleTransferred: { total: number; evidence: EventLink[] };
  troopsDeployed: { total: number; evidence: EventLink[] };
}

export function headlineFigures(dataset: Dataset, series: CountrySeries[], lang = 'en'): Headline {
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  const links = (ids: string[]) =>
    ids.flatMap((id) => (byId.has(id) ? [eventLink(byId.get(id)!, lang)] : []));

  const statuses = series.flatMap((s): CountryStatus[] => {
    if (!s.knownThrough) return [];
    const status = statusOn(s, s.knownThrough);
    if (!status.known) return [];
    const last = s.segments.at(-1)!;
    const evidence = new Set(
      s.segments.filter((seg) => seg.inEffect === last.inEffect).flatMap((seg) => seg.eventIds),
    );
    for (const id of last.eventIds) evidence.add(id);
    return [
      {
        country: s.country as TimelineCountry,
        asOf: s.knownThrough,
        inEffect: status.inEffect,
        scope: status.scope,
        threatened: status.threatened,
        suspendedUntil: status.suspension?.end ?? null,
        evidence: links([...evidence]),
      },
    ];
  });

  const transfers = dataset.events.filter(isTransfer);
  const troops = dataset.events.filter(
    (e) => e.kind === 'concession' && e.actor.country === 'MX' && e.quantity?.unit === 'troops',
  );
  const total = (events: typeof transfers) => events.reduce((sum, e) => sum + e.quantity!.value, 0);
  return {
    statuses,
    peopleTransferred: {
      total: total(transfers),
      evidence: transfers.map((e) => eventLink(e, lang)),
    },
    troopsDeployed: { total: total(troops), evidence: troops.map((e) => eventLink(e, lang)) },
  };
}
