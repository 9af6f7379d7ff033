/** `?highlight=` on the threats-and-responses chart: the check against the data, and the layout. */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { LABEL_FONT, NARROW, WIDE, layoutCompareChart } from './chart-layout';
import { textWidth } from './short-label';
import { compareColumns } from './columns';
import { buildComparisonData } from './comparison';
import { compareRefinement, refinePressureIndexView } from './highlight';
import { threatsResponsesAltText } from './alt-text';
import { threatsResponsesImage } from './images';
import { defaultCompareView, type CompareView } from './view';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const comparisons = [
  buildComparisonData(result.dataset, 'MX'),
  buildComparisonData(result.dataset, 'CA'),
];

const ORDERS = '2025-02-01-tariff-orders-signed';
const TROOPS = '2025-02-03-mexico-pledges-10000-guard-troops';
const CANADA_LISTS = '2025-02-20-canada-lists-seven-groups-as-terrorists';
/** An outcome: in the dataset, but neither a threat nor a response. */
const CROSSINGS = '2025-07-record-low-border-crossings';

const viewWith = (patch: Partial<CompareView>): CompareView => ({
  ...defaultCompareView(),
  ...patch,
});
const refine = (patch: Partial<CompareView>, lang = 'en') =>
  compareRefinement(comparisons)(viewWith(patch), lang);
const mexicoColumn = (view: CompareView) => compareColumns(comparisons, view)[0]!;

describe('the lag chart checks a highlight against its data', () => {
  it('keeps threats and responses the chart draws, without a notice', () => {
    expect(refine({ highlight: [ORDERS, TROOPS] })).toBeNull();
  });

  it('drops an id no threat or response has, naming it: an outcome is neither', () => {
    const checked = refine({ highlight: [TROOPS, 'nope', 'ORDERS'] })!;
    expect(checked.view.highlight).toEqual([TROOPS]);
    expect(checked.notice).toEqual([
      'Ignored highlight="nope~ORDERS": no threat or response of the countries compared has that id.',
    ]);
    expect(refine({ highlight: [CROSSINGS] })!.notice[0]).toContain(CROSSINGS);
  });

  it("drops a response of a country not shown, and one the view's dates leave out, saying which", () => {
    const checked = refine({ highlight: [CANADA_LISTS, TROOPS], from: '2025-03-01' })!;
    expect(checked.view.highlight).toEqual([]);
    expect(checked.notice).toHaveLength(2);
    expect(checked.notice[0]).toMatch(
      /^Not highlighted: “Canada lists .*” \(20 Feb 2025\) is not among/,
    );
    expect(checked.notice[1]).toMatch(/^Not highlighted: “.*” \(3 Feb 2025\) is not among/);
    expect(refine({ highlight: [CANADA_LISTS], country: ['MX', 'CA'] })).toBeNull();
  });

  it('speaks the page language, and still falls back from a reversed range', () => {
    const checked = refine({ highlight: ['x'], from: '2025-06-01', to: '2025-01-01' }, 'es')!;
    expect(checked.view).toMatchObject({ from: '', to: '', highlight: [] });
    expect(checked.notice).toHaveLength(2);
    expect(checked.notice[1]).toMatch(/^Se ignoró highlight="x": ninguna amenaza/);
  });

  it('the pressure index, which marks no single event, drops a highlight with a notice', () => {
    const checked = refinePressureIndexView(viewWith({ highlight: [TROOPS] }), 'en')!;
    expect(checked.view.highlight).toEqual([]);
    expect(checked.notice).toEqual([
      'Ignored highlight: the pressure index counts weeks, not single events.',
    ]);
    expect(refinePressureIndexView(viewWith({}), 'en')).toBeNull();
  });
});

describe('the lag chart draws a highlight', () => {
  const view = viewWith({ highlight: [TROOPS] });
  const column = mexicoColumn(view);

  for (const size of [WIDE, NARROW]) {
    const plain = layoutCompareChart(column.view, view.window, size, 'en');
    const layout = layoutCompareChart(column.view, view.window, size, 'en', view.highlight);
    const name = size === WIDE ? 'wide' : 'narrow';

    it(`${name}: rings every dot of the response, dims what is not paired with it`, () => {
      const dots = layout.rows.flatMap((row) => row.dots);
      const troops = dots.filter((dot) => dot.responseId === TROOPS);
      expect(troops.length).toBeGreaterThan(1);
      expect(troops.every((dot) => dot.emphasis === 'highlighted')).toBe(true);
      expect(dots.filter((d) => d.emphasis === 'normal')).toEqual([]);
      for (const row of layout.rows) {
        const paired = row.dots.some((dot) => dot.responseId === TROOPS);
        expect(row.emphasis).toBe(paired ? 'normal' : 'dimmed');
        expect(row.highlights.map((h) => h.eventId)).toEqual(paired ? [TROOPS] : []);
      }
      expect(plain.rows.every((row) => row.emphasis === 'normal')).toBe(true);
    });

    it(`${name}: calls the response out once, under its first row, within the chart`, () => {
      const callouts = layout.rows.flatMap((row) => row.highlights.flatMap((h) => h.callout ?? []));
      expect(callouts).toHaveLength(1);
      const [callout] = callouts;
      // Its date whole, as the rows are labelled, then as much of its title as fits.
      expect(callout!.text).toMatch(/^3 Feb 2025 · Mexico pledges 10,000 /);
      expect(callout!.x).toBeGreaterThanOrEqual(0);
      expect(callout!.x + textWidth(callout!.text, LABEL_FONT)).toBeLessThanOrEqual(size.width);
      // The row with the callout grows by its line; the chart by as much.
      expect(layout.height - plain.height).toBe(15);
      const row = layout.rows.find((r) => r.highlights.some((h) => h.callout))!;
      expect(callout!.y).toBeGreaterThan(Math.max(...row.dots.map((d) => d.y)));
      expect(callout!.y).toBeLessThan(row.bottom);
    });
  }

  it('rings a highlighted threat, keeps its responses, and calls it out in full', () => {
    const layout = layoutCompareChart(mexicoColumn(view).view, 30, WIDE, 'en', [ORDERS]);
    const row = layout.rows.find((r) => r.threatId === ORDERS)!;
    expect(row.emphasis).toBe('highlighted');
    expect(row.dots.every((dot) => dot.emphasis === 'normal')).toBe(true);
    expect(row.highlights[0]).toMatchObject({ eventId: ORDERS, x: row.threatX, y: row.y });
    expect(row.highlights[0]!.callout!.text).toBe(
      '1 Feb 2025 · Trump signs tariff orders on Mexico, Canada and China',
    );
    const others = layout.rows.filter((r) => r !== row);
    expect(others.every((r) => r.emphasis === 'dimmed')).toBe(true);
  });

  it('names the highlighted events in the alt text and the image, in the page language', () => {
    const alt = threatsResponsesAltText(
      column,
      { from: '2024-11-25', to: '2026-01-21' },
      30,
      'en',
      [TROOPS],
    );
    expect(alt).toMatch(/ Highlighted: “Mexico .*” \(3 Feb 2025\)\.$/);
    const image = threatsResponsesImage(
      column,
      { from: '2024-11-25', to: '2026-01-21' },
      30,
      'c',
      'en',
      [TROOPS],
    );
    expect(image.description).toBe(alt);
    const { chart } = image;
    expect(
      chart.name === 'threats-responses' && chart.layout.rows.some((r) => r.highlights.length),
    ).toBe(true);
  });
});
