/** Timings of the data transforms on synthetic datasets (section 4 of the benchmark). */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Dataset } from '../../lib/data/schema';
import { validateDataset } from '../../lib/data/validate';
import { buildComparisonData, COMPARE_COUNTRIES } from '../../lib/compare/comparison';
import { comparisonView } from '../../lib/compare/comparison-view';
import { layoutCompareChart, WIDE } from '../../lib/compare/chart-layout';
import { PAIR_BASES, THREAT_KINDS } from '../../lib/compare/pairing';
import { weeklyIndex } from '../../lib/compare/pressure-index';
import { eventsCsv } from '../../lib/downloads/csv';
import { applyEventsView } from '../../lib/events/filter';
import { sortOrders } from '../../lib/events/sort-orders';
import { toEventRow } from '../../lib/events/table';
import { tariffSeriesFor } from '../../lib/data/tariff-series';
import { timelineChartModel } from '../../lib/timeline/chart-model';
import { buildTimelineData } from '../../lib/timeline/data';
import { defaultCompareView } from '../../lib/compare/view';
import { defaultEventsView } from '../../lib/events/view';
import { TIMELINE_COUNTRIES } from '../../lib/timeline/data';
import { defaultTimelineView } from '../../lib/timeline/view';
import { TARGETS, log } from './config';
import { joinCsvCells, parseBareShape } from './references';
import { fmt, median, ms } from './stats';
import { readRaw, syntheticFiles, syntheticPeriod, type RawFiles } from './synthetic';

/**
 * A collection of the young generation before each timed call, so one call's short-lived garbage is
 * not the next's cost. Not a full collection: after one, the next call's own collections cost about
 * ten times as much (comparisonView at 100k: 2.5 of 4.7 s profiled was the collector, against 0.25 of
 * 1.7 s without it), which no page changing its view meets.
 */
const collectYoungGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  return () => gc({ type: 'minor' });
})();

/**
 * Median wall time in ms of `runs` calls (at most 3 when a call takes over a second), after a warm-up
 * call whose time is kept as `firstMs`: it includes compiling the code.
 */
function time<T>(runs: number, run: () => T): { ms: number; firstMs: number; result: T } {
  const warmUp = performance.now();
  let result = run();
  const firstMs = performance.now() - warmUp;
  if (firstMs > 1000) runs = Math.min(runs, 3);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectYoungGarbage();
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), firstMs, result };
}

/**
 * Where a transform runs: in the reader's browser when the view changes, or only when the site is
 * built (`npm run data:check`, prerendering), once per build, whatever the readers do. A reference
 * row runs nowhere: it is the floor under a build step (`references.ts`) and has no target.
 */
type RunsIn = 'browser' | 'build' | 'reference';

/** Per transform: where it runs, the median time, and the first call's. */
export type TransformTimes = Record<string, { runsIn: RunsIn; ms: number; firstMs: number }>;

const figures = (runsIn: RunsIn, { ms, firstMs }: { ms: number; firstMs: number }) => ({
  runsIn,
  ms,
  firstMs,
});

/**
 * Build-time output as the browser gets it: serialised into the page and parsed again. The browser's
 * transforms are timed on that, not on the objects the build left scattered across this process's
 * heap, which are slower to walk than freshly parsed ones and would misstate what a reader waits for.
 */
const asServed = <T>(value: T): T => JSON.parse(JSON.stringify(value));

export function timeTransforms(raw: RawFiles, runs: number): TransformTimes {
  const validated = time(runs, () => validateDataset(raw));
  if (!validated.result.ok) {
    throw new Error(
      `Synthetic dataset is invalid:\n${validated.result.problems.slice(0, 5).join('\n')}`,
    );
  }
  const dataset: Dataset = validated.result.dataset;
  const series = time(runs, () => tariffSeriesFor(dataset.events, TIMELINE_COUNTRIES));
  const timeline = time(runs, () => buildTimelineData(dataset));
  const servedTimeline = asServed(timeline.result);
  const model = time(runs, () => timelineChartModel(servedTimeline, defaultTimelineView()));
  const rows = time(runs, () => dataset.events.map((e) => toEventRow(e)));
  const orders = time(runs, () => sortOrders(rows.result, 'en'));
  const [servedRows, servedOrders] = asServed([rows.result, orders.result] as const);
  const view = time(runs, () => applyEventsView(servedRows, defaultEventsView(), servedOrders));
  const searched = time(runs, () =>
    applyEventsView(
      servedRows,
      { ...defaultEventsView(), q: 'tariff', sort: 'title', dir: 'desc' },
      servedOrders,
    ),
  );
  const bareShape = time(runs, () => parseBareShape(raw.events.events));
  // Only the length is kept: the text (97 million characters at 100k) would weigh on every later
  // step's collections.
  const csv = time(runs, () => eventsCsv(dataset.events).length);
  const joinedCells = time(runs, () => joinCsvCells(dataset.events).length);
  const comparisons = time(runs, () =>
    COMPARE_COUNTRIES.map((country) => buildComparisonData(dataset, country)),
  );
  const compareView = defaultCompareView();
  const servedComparisons = asServed(comparisons.result);
  const paired = time(runs, () =>
    servedComparisons.map((data) =>
      comparisonView(data, {
        windowDays: compareView.window,
        bases: PAIR_BASES,
        kinds: THREAT_KINDS,
        from: '',
        to: '',
      }),
    ),
  );
  const layouts = time(runs, () =>
    paired.result.map((view) => layoutCompareChart(view, compareView.window, WIDE, 'en')),
  );
  const index = time(runs, () =>
    COMPARE_COUNTRIES.map((country) => weeklyIndex(dataset.events, country)),
  );
  return {
    'validateDataset (zod)': figures('build', validated),
    'zod, bare shape: no checks at all': figures('reference', bareShape),
    'tariffSeriesFor (3 countries, one pass)': figures('build', series),
    buildTimelineData: figures('build', timeline),
    'timelineChartModel (default view)': figures('browser', model),
    'toEventRow (all events)': figures('build', rows),
    'sortOrders (events table, en)': figures('build', orders),
    'applyEventsView (default view)': figures('browser', view),
    'applyEventsView (search, sort by title)': figures('browser', searched),
    eventsCsv: figures('build', csv),
    'CSV cells joined: no quoting, no guard': figures('reference', joinedCells),
    'buildComparisonData (MX, CA; includes the pressure index)': figures('build', comparisons),
    'comparisonView (MX, CA; pairing, default view)': figures('browser', paired),
    'layoutCompareChart (MX, CA; wide)': figures('browser', layouts),
    'weeklyIndex (pressure index, MX, CA)': figures('build', index),
  };
}

