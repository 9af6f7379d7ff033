/** The timeline's transferred-people panel: the cumulative steps as points, and a readout per step. */
import { dayEndMillis, dayToMillis, formatDate } from '../dates/dates';
import { labelsFor } from '../data/labels';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import type { Point } from './chart-model';
import type { TransferStep } from './data';

export interface TransferReadout {
  /** From the step's day to the next step's (or the panel's end), in milliseconds. */
  start: number;
  end: number;
  eventId: string;
  /** "55 people by 12 Aug 2025" */
  text: string;
}

/** The steps up to `to`, held to the view's end but not past the data's (`dataEnd`). */
export function transferSteps(
  steps: readonly TransferStep[],
  dataEnd: string,
  to: string,
  lang: string,
): { transfers: Point[]; transfersMax: number; transferReadouts: TransferReadout[] } {
  const shown = steps.filter((t) => t.day <= to);
  const transfers: Point[] = [];
  let previous = 0;
  for (const step of shown) {
    transfers.push(
      { x: dayToMillis(step.day), y: previous },
      { x: dayToMillis(step.day), y: step.cumulative },
    );
    previous = step.cumulative;
  }
  // After the data's last day the total is unknown.
  const end = dataEnd < to ? dataEnd : to;
  if (transfers.length) transfers.push({ x: dayToMillis(end), y: previous });
  const transferReadouts = shown.map((step, index) => ({
    start: dayToMillis(step.day),
    end: shown[index + 1] ? dayToMillis(shown[index + 1]!.day) : dayEndMillis(end),
    eventId: step.eventId,
    text: plural(
      step.cumulative,
      { one: m.tl_transferred_by_one, other: m.tl_transferred_by_other },
      {
        count: labelsFor(lang).number.format(step.cumulative),
        date: formatDate(step.day, 'day', lang),
      },
      lang,
    ),
  }));
  return { transfers, transfersMax: previous, transferReadouts };
}
