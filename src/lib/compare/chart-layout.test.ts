import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../data/fixtures/curated-dataset';
import { localizeDataset } from '../data/translations';
import {
  LABEL_FONT,
  layoutCompareChart,
  MAX_DRAWN_PAIRS,
  MAX_DRAWN_ROWS,
  NARROW,
  WIDE,
  type CompareChartLayout,
} from './chart-layout';
import { buildComparisonData } from './comparison';
import { comparisonView, type ComparisonView } from './comparison-view';
import { lagMidpoint } from './lag';
import { PAIR_BASES, THREAT_KINDS } from './pairing';
import { textWidth } from './short-label';

const dataset = curatedDataset();
const mexico = buildComparisonData(dataset, 'MX');
const viewOf = (windowDays: number) =>
  comparisonView(mexico, { windowDays, bases: PAIR_BASES, kinds: THREAT_KINDS, from: '', to: '' });
const view = viewOf(30);

const dotsOf = (layout: CompareChartLayout) => layout.rows.flatMap((row) => row.dots);

describe('the threats-and-responses lag chart', () => {
  for (const size of [WIDE, NARROW]) {
    const layout = layoutCompareChart(view, 30, size, 'en');
    const name = size === WIDE ? 'wide' : 'narrow';

    it(`${name}: a row per threat, in date order, labelled with its date and a short title`, () => {
      expect(layout.rows.map((row) => row.threatId)).toEqual(view.rows.map((r) => r.threat.id));
      for (const [i, row] of layout.rows.entries()) {
        const threat = view.rows[i]!.threat;
        expect(row.label.startsWith(`${threat.dateLabel} · `)).toBe(true);
        const title = row.label.slice(threat.dateLabel.length + 3);
        // The title whole, or its beginning cut at a word with an ellipsis.
        if (title !== threat.title) {
          expect(title.endsWith('…')).toBe(true);
          expect(threat.title.startsWith(title.slice(0, -1))).toBe(true);
        }
        expect(row.title).toBe(`${threat.title}, ${threat.dateLabel}`);
      }
      expect(
        layout.rows.find((r) => r.threatId === '2025-02-01-tariff-orders-signed')?.label,
      ).toMatch(/^1 Feb 2025 · Trump signs tariff orders on Mexico/);
    });

    it(`${name}: labels fit their room, and rows do not overlap`, () => {
      for (const row of layout.rows) {
        const end = row.labelX + textWidth(row.label, LABEL_FONT);
        // Wide, a label ends before the threat's marker; narrow, before the right edge.
        expect(end).toBeLessThan(layout.wide ? row.threatX - 8 : layout.width);
        for (const dot of row.dots) {
          expect(dot.y - layout.ring).toBeGreaterThanOrEqual(row.top);
          expect(dot.y + layout.ring).toBeLessThanOrEqual(row.bottom);
        }
      }
      for (let i = 1; i < layout.rows.length; i++) {
        expect(layout.rows[i]!.top).toBeGreaterThan(layout.rows[i - 1]!.bottom);
        expect(layout.rows[i]!.labelY - layout.rows[i - 1]!.labelY).toBeGreaterThan(LABEL_FONT);
      }
    });

    it(`${name}: each response at its lag, its pair's basis kept, dots apart`, () => {
      const pairs = view.rows.flatMap((r) => r.pairs);
      const dots = dotsOf(layout);
      expect(dots.map((d) => [d.key, d.basis])).toEqual(
        pairs.map((p) => [`${p.threatId}>${p.responseId}`, p.basis]),
      );
      expect(new Set(dots.map((d) => d.basis))).toEqual(new Set(['stated', 'window']));
      expect(layout.drawnPairs).toBe(pairs.length);
      expect(layout.totalPairs).toBe(pairs.length);
      // x grows with the lag, from day 0 at the plot's left, right of the threat's marker.
      const byLag = pairs.map((p, i) => ({ lag: lagMidpoint(p), x: dots[i]!.x }));
      for (const a of byLag)
        for (const b of byLag) if (a.lag < b.lag) expect(a.x).toBeLessThan(b.x);
      for (const [i, dot] of dots.entries())
        if (pairs[i]!.max === 0) expect(dot.x).toBe(layout.plotLeft);
      for (const row of layout.rows)
        expect(row.threatX).toBeLessThan(layout.plotLeft - layout.ring);
      // Dots of one row never overlap (the real data stacks at most four deep).
      for (const row of layout.rows)
        for (const [i, a] of row.dots.entries())
          for (const b of row.dots.slice(i + 1))
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(layout.ring * 2);
    });

    it(`${name}: its day ticks start at 0, in order, inside the plot`, () => {
      expect(layout.ticks[0]).toEqual({ x: layout.plotLeft, label: '0' });
      const xs = layout.ticks.map((t) => t.x);
      expect(xs).toEqual(xs.toSorted((a, b) => a - b));
      expect(xs.at(-1)).toBeLessThanOrEqual(layout.plotRight);
      // A response 38 days after its threat, a stated pair, is on the scale.
      expect(Number(layout.ticks.at(-1)!.label)).toBeGreaterThanOrEqual(38);
    });

    it(`${name}: a key of every mark, on lines inside the chart`, () => {
      expect(layout.key.map((k) => k.label)).toEqual([
        'Tariff',
        'Pressure',
        'Concession',
        'Statement',
        'date approximate',
        'tied by a source',
        'by date only',
        'the 30-day window',
      ]);
      for (const [i, item] of layout.key.entries()) {
        expect(item.y).toBeGreaterThan(layout.rowsBottom);
        expect(item.y).toBeLessThan(layout.height);
        const next = layout.key[i + 1];
        if (next?.y === item.y)
          expect(item.x + 11 + textWidth(item.label, 11)).toBeLessThan(next.x - 7);
      }
    });
  }

  it('shades the window from the view: responses inside it by date, stated ones also beyond', () => {
    for (const days of [7, 30]) {
      const v = viewOf(days);
      const layout = layoutCompareChart(v, days, WIDE, 'en');
      expect(layout.window.days).toBe(days);
      const pairs = v.rows.flatMap((r) => r.pairs);
      for (const [i, dot] of dotsOf(layout).entries()) {
        if (pairs[i]!.basis === 'window') expect(dot.x).toBeLessThanOrEqual(layout.window.x2);
        else if (pairs[i]!.min > days) expect(dot.x).toBeGreaterThan(layout.window.x2);
      }
    }
    expect(layoutCompareChart(viewOf(7), 7, WIDE, 'en').window.x2).toBeLessThan(
      layoutCompareChart(viewOf(7), 30, WIDE, 'en').window.x2,
    );
  });

  it('speaks Spanish in Spanish', () => {
    const es = comparisonView(buildComparisonData(localizeDataset(dataset, 'es'), 'MX', 'es'), {
      windowDays: 7,
      bases: PAIR_BASES,
      kinds: THREAT_KINDS,
      from: '',
      to: '',
    });
    const layout = layoutCompareChart(es, 7, NARROW, 'es');
    expect(layout.rows[0]!.label).toMatch(/^25 nov 2024 · /);
    expect(layout.key.at(-1)!.label).toBe('el plazo de 7 días');
    expect(dotsOf(layout).some((d) => d.label.endsWith(', según la fuente'))).toBe(true);
  });
});