/** Times every transform at each size and writes the Markdown table, with misses against the target. */
export function reportTransforms(
  sizes: number[],
  runs: number,
  out: (line?: string) => void,
  misses: string[],
): void {
  const raw = readRaw();
  const results = new Map<number, TransformTimes>();
  for (const size of sizes) {
    log(`Transforms on ${size} events…`);
    results.set(size, timeTransforms(syntheticFiles(raw, size), runs));
  }
  const names = Object.keys(results.get(sizes[0]!) ?? {});
  const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));
  const [small, large] = [sizes.at(-2), sizes.at(-1)];
  const ratioHeader =
    small && large ? ` ${label(large)}/${label(small)} (linear: ${fmt(large / small)}×) |` : '';
  const firstHeader = large ? ` ${label(large)} first call |` : '';
  out();
  out(
    `| Transform (median ms) | Runs in | ${sizes.map(label).join(' | ')} |${ratioHeader}${firstHeader}`,
  );
  out(
    `| --- | --- |${sizes.map(() => ' --: |').join('')}${ratioHeader ? ' --: |' : ''}${firstHeader ? ' --: |' : ''}`,
  );
  const superlinear: string[] = [];
  for (const name of names) {
    const at = (size: number) => results.get(size)![name]!;
    const cells = sizes.map((size) => ms(at(size).ms));
    const { runsIn } = at(sizes[0]!);
    const hasTarget = runsIn !== 'reference';
    let ratio = '';
    if (small && large) {
      const r = at(large).ms / at(small).ms;
      ratio = ` ${fmt(r)}× |`;
      if (r > (large / small) * 2 && hasTarget) {
        superlinear.push(name);
        misses.push(`${name}: ${label(large)}/${label(small)} = ${fmt(r)}× (superlinear)`);
      }
    }
    // A reader waits on the browser's steps; the build's only need to grow linearly.
    const at10k = results.get(10_000)?.[name]?.ms;
    if (at10k !== undefined && at10k > TARGETS.interaction10kMs && runsIn === 'browser') {
      misses.push(`${name}: ${ms(at10k)} ms at 10k > ${TARGETS.interaction10kMs} ms`);
    }
    out(
      `| \`${name}\` | ${runsIn} | ${cells.join(' | ')} |${ratio}${large ? ` ${ms(at(large).firstMs)} |` : ''}`,
    );
  }
  out();
  if (small && large) {
    out(
      superlinear.length
        ? `Growth from ${label(small)} to ${label(large)} events is superlinear (over twice the ${fmt(large / small)}× of linear growth) for ${superlinear.map((n) => `\`${n}\``).join(', ')}; linear for the rest.`
        : `Growth from ${label(small)} to ${label(large)} events is linear for every transform (no ratio over twice the ${fmt(large / small)}× of linear growth).`,
    );
    out();
  }
  out(
    `Median of ${runs} runs after a warm-up (3 where a run takes over a second), a young-generation GC before each (a full one inflates the next run's own GC tenfold). ` +
      `"First call" is the warm-up: it includes compiling the code. ` +
      `"browser": runs in the reader's browser (on /compare only when the view changes: its default view is paired at build time); ` +
      `"build": runs once when the site is built; ` +
      `"reference": the floor under a build step, with none of our work in it (src/cli/bench/references.ts). ` +
      `Synthetic datasets: the ${raw.events.events.length} real events cloned with new ids, their dates moved ` +
      `by whole multiples of the data's span of years, and responses pointing at the clone of their target ` +
      `(so 10k events span about ${Math.round((10_000 / raw.events.events.length) * syntheticPeriod(raw))} years, ` +
      `and the weekly pressure index has a row for every week of them).`,
  );
}
