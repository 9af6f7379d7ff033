/**
 * The line a folded controls bar shows on a phone (`ControlsBar.svelte`): what the controls narrow,
 * so a reader sees the view's settings without opening them. "Mexico · Tariff, Pressure · 1 Jan
 * 2025 – 31 Dec 2025", in parts that the bar keeps whole when the line wraps.
 */
import { formatDateRange } from '../dates/dates';

/** A checkbox group's checked options, named in the group's own order: "Mexico, China". */
export function checkedLabels<T extends string>(
  selected: readonly T[],
  options: readonly T[],
  labels: Readonly<Record<T, string>>,
): string {
  return options
    .filter((option) => selected.includes(option))
    .map((option) => labels[option])
    .join(', ');
}

/**
 * A checkbox group's part of the line: its checked options, or nothing when all are checked (the
 * group's default, which narrows nothing). Empty `selected` means all, as in the URL state.
 */
export function selectionPart<T extends string>(
  selected: readonly T[],
  options: readonly T[],
  labels: Readonly<Record<T, string>>,
): string | undefined {
  if (!selected.length || options.every((option) => selected.includes(option))) return undefined;
  return checkedLabels(selected, options, labels);
}

/** The dates' part: the range a view spans (`viewRange`). */
export const datesPart = (range: { from: string; to: string }, lang: string) =>
  formatDateRange(range.from, range.to, 'day', lang);

/** The line's parts, skipping those that narrow nothing; `whenNone` alone if none is left. */
export function controlsSummary(
  parts: readonly (string | undefined)[],
  whenNone: string,
): string[] {
  const shown = parts.filter((part): part is string => !!part);
  return shown.length ? shown : [whenNone];
}
