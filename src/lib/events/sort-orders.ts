/**
 * The /events table's sort orders, worked out at build time with the collation of the page's
 * language: for each column but the date, the rows' indices in ascending order, ties in dataset
 * order. The browser sorts by picking rows in one of these orders (./filter.ts), so it never compares
 * text: sorting a hundred thousand rows by title took a collator most of a second.
 */
import { labelsFor } from '../data/labels';
import { TARIFF_GROUP } from './key-number';
import type { EventSortKey } from './view';
import type { EventRow } from './table';

export type SortOrders = Record<Exclude<EventSortKey, 'date'>, number[]>;

/**
 * Row indices in the order of their keys, ties in dataset order, given the distinct keys sorted and
 * which neighbours among them are equal. The rows are bucketed by the rank of their key (a counting
 * sort, linear and stable), so the comparisons are only between distinct keys: a column of a few
 * distinct values (actors, kinds) costs a handful of them.
 */
function orderByRank<K>(
  keys: readonly K[],
  sortedDistinct: readonly K[],
  equal: (a: K, b: K) => boolean,
): number[] {
  const rankOf = new Map<K, number>();
  let rank = 0;
  for (let i = 0; i < sortedDistinct.length; i++) {
    if (i > 0 && !equal(sortedDistinct[i - 1]!, sortedDistinct[i]!)) rank++;
    rankOf.set(sortedDistinct[i]!, rank);
  }
  const ranks = new Int32Array(keys.length);
  // starts[r + 1] counts rank r, then becomes where rank r + 1 starts.
  const starts = new Int32Array(rank + 2);
  for (let i = 0; i < keys.length; i++) starts[(ranks[i] = rankOf.get(keys[i]!)!) + 1]!++;
  for (let r = 1; r < starts.length; r++) starts[r]! += starts[r - 1]!;
  const order: number[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[starts[ranks[i]!]!++] = i;
  return order;
}

/** Row indices in the collation order of a text column, ties in dataset order. */
function byText(keys: readonly string[], compare: (a: string, b: string) => number): number[] {
  const distinct = [...new Set(keys)];
  // Mostly distinct (free text, as titles may all be): ranking would save few comparisons and add
  // a map lookup per row, so the rows are sorted directly.
  if (distinct.length > keys.length / 2) {
    return keys.map((_, index) => index).sort((a, b) => compare(keys[a]!, keys[b]!) || a - b);
  }
  // Strings that differ can compare equal (canonically equivalent, or differing in ignorable
  // characters): they get one rank, so their rows stay in dataset order.
  return orderByRank(keys, distinct.sort(compare), (a, b) => compare(a, b) === 0);
}

/**
 * Row indices by number within each group of comparable figures (./key-number.ts: tariff rates
 * first, then each unit and what it counts), rows without a number last, ties in dataset order.
 */
function byNumberInGroup(groups: readonly (string | null)[], values: readonly (number | null)[]) {
  const keys = groups.map((group, i) => (group === null ? null : `${group}\0${values[i]}`));
  const distinct = new Map<string, { group: string; value: number }>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key && !distinct.has(key)) distinct.set(key, { group: groups[i]!, value: values[i]! });
  }
  const groupRank = (group: string) => (group === TARIFF_GROUP ? 0 : 1);
  const sorted = [...distinct.keys()].sort((a, b) => {
    const x = distinct.get(a)!;
    const y = distinct.get(b)!;
    return (
      groupRank(x.group) - groupRank(y.group) ||
      (x.group < y.group ? -1 : x.group > y.group ? 1 : 0) ||
      x.value - y.value
    );
  });
  return orderByRank<string | null>(keys, [...sorted, null], (a, b) => a === b);
}

export function sortOrders(rows: readonly EventRow[], lang: string): SortOrders {
  const compare = new Intl.Collator(lang).compare;
  const kindLabels = labelsFor(lang).kind;
  // Each row read once for all its keys.
  const actors = new Array<string>(rows.length);
  const kinds = new Array<string>(rows.length);
  const titles = new Array<string>(rows.length);
  const values = new Array<number | null>(rows.length);
  const groups = new Array<string | null>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    actors[i] = row.actorName;
    // By the label the table shows, in the page's language.
    kinds[i] = kindLabels[row.kind];
    titles[i] = row.title;
    values[i] = row.keyValue;
    groups[i] = row.keyGroup;
  }
  return {
    actor: byText(actors, compare),
    kind: byText(kinds, compare),
    title: byText(titles, compare),
    number: byNumberInGroup(groups, values),
  };
}
