/**
 * `npm run bench`: prints the project's performance figures (it asserts nothing; the tests do that).
 *
 *   npm run bench -- [--no-build] [--snapshot] [--pages /,/events] [--skip-lighthouse] [--lighthouse-runs 3]
 *                    [--skip-transforms] [--transform-runs 5] [--sizes 1000,10000]
 *
 * 1. Wall time of a clean `npm run build` (build/ and .svelte-kit/output removed first), unless
 *    `--no-build` reuses the existing build.
 * 2. Gzip JS per prerendered page, found by following the import graph from the HTML: the critical
 *    path (entry scripts, modulepreload links and their static imports) and the total with the
 *    chunks the page imports dynamically after paint (Chart.js on chart pages).
 * 3. Lighthouse (mobile profile) per page against `vite preview` on port 4410 (or BENCH_PORT): scores, LCP, CLS,
 *    TBT, the median of three runs. Chromium from CHROME_PATH or CHROMIUM_PATH, else /usr/bin/chromium.
 *    `--snapshot` measures and serves a private copy of build/ with a small static server instead
 *    (gzip, `.html` for extensionless paths, 404.html), for when other builds run in this checkout:
 *    vite preview serves `.svelte-kit/output`, which any build rewrites.
 * 4. Timings of the data transforms on synthetic datasets made by cloning the real events.
 * 5. A Markdown summary, as docs/performance.md presents it.
 *
 * Progress goes to stderr; the summary to stdout, so `npm run bench > bench.md` keeps only figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILD_DIR, log, ORIGIN, TARGETS } from './bench/config';
import {
  lighthouseWithRetry,
  startPreview,
  startStaticServer,
  type LighthouseFigures,
} from './bench/lighthouse';
import { listPages, moduleInfo, pageJs } from './bench/page-js';
import { fmt, kb, median } from './bench/stats';
import { reportTransforms } from './bench/transforms';

function cleanBuild(): number {
  for (const dir of [BUILD_DIR, join('.svelte-kit', 'output')]) {
    rmSync(dir, { recursive: true, force: true });
  }
  log('Timing a clean `npm run build`…');
  const started = performance.now();
  // The build's own output goes to stderr with the rest of the progress.
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
  return seconds;
}

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      snapshot: { type: 'boolean', default: false },
      pages: { type: 'string' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '3' },
      'skip-transforms': { type: 'boolean', default: false },
      'transform-runs': { type: 'string', default: '5' },
      sizes: { type: 'string', default: '1000,10000' },
    },
  });
  const args = process.argv.slice(2);
  const commandLine = args.length ? `npm run bench -- ${args.join(' ')}` : 'npm run bench';
  const lines: string[] = [];
  const misses: string[] = [];
  const out = (line = '') => lines.push(line);

  out(`## Performance`);
  out();
  out(
    `\`${commandLine}\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${fmt(loadavg()[0]!)} at the start ` +
      `(other work on the machine slows every figure here).`,
  );
  out();

  // 1
  let buildSeconds: number | null = null;
  if (!values['no-build']) buildSeconds = cleanBuild();
  else if (!existsSync(BUILD_DIR)) {
    throw new Error(
      `--no-build, but there is no ${BUILD_DIR}/ to measure: run \`npm run build\` first`,
    );
  } else log('Reusing the existing build (--no-build).');
  out(
    buildSeconds === null
      ? '- Build: not timed (`--no-build`).'
      : `- Clean \`npm run build\` (data check, vite build and prerender, chart images): ${fmt(buildSeconds)} s wall time.`,
  );

  // 2
  let siteDir = BUILD_DIR;
  if (values.snapshot) {
    siteDir = mkdtempSync(join(tmpdir(), 'bench-site-'));
    cpSync(BUILD_DIR, siteDir, { recursive: true });
    process.once('exit', () => rmSync(siteDir, { recursive: true, force: true }));
    log(`Measuring and serving a copy of ${BUILD_DIR}/ in ${siteDir} (--snapshot).`);
  }
  const only = values.pages?.split(',');
  const pages = listPages(siteDir).filter(
    (page) => !only || only.includes(page.route) || only.includes(page.path),
  );
  if (!pages.length)
    throw new Error(`No prerendered pages in ${BUILD_DIR}/: run without --no-build`);
  const js = new Map(pages.map((page) => [page.route, pageJs(page, siteDir)]));
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const limit = figures.chartPage ? TARGETS.chartPageJsKb : TARGETS.plainPageJsKb;
    if (kb(figures.totalGzip) > limit) {
      misses.push(`${page.route}: ${fmt(kb(figures.totalGzip))} KB gzip JS > ${limit} KB`);
    }
    log(
      `${page.route}: JS ${fmt(kb(figures.criticalGzip))} KB critical, ${fmt(kb(figures.totalGzip))} KB total` +
        ` (${figures.critical.length} + ${figures.deferred.length} files)`,
    );
  }

  // 3
  const lh = new Map<string, LighthouseFigures | null>();
  let buildChanged = false;
  const lighthouseRuns = Math.max(1, Number(values['lighthouse-runs']) || 3);
  if (!values['skip-lighthouse']) {
    const stop = values.snapshot ? await startStaticServer(siteDir) : await startPreview();
    const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
    // vite preview serves .svelte-kit/output: note whether another build replaces it meanwhile.
    const servedVersion = () => {
      try {
        return readFileSync(
          join('.svelte-kit', 'output', 'client', '_app', 'version.json'),
          'utf8',
        );
      } catch {
        return 'missing';
      }
    };
    const analysed = values.snapshot
      ? null
      : readFileSync(join(BUILD_DIR, '_app', 'version.json'), 'utf8');
    try {
      for (const page of pages) {
        const runs: LighthouseFigures[] = [];
        for (let i = 0; i < lighthouseRuns; i++) {
          log(`Lighthouse ${page.path} (run ${i + 1}/${lighthouseRuns})…`);
          const run = await lighthouseWithRetry(ORIGIN + page.path, outDir);
          if (run) runs.push(run);
        }
        if (analysed !== null && servedVersion() !== analysed) buildChanged = true;
        if (!runs.length) {
          lh.set(page.route, null);
          misses.push(`${page.route}: Lighthouse failed`);
          continue;
        }
        const pick = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
        const figures: LighthouseFigures = {
          performance: pick('performance'),
          accessibility: pick('accessibility'),
          bestPractices: pick('bestPractices'),
          lcpMs: pick('lcpMs'),
          cls: pick('cls'),
          tbtMs: pick('tbtMs'),
        };
        lh.set(page.route, figures);
        if (figures.performance < TARGETS.performance)
          misses.push(
            `${page.route}: Lighthouse performance ${figures.performance} < ${TARGETS.performance}`,
          );
        if (figures.accessibility < TARGETS.accessibility)
          misses.push(
            `${page.route}: accessibility ${figures.accessibility} < ${TARGETS.accessibility}`,
          );
        if (!(figures.cls < TARGETS.cls))
          misses.push(`${page.route}: CLS ${fmt(figures.cls, 3)} ≥ ${TARGETS.cls}`);
      }
    } finally {
      stop();
      rmSync(outDir, { recursive: true, force: true });
    }
  }

  out();
  out(
    `| Page | Chart page | JS critical path | JS total | JS on request | Performance | Accessibility | Best practices | LCP | CLS | TBT |`,
  );
  out(`| --- | :-: | --: | --: | --: | --: | --: | --: | --: | --: | --: |`);
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const l = lh.get(page.route);
    const cells = l
      ? [
          l.performance,
          l.accessibility,
          l.bestPractices,
          `${fmt(l.lcpMs / 1000)} s`,
          fmt(l.cls, 3),
          `${fmt(l.tbtMs, 0)} ms`,
        ]
      : [lh.has(page.route) ? 'failed' : '–', '–', '–', '–', '–', '–'];
    out(
      `| \`${page.route}\`${figures.iframes.length ? ` (${figures.iframes.length} iframe pages)` : ''} | ${figures.chartPage ? 'yes' : 'no'} | ${fmt(kb(figures.criticalGzip))} KB | ${fmt(kb(figures.totalGzip))} KB | ${figures.onRequest.length ? `${fmt(kb(figures.onRequestGzip))} KB` : '–'} | ${cells.join(' | ')} |`,
    );
  }
  out();
  out(
    `JS: gzip (level 9) of every script the page loads, in KB of 1024 bytes; the critical path is the entry ` +
      `scripts and modulepreload links with their static imports, the total adds what the page imports after ` +
      `paint (the Chart.js chunk on chart pages) and the scripts of pages it shows in iframes; code loaded only ` +
      `when a reader asks for a download is apart (on request). A chart page loads Chart.js (the timeline) or ` +
      `d3-scale (the SVG charts).` +
      (lh.size
        ? ` Lighthouse ${lighthouseRuns > 1 ? `median of ${lighthouseRuns} runs` : 'one run'} per page, mobile profile ` +
          `(simulated throttling), against ${values.snapshot ? 'a static server (gzip) serving a copy of build/' : '`vite preview`'}.`
        : ' Lighthouse skipped.'),
  );
  if (buildChanged) {
    out();
    out(
      `**Warning:** another build in this checkout replaced the served files during the Lighthouse ` +
        `runs, so some scores are of a different build. Rerun when nothing else builds.`,
    );
  }

  // The chunks that weigh: what they hold and which pages load them.
  const loadedBy = new Map<string, string[]>();
  for (const page of pages) {
    const figures = js.get(page.route)!;
    const deferred = new Set(figures.deferred);
    for (const file of [...figures.critical, ...figures.deferred]) {
      const mark = deferred.has(file) ? ' (after paint)' : '';
      loadedBy.set(file, [...(loadedBy.get(file) ?? []), `\`${page.route}\`${mark}`]);
    }
  }
  const heavy = [...loadedBy.keys()]
    .filter((file) => kb(moduleInfo(file, siteDir).gzip) >= 5)
    .sort((a, b) => moduleInfo(b, siteDir).gzip - moduleInfo(a, siteDir).gzip);
  if (heavy.length) {
    out();
    out(`| Chunk (gzip ≥ 5 KB) | Gzip | Holds | Loaded by |`);
    out(`| --- | --: | --- | --- |`);
    for (const file of heavy) {
      const info = moduleInfo(file, siteDir);
      const pagesLoading = loadedBy.get(file)!;
      const path = relative(siteDir, file).split(sep).join('/');
      // An island's entry file (`_islands/<name>.js`) holds its page's code too.
      const holds = /^_islands\/[^/]+\.js$/.test(path)
        ? [...info.contents, 'the island']
        : info.contents;
      out(
        `| \`${path}\` | ${fmt(kb(info.gzip))} KB | ` +
          `${holds.join(', ') || 'app code'} | ` +
          `${pagesLoading.length === pages.length ? 'every page' : pagesLoading.join(', ')} |`,
      );
    }
  }

  // 4
  if (!values['skip-transforms']) {
    const sizes = values.sizes
      .split(',')
      .map(Number)
      .filter((n) => n > 0);
    const runs = Math.max(1, Number(values['transform-runs']) || 5);
    reportTransforms(sizes, runs, out, misses);
  }

  out();
  out(
    `Targets: Lighthouse mobile performance ≥ ${TARGETS.performance} and accessibility ${TARGETS.accessibility} on every page; ` +
      `gzip JS ≤ ${TARGETS.chartPageJsKb} KB on chart pages and ≤ ${TARGETS.plainPageJsKb} KB elsewhere; ` +
      `CLS < ${TARGETS.cls}; build steps linear, and every step of a reader's interaction under ${TARGETS.interaction10kMs} ms at 10k events.`,
  );
  out(misses.length ? `Missed: ${misses.join('; ')}.` : 'All targets met.');

  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
