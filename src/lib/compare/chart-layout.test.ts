import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import {
  layoutCompareChart,
  MAX_DRAWN_PAIRS,
  NARROW,
  WIDE,
  type PlacedEvent,
} from './chart-layout';
import { buildComparisonData, comparisonView, type ComparisonView } from './comparison';
import { PAIR_BASES, THREAT_KINDS } from './pairing';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const mexico = buildComparisonData(result.dataset, 'MX');
const view = comparisonView(mexico, {
  windowDays: 30,
  bases: PAIR_BASES,
  kinds: THREAT_KINDS,
  from: '',
  to: '',
});
const domain = { from: '2025-01-01', to: '2025-12-31' };

/** Markers on the same row closer than a marker's width, left to right. */
function overlapping(events: readonly PlacedEvent[], radius: number) {
  const sorted = events.toSorted((a, b) => a.y - b.y || a.x - b.x);
  return sorted.filter(
    (event, i) => i > 0 && sorted[i - 1]!.y === event.y && event.x - sorted[i - 1]!.x < radius * 2,
  );
}

describe('the threats-and-responses chart layout', () => {
  const layout = layoutCompareChart(view, domain, WIDE, 'en');

  it('stacks markers of nearby days instead of drawing them over each other', () => {
    expect(new Set(layout.threats.map((t) => t.y)).size).toBeGreaterThan(1);
    expect(overlapping(layout.threats, layout.radius)).toEqual([]);
    expect(overlapping(layout.responses, layout.radius)).toEqual([]);
  });

  it("joins each pair's threat marker to its response marker, every pair of the real data", () => {
    const byId = new Map([...layout.threats, ...layout.responses].map((e) => [e.id, e]));
    const pairCount = view.rows.flatMap((row) => row.pairs).length;
    expect(pairCount).toBeGreaterThan(20);
    expect(layout.pairs.length).toBe(pairCount);
    expect(layout.totalPairs).toBe(pairCount);
    for (const pair of layout.pairs) {
      const [from, to] = [byId.get(pair.threatId)!, byId.get(pair.responseId)!];
      expect(pair.path.startsWith(`M${from.x},${from.y} `)).toBe(true);
      expect(pair.path.endsWith(` ${to.x},${to.y}`)).toBe(true);
    }
  });

  it('puts its month ticks inside the plot, in order, at most one per 110 px', () => {
    for (const size of [WIDE, NARROW]) {
      const { ticks } = layoutCompareChart(view, domain, size, 'en');
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(size.width / 110);
      expect(ticks[0]!.x).toBeGreaterThanOrEqual(12);
      expect(ticks.at(-1)!.x).toBeLessThanOrEqual(size.width - 12);
      expect(ticks.map((t) => t.x)).toEqual(ticks.map((t) => t.x).toSorted((a, b) => a - b));
    }
    expect(layout.ticks[0]).toEqual({ x: 12, label: 'Jan 2025' });
    expect(layout.ticks.at(-1)).toEqual({ x: 988, label: 'Jan 2026' });
  });

  it('keeps thousands of events on one day inside the lane', () => {
    const response = view.responses[0]!;
    const crowded: ComparisonView = {
      ...view,
      rows: [],
      responses: Array.from({ length: 20_000 }, (_, i) => ({ ...response, id: `r${i}` })),
    };
    const placed = layoutCompareChart(crowded, domain, WIDE, 'en').responses;
    const offsets = placed.map((p) => p.y - layout.responseAxisY);
    expect(Math.min(...offsets)).toBeGreaterThan(0);
    // The lane below the response axis is 78 px deep.
    expect(Math.max(...offsets)).toBeLessThanOrEqual(78);
    expect(new Set(offsets).size).toBeGreaterThan(5);
  });
});

describe('the connectors drawn', () => {
  // A row whose pair count does not divide the cap, so the cap falls among one threat's pairs.
  const row = view.rows.find((r) => MAX_DRAWN_PAIRS % r.pairs.length > 0)!;
  /** A view of `threats` copies of one real row, so `threats × row.pairs.length` pairs. */
  function repeated(threats: number): ComparisonView {
    const rows = Array.from({ length: threats }, (_, i) => {
      const threat = { ...row.threat, id: `t${i}` };
      return { ...row, threat, pairs: row.pairs.map((p) => ({ ...p, threatId: threat.id })) };
    });
    return { ...view, rows };
  }
  const keys = (v: ComparisonView) =>
    v.rows.flatMap((r) => r.pairs.map((p) => `${p.threatId}>${p.responseId}`));

  it('are the pairs of the latest threats when there are more than the cap', () => {
    const many = repeated(Math.ceil((MAX_DRAWN_PAIRS * 1.5) / row.pairs.length));
    const total = keys(many).length;
    const capped = layoutCompareChart(many, domain, WIDE, 'en');
    expect(capped.pairs).toHaveLength(MAX_DRAWN_PAIRS);
    expect(capped.totalPairs).toBe(total);
    expect(capped.pairs.map((p) => p.key)).toEqual(keys(many).slice(total - MAX_DRAWN_PAIRS));
    const earliest = capped.pairs.filter((p) => p.threatId === capped.pairs[0]!.threatId);
    expect(earliest.length).toBeLessThan(row.pairs.length);
    // Markers are not capped: every threat still shows.
    expect(capped.threats).toHaveLength(many.rows.length);
  });

  it('are every pair up to the cap', () => {
    const threats = Math.floor(MAX_DRAWN_PAIRS / row.pairs.length);
    const full = repeated(threats);
    const drawn = layoutCompareChart(full, domain, WIDE, 'en');
    expect(drawn.pairs).toHaveLength(threats * row.pairs.length);
    expect(drawn.totalPairs).toBe(drawn.pairs.length);
    expect(drawn.pairs.map((p) => p.key)).toEqual(keys(full));
  });
});
