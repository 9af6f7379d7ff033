import { describe, expect, it } from 'vitest';
import type { EventKind } from '../data/schema';
import { labelsFor } from '../data/labels';
import { TARIFF_GROUP } from './key-number';
import { sortOrders } from './sort-orders';
import type { EventRow } from './table';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// Texts that collate close together: case, accents, ñ (a letter of its own in Spanish), a
// decomposed accent and a soft hyphen (different strings that a collator finds equal), punctuation.
const TEXTS = [
  'Peña',
  'pena',
  'Pena',
  'Pe\u00f1a',
  'Pen\u0303a',
  'Ángel',
  'angel',
  'Angel',
  'ángel',
  'an\u00adgel',
  'Zoe',
  'zoé',
  'Ñandú',
  'Nandu',
  'ñandu',
  'U.S. says',
  'US says',
  'U.S. ’s',
  'Trump’s 25% tariff',
  'Trump says',
  '10 troops',
  '9 troops',
  '',
];
const KINDS: EventKind[] = ['tariff', 'pressure', 'concession', 'statement', 'outcome'];
const NUMBERS = [null, 0, -0, 0.5, 1, 25, 25, 10_000, -3, 1e9];

const GROUPS = ['people:visas revoked', TARIFF_GROUP, 'troops:', 'people:handed over to the U.S.'];
const keyFigure = (keyValue: number | null, group: string) => ({
  keyValue,
  keyGroup: keyValue === null ? null : group,
});

function rows(count: number, seed: number, distinctTitles = 0.5): EventRow[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    date: '2025-01-01',
    precision: 'day',
    sortDay: '2025-01-01',
    dateLabel: '1 Jan 2025',
    kind: pick(KINDS),
    actorCountry: 'MX',
    actorName: pick(TEXTS),
    countries: ['MX'],
    // Some share of them distinct (as real titles may all be), the rest repeated.
    title: next() < distinctTitles ? `${pick(TEXTS)} ${Math.floor(next() * 1e6)}` : pick(TEXTS),
    keyNumber: '',
    keyMeaning: '',
    searchText: '',
    lastDay: '2025-01-01',
    ...keyFigure(next() < 0.5 ? pick(NUMBERS) : Math.round(next() * 1e4) / 10, pick(GROUPS)),
  }));
}

/** The orders as a plain sort of row indices gives them, ties in dataset order. */
function plainOrders(list: EventRow[], lang: string) {
  const compare = new Intl.Collator(lang).compare;
  const kinds = labelsFor(lang).kind;
  const order = (by: (a: EventRow, b: EventRow) => number) =>
    list.map((_, index) => index).sort((a, b) => by(list[a]!, list[b]!) || a - b);
  return {
    actor: order((a, b) => compare(a.actorName, b.actorName)),
    kind: order((a, b) => compare(kinds[a.kind], kinds[b.kind])),
    title: order((a, b) => compare(a.title, b.title)),
    // Rows without a number last; tariff rates first, then each group; by number within a group.
    number: order(
      (a, b) =>
        Number(a.keyGroup === null) - Number(b.keyGroup === null) ||
        Number(a.keyGroup !== TARIFF_GROUP) - Number(b.keyGroup !== TARIFF_GROUP) ||
        (a.keyGroup ?? '').localeCompare(b.keyGroup ?? '', 'en') ||
        (a.keyValue ?? 0) - (b.keyValue ?? 0),
    ),
  };
}

describe('sortOrders', () => {
  it('sorts key numbers within their group, never across groups', () => {
    const figures = [
      keyFigure(50, 'people:visas revoked'),
      keyFigure(29, 'people:handed over to the U.S.'),
      keyFigure(null, ''),
      keyFigure(25, TARIFF_GROUP),
      keyFigure(37, 'people:handed over to the U.S.'),
      keyFigure(4601, 'people:border apprehensions in the month'),
      keyFigure(10, TARIFF_GROUP),
    ];
    const list = rows(figures.length, 6).map((row, index) => ({ ...row, ...figures[index] }));
    // Tariff rates (10%, 25%), the apprehensions, the people handed over (29, 37), the visas, none.
    expect(sortOrders(list, 'en').number).toEqual([6, 3, 5, 1, 4, 0, 2]);
  });

  it('is the collator order with ties in dataset order, in both languages', () => {
    for (const lang of ['en', 'es']) {
      // Mostly repeated and mostly distinct titles are ordered in different ways.
      for (const [count, seed, distinctTitles] of [
        [0, 1, 0.5],
        [1, 2, 0.5],
        [50, 3, 0.5],
        [3000, 4, 0.1],
        [3000, 5, 0.9],
      ] as const) {
        const list = rows(count, seed, distinctTitles);
        expect(sortOrders(list, lang)).toEqual(plainOrders(list, lang));
      }
    }
  });

  it('keeps strings the collator finds equal in dataset order', () => {
    const titles = [
      'an\u00adgel',
      'b',
      'angel',
      'an\u00adgel',
      'Pen\u0303a',
      'Pe\u00f1a',
      'Pen\u0303a',
    ];
    const list = rows(titles.length, 5).map((row, index) => ({ ...row, title: titles[index]! }));
    expect(sortOrders(list, 'en').title).toEqual([0, 2, 3, 1, 4, 5, 6]);
    expect(sortOrders(list, 'es').title).toEqual(plainOrders(list, 'es').title);
  });
});