describe('the rows drawn', () => {
  // A row with pairs, copied `threats` times, each copy its own threat.
  const row = view.rows.find((r) => r.pairs.length > 5)!;
  function repeated(threats: number, pairs = row.pairs): ComparisonView {
    const rows = Array.from({ length: threats }, (_, i) => {
      const threat = { ...row.threat, id: `t${i}` };
      return { ...row, threat, pairs: pairs.map((p) => ({ ...p, threatId: threat.id })) };
    });
    return { ...view, rows };
  }

  it('are the latest threats’ when there are more than fit', () => {
    const many = repeated(MAX_DRAWN_ROWS * 3);
    const layout = layoutCompareChart(many, 30, WIDE, 'en');
    expect(layout.rows.map((r) => r.threatId)).toEqual(
      many.rows.slice(-MAX_DRAWN_ROWS).map((r) => r.threat.id),
    );
    expect(layout.totalRows).toBe(MAX_DRAWN_ROWS * 3);
    expect(layout.totalPairs).toBe(MAX_DRAWN_ROWS * 3 * row.pairs.length);
    expect(layout.drawnPairs).toBe(MAX_DRAWN_ROWS * row.pairs.length);
  });

  it('are fewer when their pairs pass the cap, the latest always drawn', () => {
    const crowdedPairs = Array.from({ length: 600 }, (_, i) => row.pairs[i % row.pairs.length]!);
    const layout = layoutCompareChart(repeated(10, crowdedPairs), 30, WIDE, 'en');
    expect(layout.rows.length).toBe(Math.floor(MAX_DRAWN_PAIRS / 600));
    expect(layout.rows.at(-1)!.threatId).toBe('t9');
    const one = layoutCompareChart(repeated(2, Array(3000).fill(row.pairs[0]!)), 30, WIDE, 'en');
    expect(one.rows.map((r) => r.threatId)).toEqual(['t1']);
    // Thousands of dots on one day stay inside their row.
    for (const dot of one.rows[0]!.dots) expect(dot.y).toBeLessThan(one.rows[0]!.bottom);
  });

  it('are every threat’s up to the limit', () => {
    const layout = layoutCompareChart(repeated(MAX_DRAWN_ROWS), 30, WIDE, 'en');
    expect(layout.rows).toHaveLength(MAX_DRAWN_ROWS);
    expect(layout.totalRows).toBe(MAX_DRAWN_ROWS);
  });
});
