import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validDataset } from '../data/fixtures/valid-dataset';
import { validateDataset } from '../data/validate';
import { embedLanguageHref, pymChildId, withEmbedParams, withEmbedRefinement } from './params';
import { creditLine } from '../site/site';
import { readView, writeView } from '../url-state/params';
import { refineTimelineView, timelineViewParams } from '../timeline/view';
import {
  EMBED_ASK_MESSAGE,
  EMBED_HEIGHT_MESSAGE,
  RESIZER_READY,
  iframeResizerMessage,
  pymMessage,
  readIframeResizerMessage,
  readPymMessage,
} from './auto-height';
import {
  EMBED_CHART_NAMES,
  embedChartList,
  embedPageData,
  isEmbedChartName,
  type EmbedChartName,
} from '../server/embed-charts';
import { EMBED_FRAMES, embedSnippet, embedUrl, snippetChart } from './snippet';

const specs = withEmbedParams(timelineViewParams);
const refine = withEmbedRefinement(refineTimelineView);
const read = (query: string) => readView(specs, new URLSearchParams(query), refine);

describe('embed parameters', () => {
  it('reads the chart parameters as the full view does, plus the theme', () => {
    const { view, notices } = read('country=MX~CA&from=2025-01-01&theme=dark');
    expect(view).toMatchObject({ country: ['MX', 'CA'], from: '2025-01-01', theme: 'dark' });
    expect(notices).toEqual([]);
    expect(read('').view.theme).toBe('auto');
  });

  it('falls back to auto on any other theme, with a notice', () => {
    const { view, notices } = read('theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(view.theme).toBe('auto');
    expect(notices).toEqual([
      'Ignored theme="<script>alert(1)</script>": expected one of auto, light, dark.',
    ]);
  });

  it('keeps the theme when the chart corrects its own parameters', () => {
    const { view, notices } = read('from=2025-12-31&to=2025-01-01&theme=light');
    expect(view).toMatchObject({ from: '', to: '', theme: 'light' });
    expect(notices).toHaveLength(1);
  });

  it('writes the theme only when it is not the default', () => {
    expect(writeView(specs, { ...read('').view, theme: 'dark' }).toString()).toBe('theme=dark');
    expect(writeView(specs, read('').view).toString()).toBe('');
  });

  it("reads Pym's childId only when it is a plain id", () => {
    expect(pymChildId(new URLSearchParams('childId=pym-0&initialWidth=600'))).toBe('pym-0');
    expect(pymChildId(new URLSearchParams('childId=a(b)'))).toBeNull();
    expect(pymChildId(new URLSearchParams(''))).toBeNull();
  });
});

describe('height messages', () => {
  it('speaks the iframe-resizer v4 format', () => {
    expect(iframeResizerMessage('frame1', 812, 640, 'init')).toBe(
      '[iFrameSizer]frame1:812:640:init',
    );
    expect(
      readIframeResizerMessage(
        '[iFrameSizer]frame1:8:false:false:32:true:true:null:documentElementBoundingClientRect:null:null:0:false:child:scroll:true:0:0',
      ),
    ).toEqual({ kind: 'init', id: 'frame1' });
    expect(readIframeResizerMessage('[iFrameSizer]resize')).toEqual({ kind: 'resize' });
    expect(readIframeResizerMessage('[iFrameSizer]reset')).toEqual({ kind: 'reset' });
    // A size message relayed from a nested frame, other commands and other messages are not ours.
    expect(readIframeResizerMessage('[iFrameSizer]frame1:812:640:init')).toBeNull();
    expect(readIframeResizerMessage('[iFrameSizer]moveToAnchor:top')).toBeNull();
    expect(readIframeResizerMessage(RESIZER_READY)).toBeNull();
    expect(readIframeResizerMessage({ type: EMBED_ASK_MESSAGE })).toBeNull();
  });

  it('speaks the Pym.js format', () => {
    expect(pymMessage('pym-0', 'height', '812')).toBe('pymxPYMxpym-0xPYMxheightxPYMx812');
    expect(readPymMessage('pymxPYMxpym-0xPYMxwidthxPYMx600', 'pym-0')).toEqual({
      type: 'width',
      value: '600',
    });
    expect(readPymMessage('pymxPYMxpym-1xPYMxwidthxPYMx600', 'pym-0')).toBeNull();
    expect(readPymMessage(42, 'pym-0')).toBeNull();
  });

  it('/embed.js stays small, plain and in step with the embed', () => {
    const script = readFileSync('static/embed.js', 'utf8');
    expect(statSync('static/embed.js').size).toBeLessThan(2048);
    expect(script).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
    expect(script).toContain(`'${EMBED_ASK_MESSAGE}'`);
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('the chart registry', () => {
  const dataset = validateDataset(validDataset());
  if (!dataset.ok) throw new Error('fixture is invalid');

  it('names charts with URL-safe names and refuses others', () => {
    for (const name of EMBED_CHART_NAMES) expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(isEmbedChartName('tariff-timeline')).toBe(true);
    expect(isEmbedChartName('toString')).toBe(false);
    expect(isEmbedChartName('no-such-chart')).toBe(false);
  });

  it('has a route for every chart, and no route for anything else', () => {
    const routes = readdirSync('src/routes/embed', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(routes.sort()).toEqual([...EMBED_CHART_NAMES].sort());
    for (const name of EMBED_CHART_NAMES) {
      const page = readFileSync(`src/routes/embed/${name}/+page.server.ts`, 'utf8');
      expect(page).toContain(`embedPageLoad('${name}')`);
    }
  });

  it('gives each page its title, full view and data', () => {
    const page = embedPageData('tariff-timeline', dataset.dataset);
    expect(page).toMatchObject({
      chart: 'tariff-timeline',
      title: "Mexico's 25% tariff took effect after one pause; the 30% never did",
      fullView: '/',
    });
    expect(page.chart === 'tariff-timeline' && page.timeline.series.length).toBeGreaterThan(0);
    const compare = embedPageData('threats-responses', dataset.dataset);
    expect(
      compare.chart === 'threats-responses' && compare.comparisons.map((c) => c.country),
    ).toEqual(['MX', 'CA']);
  });

  it.each(['README.md', 'docs/embedding.md'])(
    'documents in %s only the snippet that embedSnippet writes',
    (file) => {
      const snippets = [...readFileSync(file, 'utf8').matchAll(/<iframe\b[\s\S]*?<\/script>/g)];
      expect(snippets).toHaveLength(1);
      for (const [snippet] of snippets) {
        const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
        const [, lang = 'en', name] = /^\/(?:(\w\w)\/)?embed\/([\w-]+)$/.exec(src.pathname)!;
        expect(isEmbedChartName(name!)).toBe(true);
        const chart = snippetChart(name as EmbedChartName, lang);
        expect(snippet).toBe(embedSnippet(src.origin, chart, src.search, lang));
      }
    },
  );

  it("states each chart's height without the script in docs/embedding.md as the snippets have it", () => {
    const guide = readFileSync('docs/embedding.md', 'utf8');
    for (const name of EMBED_CHART_NAMES)
      expect(guide).toContain(`\`/embed/${name}\` ${EMBED_FRAMES[name].defaultHeight} px`);
  });

  it('lets other sites frame the embeds in every language, and nothing else, in the nginx example of docs/embedding.md', () => {
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readFileSync('docs/embedding.md', 'utf8'))![1]!;
    // Each `location` block that sends `frame-ancestors *`: a prefix, or (after `~`) a regex.
    const open = [...nginx.matchAll(/location\s+(~\s+)?(\S+)\s*\{([^}]*)\}/g)]
      .filter(([, , , body]) => body!.includes('"frame-ancestors *"'))
      .map(
        ([, regex, pattern]) =>
          (path: string) =>
            regex ? new RegExp(pattern!).test(path) : path.startsWith(pattern!),
      );
    const frameable = (path: string) => open.some((matches) => matches(path));
    for (const lang of ['en', 'es'])
      for (const name of EMBED_CHART_NAMES)
        expect(frameable(embedUrl('', name, '', lang)), `${lang} ${name}`).toBe(true);
    for (const path of ['/', '/events', '/embed', '/es/embed', '/es/events', '/data/events.csv'])
      expect(frameable(path), path).toBe(false);
  });

  it('escapes what it writes into attributes', () => {
    const snippet = embedSnippet('https://x.example', {
      name: 'tariff-timeline',
      frameTitle: 'A "quoted" <title>',
      defaultHeight: 800,
    });
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title>"');
    expect(snippet).toContain('height="800"');
  });
});

describe('embeds in another language', () => {
  it('reads lang=es and lang=en, and ignores any other value with a notice', () => {
    expect(read('lang=es').view.lang).toBe('es');
    expect(read('lang=en').view.lang).toBe('en');
    const { view, notices } = read('lang=fr&country=MX');
    expect(view).toMatchObject({ lang: '', country: ['MX'] });
    expect(notices).toEqual(['Ignored lang="fr": expected one of en, es.']);
  });

  it('sends /embed/<chart>?lang=es to the Spanish embed, keeping every other parameter', () => {
    expect(
      embedLanguageHref(
        'tariff-timeline',
        'https://x.example/embed/tariff-timeline?country=MX~CA&lang=es&childId=pym-0&theme=dark',
        'en',
      ),
    ).toBe('/es/embed/tariff-timeline?country=MX~CA&childId=pym-0&theme=dark');
    expect(
      embedLanguageHref(
        'pressure-index',
        'https://x.example/es/embed/pressure-index?lang=en',
        'es',
      ),
    ).toBe('/embed/pressure-index');
  });

  it("builds the address from the chart's name, so a path a host let through cannot leave the site", () => {
    // Whatever path the page was served at: from `//other.example/…` a target built from the path
    // would be another site's address.
    for (const [href, pageLang, expected] of [
      [
        'https://x.example/es//other.example/embed/tariff-timeline?lang=en',
        'es',
        '/embed/tariff-timeline',
      ],
      [
        'https://x.example//other.example/embed/tariff-timeline?lang=es',
        'en',
        '/es/embed/tariff-timeline',
      ],
      [
        'https://x.example/embed/tariff-timeline/../../x?lang=es',
        'en',
        '/es/embed/tariff-timeline',
      ],
    ]) {
      const target = embedLanguageHref('tariff-timeline', href!, pageLang!);
      expect(target, href).toBe(expected);
      expect(new URL(target!, href).origin, href).toBe('https://x.example');
    }
  });

  it('stays put when lang is absent, unknown or the page language', () => {
    for (const query of ['', '?lang=', '?lang=fr', '?lang=ES', '?lang=en&country=MX'])
      expect(
        embedLanguageHref(
          'tariff-timeline',
          `https://x.example/embed/tariff-timeline${query}`,
          'en',
        ),
      ).toBeNull();
    expect(
      embedLanguageHref(
        'tariff-timeline',
        'https://x.example/es/embed/tariff-timeline?lang=es',
        'es',
      ),
    ).toBeNull();
  });

  it('writes the Spanish snippet with the Spanish address and frame title', () => {
    const chart = embedChartList('es').find((c) => c.name === 'tariff-timeline')!;
    const snippet = embedSnippet('https://x.example', chart, '?country=MX', 'es');
    expect(snippet).toContain('src="https://x.example/es/embed/tariff-timeline?country=MX"');
    expect(snippet).toContain(
      'title="Gráfica: aranceles de EU a México, Canadá y China, y las respuestas de México"',
    );
    expect(embedChartList('en')[0]!.frameTitle).toBe(
      "Chart: U.S. tariffs on Mexico, Canada and China, and Mexico's responses",
    );
  });

  it('credits the dataset in Spanish', () => {
    expect(creditLine('1.0.0', 5, 'es')).toBe(
      'Fuente: Monitor de Presión Arancelaria, conjunto de datos v1.0.0, a partir de 5 notas periodísticas',
    );
    expect(creditLine('1.0.0', 1)).toBe(
      'Source: Tariff Pressure Tracker, dataset v1.0.0, from 1 news article',
    );
  });
});
