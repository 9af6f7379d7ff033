/**
 * The key under the threats-and-responses chart, laid out in lines that fit the chart's width: what
 * a solid and a dashed ring, the shading and each marker colour stand for. Words in the chart's
 * language; positions estimated (./short-label.ts), with room to spare.
 */
import type { EventKind } from '../data/schema';
import { labelsFor } from '../data/labels';
import { inLang } from '../i18n';
import { plural } from '../i18n/plural';
import * as m from '../paraglide/messages.js';
import { textWidth } from './short-label';

export type KeySwatch =
  | { type: 'stated' | 'window' | 'shade' }
  | { type: 'kind'; kind: EventKind; imprecise: boolean; threat: boolean };

export interface KeyItem {
  swatch: KeySwatch;
  /** The swatch's centre; the label starts right of it. */
  x: number;
  y: number;
  label: string;
}

export const KEY_FONT = 11;
const SWATCH = 18;
const GAP = 14;
const LINE = 18;

/** The key's items for a window of `windowDays`, in reading order. */
function keyEntries(windowDays: number, lang: string): { swatch: KeySwatch; label: string }[] {
  const words = inLang(lang);
  const kinds = labelsFor(lang).kind;
  const kind = (k: EventKind, imprecise = false): KeySwatch => ({
    type: 'kind',
    kind: k,
    imprecise,
    threat: k === 'tariff' || k === 'pressure',
  });
  const window = { one: m.compare_key_window_one, other: m.compare_key_window_other };
  return [
    { swatch: kind('tariff'), label: kinds.tariff },
    { swatch: kind('pressure'), label: kinds.pressure },
    { swatch: kind('concession'), label: kinds.concession },
    { swatch: kind('statement'), label: kinds.statement },
    { swatch: kind('statement', true), label: m.compare_key_approximate({}, words) },
    { swatch: { type: 'stated' }, label: m.compare_key_stated({}, words) },
    { swatch: { type: 'window' }, label: m.compare_key_by_date({}, words) },
    {
      swatch: { type: 'shade' },
      label: plural(windowDays, window, { days: windowDays }, lang),
    },
  ];
}

/** The key's items from `top`, between `left` and `right`; and the y below its last line. */
export function layoutKey(
  windowDays: number,
  left: number,
  right: number,
  top: number,
  lang: string,
): { items: KeyItem[]; bottom: number } {
  const items: KeyItem[] = [];
  let x = left;
  let y = top + LINE / 2;
  for (const entry of keyEntries(windowDays, lang)) {
    const width = SWATCH + textWidth(entry.label, KEY_FONT);
    if (x > left && x + width > right) {
      x = left;
      y += LINE;
    }
    items.push({ ...entry, x: x + SWATCH / 2 - 2, y });
    x += width + GAP;
  }
  return { items, bottom: y + LINE / 2 };
}
