/**
 * Fuzzes the URL parameters of every page: each parameter the page reads × hostile payloads (script
 * injection, huge values, wrong types, impossible or reversed dates, malformed percent-encodings,
 * control characters, prototype keys), unknown parameter names, repeated parameters, and everything
 * hostile at once. Each address must load (200), render the page's defaults, run no injected script,
 * open no dialog, throw nothing, log no console error and trip no Content-Security-Policy.
 *
 * Payloads are combined into few addresses so the file stays quick on 2 cores: one address per core
 * payload, in every parameter at once; the other payloads spread over the parameters, one each; one
 * address per parameter with a huge value there and valid values elsewhere (which must still apply);
 * date pairs; unknown and repeated names. Each page's addresses are split over a few tests, so the
 * workers share them.
 */
import { expect, test, type Page } from '@playwright/test';
import { events } from './dataset';
import { trackErrors, waitForHydration } from './helpers';

const enc = encodeURIComponent;
const PWN = 'window.__pwned=true';

/** A value as it appears in the address: already percent-encoded (or deliberately malformed). */
interface Payload {
  name: string;
  raw: string;
}

const SCRIPT_PAYLOADS: Payload[] = [
  { name: 'script tag', raw: enc(`<script>${PWN}</script>`) },
  { name: 'script tag, unencoded', raw: `<script>${PWN}</script>` },
  { name: 'attribute breakout + script', raw: enc(`"><script>${PWN}</script>`) },
  { name: 'img onerror', raw: enc(`<img src=x onerror="${PWN}">`) },
  { name: 'svg onload', raw: enc(`"><svg onload=${PWN}>`) },
  { name: 'single-quote breakout', raw: enc(`'><svg/onload=${PWN}>'`) },
  { name: 'javascript: URL', raw: enc(`javascript:${PWN}`) },
  { name: 'mustache template', raw: enc(`{{constructor.constructor('${PWN}')()}}`) },
  { name: 'template literal', raw: enc(`\${${PWN}}`) },
  {
    name: 'closing tags',
    raw: enc(`</title></textarea></style></script><script>${PWN}</script>`),
  },
  { name: 'alert', raw: enc(`'-alert(1)-'";alert(1)//`) },
  { name: 'list with a script item', raw: `MX~${enc(`<script>${PWN}</script>`)}` },
];

/** In every parameter at once, one address each. */
const CORE_PAYLOADS: Payload[] = [
  ...SCRIPT_PAYLOADS,
  { name: 'NaN', raw: 'NaN' },
  { name: '-1', raw: '-1' },
  { name: '1e9', raw: '1e9' },
  { name: 'true', raw: 'true' },
  { name: 'a list for a number', raw: '7~30' },
  { name: 'a JSON array for a list', raw: enc('["MX","CA"]') },
  { name: 'a list with an unknown item', raw: 'MX~XX' },
  { name: 'impossible date 2025-02-30', raw: '2025-02-30' },
  { name: 'truncated UTF-8 escape', raw: '%E0%A4%A' },
  { name: 'lone percent', raw: '%' },
  { name: 'bad hex escape', raw: '%zz' },
  { name: 'NUL', raw: '%00' },
  { name: 'newline', raw: '%0A' },
  { name: '__proto__', raw: '__proto__' },
  { name: 'constructor', raw: 'constructor' },
];

/** Spread over the parameters, one parameter each. */
const MORE_PAYLOADS: Payload[] = [
  { name: 'javascript: URL, obfuscated', raw: enc(` JaVaScRiPt:${PWN}//`) },
  { name: 'iframe srcdoc', raw: enc(`<iframe srcdoc="<script>parent.${PWN}</script>">`) },
  { name: 'zero', raw: '0' },
  { name: 'a fraction', raw: '1.5' },
  { name: 'an empty list', raw: '~~~' },
  { name: 'padded', raw: '%20MX%20' },
  { name: 'a huge number', raw: '99999999999999999999999' },
  { name: 'CRLF header injection', raw: '%0D%0ASet-Cookie:%20pwned=1' },
  { name: 'overlong UTF-8', raw: '%C0%AF%C0%BC' },
  { name: 'bidi override and zero-width', raw: '%E2%80%AEMX%E2%80%8B' },
  { name: 'year zero', raw: '0000-00-00' },
  { name: 'expanded year', raw: '%2B002025-01-01' },
  { name: 'null', raw: 'null' },
  { name: 'a JSON object', raw: enc('{"country":"MX"}') },
  { name: 'comma-separated', raw: 'MX,CA' },
  { name: 'lower case', raw: 'mx' },
  { name: 'lone surrogate', raw: '%ED%A0%80' },
  { name: 'control characters', raw: '%01%07%08%1B%7F' },
  { name: 'astral and BOM', raw: '%F0%9F%92%A9%EF%BB%BF' },
  {
    name: 'double-encoded script',
    raw: '%253Cscript%253Ewindow.__pwned%253Dtrue%253C%252Fscript%253E',
  },
  { name: 'prototype methods', raw: 'toString~valueOf~hasOwnProperty' },
  { name: 'constructor.prototype', raw: 'constructor.prototype' },
  { name: 'Infinity', raw: 'Infinity' },
  { name: 'hex number', raw: '0x1F' },
];

/** Pairs for from/to: impossible, malformed or out-of-range days. */
const DATE_PAIRS: [string, string][] = [
  ['2025-02-30', '2025-02-31'],
  ['2025-13-45', '2025-02-29'],
  ['1989-12-31', '2101-01-01'],
  ['2025-1-1', '2025-01-01T00:00:00Z'],
];

/** Over 5,000 characters, a script at the end. */
const HUGE = enc(`<b>${'x'.repeat(4900)}</b><img src=x onerror="${PWN}">`);

/** Parameter names no page reads, some of them hostile in themselves. */
const UNKNOWN_NAMES =
  '__proto__=%7B%7D&__proto__%5Bpolluted%5D=1&constructor%5Bprototype%5D%5Bpolluted%5D=1' +
  '&__proto__.polluted=1&prototype=1&toString=1&hasOwnProperty=1' +
  `&${enc(`<script>${PWN}</script>`)}=1&${enc(`"><svg onload=${PWN}>`)}=x&%00=1&%E0%A4%A=1` +
  `&=empty&&bare&utm_source=fuzz&COUNTRY=MX&Country=CA&country%5B%5D=MX&country.0=MX` +
  `&${'n'.repeat(300)}=1&childId=${enc(`"><script>${PWN}</script>`)}` +
  `&initialWidth=NaN&parentUrl=${enc(`javascript:${PWN}`)}&parentTitle=${enc('<b>x</b>')}`;

interface PageSpec {
  path: string;
  /** A valid, non-default value for each parameter the page reads (as the page writes it back). */
  params: Record<string, string>;
  /** Free-text parameters: they accept most payloads. */
  text?: string[];
  dates?: boolean;
  /** What shows the page rendered (its chart, its table). */
  rendered: string[];
  /** Elements whose count must be the default's when every parameter was rejected. */
  rows?: string;
}

const TIMELINE_PARAMS = {
  country: 'MX~CA',
  kind: 'tariff~concession',
  from: '2025-01-01',
  to: '2025-12-31',
};
const COMPARE_PARAMS = {
  country: 'MX~CA',
  window: '7',
  tier: 'stated',
  kind: 'tariff',
  from: '2025-01-01',
  to: '2025-12-31',
  sort: 'lag',
  dir: 'desc',
};

const PAGES: PageSpec[] = [
  {
    path: '/',
    params: TIMELINE_PARAMS,
    dates: true,
    rendered: ['.chart-box[data-rendered="true"] canvas', 'table#tariff-steps tbody tr'],
    rows: '#tariff-steps tbody tr, #marked-events tbody tr, a.focus-target',
  },
  {
    path: '/compare',
    params: COMPARE_PARAMS,
    dates: true,
    rendered: ['.compare-chart svg', 'figure.index svg', 'table.threat-table tbody tr'],
    rows: '.threat-table tbody tr, .compare-chart a.pair, article.country',
  },
  {
    path: '/events',
    params: {
      kind: 'concession~statement',
      actor: 'MX',
      country: 'US~MX',
      from: '2025-01-01',
      to: '2025-12-31',
      q: 'troops',
      sort: 'title',
      dir: 'desc',
    },
    text: ['q'],
    dates: true,
    rendered: ['table.events-table tbody tr'],
  },
  {
    path: '/embed/tariff-timeline',
    params: { ...TIMELINE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['.chart-box[data-rendered="true"] canvas', 'a.full-view'],
    rows: 'a.focus-target, .key li',
  },
  {
    path: '/embed/threats-responses',
    params: { ...COMPARE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['.compare-chart svg', 'a.full-view'],
    rows: '.compare-chart a.pair',
  },
  {
    path: '/embed/pressure-index',
    params: { ...COMPARE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['figure.index svg', 'a.full-view'],
    rows: 'figure.index rect',
  },
  { path: `/events/${events[0]!.id}`, params: {}, rendered: ['blockquote'] },
  { path: '/sources', params: {}, rendered: ['section.source'] },
  { path: '/data', params: {}, rendered: ['table.data'] },
  { path: '/embed', params: {}, rendered: ['pre.snippet', 'iframe'] },
];

/**
 * The Spanish pages read the same parameters through the same code; they are fuzzed too, except that
 * their notices are in Spanish, so a case's English notice text is not looked for there.
 */
const SPANISH_PAGES: PageSpec[] = ['/', '/compare', '/events', '/embed/tariff-timeline'].map(
  (path) => ({ ...PAGES.find((spec) => spec.path === path)!, path: `/es${path}` }),
);

interface Case {
  name: string;
  query: string;
  /** Parameters that must have been dropped from the address (rejected, so at their default). */
  dropped?: string[];
  /** Parameters that must have survived with exactly this value. */
  kept?: Record<string, string>;
  /** Every parameter was rejected: the page must look exactly like its default. */
  defaults?: boolean;
  /** A notice text that must be shown. */
  notice?: string;
  /** Nothing the page reads was rejected: no notice at all. */
  quiet?: boolean;
}

type Pair = [string, string];
const join = (pairs: Pair[]) => pairs.map(([k, v]) => `${k}=${v}`).join('&');

function casesFor(spec: PageSpec): Case[] {
  const names = Object.keys(spec.params);
  const strict = names.filter((n) => !spec.text?.includes(n));
  const valid = (n: string): Pair => [n, spec.params[n]!];
  const cases: Case[] = [];
  const all = [...CORE_PAYLOADS, ...MORE_PAYLOADS];

  if (!names.length) {
    // The page reads no parameter: it must ignore whatever it is given.
    const generic = ['country', 'q', 'theme', 'id', 'page', 'sort', 'from', 'to', 'kind', 'window'];
    cases.push({
      name: 'every payload as a value, and repeated parameters',
      query:
        join(all.map((p, j) => [generic[j % generic.length]!, p.raw])) +
        '&country=MX&country=CA&country=%3Cscript%3E',
    });
    cases.push({ name: 'unknown names and a huge value', query: `${UNKNOWN_NAMES}&q=${HUGE}` });
    return cases;
  }

  const rejectedEverywhere = {
    dropped: strict,
    defaults: true,
    notice: `Ignored ${strict[0]}=`,
  };

  // One address per core payload, in every parameter at once.
  for (const payload of CORE_PAYLOADS) {
    cases.push({
      name: `${payload.name} in every parameter`,
      query: join(names.map((n) => [n, payload.raw])),
      ...rejectedEverywhere,
    });
  }

  // The other payloads, one per parameter, rotating over the parameters; each parameter repeated
  // with a second payload behind it (only the first counts).
  for (let i = 0; i < MORE_PAYLOADS.length; i += names.length) {
    const at = (j: number) => MORE_PAYLOADS[(i + j) % MORE_PAYLOADS.length]!;
    cases.push({
      name: `${names.map((n, j) => `${n}: ${at(j).name}`).join(', ')}`,
      query: join(
        names.flatMap((n, j): Pair[] => [
          [n, at(j).raw],
          [n, at(j + 1).raw],
        ]),
      ),
      ...rejectedEverywhere,
    });
  }

  // One address per parameter: a huge hostile value there, valid values everywhere else, which
  // must still apply.
  for (const name of names) {
    cases.push({
      name: `${name} huge, the others valid`,
      query: join(names.map((n) => (n === name ? [n, HUGE] : valid(n)))),
      dropped: [name],
      kept: Object.fromEntries(names.filter((n) => n !== name).map(valid)),
      notice: `Ignored ${name}=`,
    });
  }

  if (spec.dates) {
    for (const [from, to] of DATE_PAIRS) {
      cases.push({
        name: `from=${from}&to=${to}`,
        query: `from=${from}&to=${to}`,
        dropped: ['from', 'to'],
        defaults: true,
        notice: `Ignored from="${decodeURIComponent(from)}"`,
      });
    }
    cases.push({
      name: 'reversed date range',
      query: 'from=2025-12-31&to=2025-01-01',
      dropped: ['from', 'to'],
      defaults: true,
      notice: 'ends before it starts',
    });
  }

  cases.push({
    name: 'unknown parameter names beside valid ones',
    query: `${UNKNOWN_NAMES}&${join(names.map(valid))}`,
    kept: spec.params,
    quiet: true,
  });
  cases.push({
    name: 'every parameter repeated, valid first',
    query: join(names.flatMap((n): Pair[] => [valid(n), [n, SCRIPT_PAYLOADS[0]!.raw]])),
    kept: spec.params,
    quiet: true,
  });
  if (names.includes('country')) {
    // The first value counts (MX is /compare's default, so CA first).
    cases.push({
      name: 'country=CA&country=MX',
      query: `country=CA&country=MX&${strict[1]}=${SCRIPT_PAYLOADS[3]!.raw}`,
      kept: { country: 'CA' },
      dropped: [strict[1]!],
    });
  }
  // Everything hostile at once: a different payload in each parameter, each repeated, a valid value
  // behind it, and the unknown names.
  cases.push({
    name: 'everything hostile at once',
    query:
      join(
        names.flatMap((n, i): Pair[] => [
          [n, all[(i * 5) % all.length]!.raw],
          valid(n),
          [n, HUGE.slice(0, 300)],
        ]),
      ) + `&${UNKNOWN_NAMES}`,
    ...rejectedEverywhere,
  });
  return cases;
}

interface Seen {
  h1: string | null;
  h1Visible: boolean;
  rows: number;
  notices: string[];
  url: string;
  theme: string | null;
  pwned: unknown;
  polluted: unknown;
  prototypeKeys: string[];
  violations: string[];
  handlerAttributes: string[];
  inlineScripts: number;
}

/** Everything checked, in one round trip per frame. */
function look(page: Page, spec: PageSpec): Promise<Seen> {
  const inFrame = (rows: string | undefined) => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
    const handlerAttributes: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (
          /^on/i.test(attribute.name) ||
          /^\s*javascript:/i.test(attribute.value) ||
          attribute.name === 'srcdoc'
        ) {
          handlerAttributes.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
    }
    const h1 = document.querySelector('h1');
    return {
      h1: h1?.textContent?.trim() ?? null,
      h1Visible: !!h1 && h1.checkVisibility() && h1.getBoundingClientRect().height > 0,
      rows: rows ? document.querySelectorAll(rows).length : 0,
      notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? ''),
      url: location.href,
      theme: document.documentElement.getAttribute('data-theme'),
      pwned: w.__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      prototypeKeys: Object.keys(Object.prototype),
      violations: w.__cspViolations ?? ['(the CSP listener is missing)'],
      handlerAttributes,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
    };
  };
  return (async () => {
    const main = await page.evaluate(inFrame, spec.rows);
    // The preview page's frames: their own checks.
    for (const frame of page.frames().slice(1)) {
      const child = await frame.evaluate(inFrame, undefined).catch(() => null);
      if (!child) continue;
      if (child.pwned !== false) main.pwned = child.pwned;
      main.prototypeKeys.push(...child.prototypeKeys);
      main.violations.push(...child.violations);
      main.handlerAttributes.push(...child.handlerAttributes);
    }
    return main;
  })();
}

async function instrument(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __pwned: boolean; __cspViolations: string[] };
    w.__pwned = false;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ` +
          `${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      );
    });
  });
  const errors = trackErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    return dialog.dismiss();
  });
  return { errors, dialogs };
}

/** Interactive (hydrated, or a page without the Svelte app, loaded), and every element that shows
 * the page rendered is there. */
const waitForRender = async (page: Page, spec: PageSpec) => {
  await waitForHydration(page, { timeout: 10_000 });
  await page.waitForFunction(
    (selectors) => selectors.every((selector) => document.querySelector(selector)),
    spec.rendered,
    { timeout: 10_000 },
  );
};

/** The address's parameters the case expects gone, and the ones it expects kept. */
function addressCheck(c: Case, url: string) {
  const search = new URL(url).searchParams;
  return {
    dropped: (c.dropped ?? []).filter((n) => search.get(n) !== null),
    kept: Object.fromEntries(Object.keys(c.kept ?? {}).map((n) => [n, search.get(n)])),
  };
}

const CHUNK = 24;

for (const spec of [...PAGES, ...SPANISH_PAGES]) {
  const cases = casesFor(spec);
  for (const c of cases) {
    const length = `${spec.path}?${c.query}`.length;
    if (length > 8000) throw new Error(`${spec.path} ${c.name}: the address is ${length} long`);
  }
  const chunks = Math.ceil(cases.length / CHUNK);
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    const slice = cases.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
    test(`fuzzing the parameters of ${spec.path} (${chunk + 1}/${chunks}: ${slice.length} addresses)`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const { errors, dialogs } = await instrument(page);

      // The page at its defaults, to compare with.
      const response = await page.goto(spec.path);
      expect(response?.status()).toBe(200);
      await waitForRender(page, spec);
      const pristine = await look(page, spec);
      expect(pristine.h1Visible).toBe(true);
      expect(pristine.pwned).toBe(false);
      expect
        .soft(pristine.violations, `${spec.path} with no parameters: CSP violations`)
        .toEqual([]);
      expect.soft(errors, `${spec.path} with no parameters: errors`).toEqual([]);

      for (const c of slice) {
        const url = `${spec.path}?${c.query}`;
        const label = `${spec.path} — ${c.name} — ${url.length > 240 ? `${url.slice(0, 240)}…` : url}`;
        errors.length = 0;
        dialogs.length = 0;

        const loaded = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect.soft(loaded?.status(), `${label}: status`).toBe(200);
        const rendered = await waitForRender(page, spec).then(
          () => '',
          (error: Error) => `did not render: ${error.message.split('\n')[0]}`,
        );
        expect.soft(rendered, `${label}: the page rendered`).toBe('');
        let seen = await look(page, spec);
        const expectedAddress = { dropped: [], kept: c.kept ?? {} };
        if (JSON.stringify(addressCheck(c, seen.url)) !== JSON.stringify(expectedAddress)) {
          // The address is rewritten just after hydration: give it a moment.
          await page.waitForTimeout(1_000);
          seen = await look(page, spec);
        }

        expect.soft(seen.h1Visible, `${label}: h1 visible`).toBe(true);
        expect
          .soft(addressCheck(c, seen.url), `${label}: the address after reading it`)
          .toEqual(expectedAddress);
        if (c.notice && !spec.path.startsWith('/es/')) {
          expect
            .soft(
              seen.notices.some((n) => n.includes(c.notice!)),
              `${label}: a notice with "${c.notice}" (got ${JSON.stringify(seen.notices)})`,
            )
            .toBe(true);
        }
        if (c.quiet) {
          expect.soft(seen.notices, `${label}: notices`).toEqual([]);
        }
        if (c.defaults) {
          expect.soft(seen.h1, `${label}: the default h1`).toBe(pristine.h1);
          expect.soft(seen.rows, `${label}: the default rows`).toBe(pristine.rows);
          expect.soft(seen.theme, `${label}: the default theme`).toBe(pristine.theme);
        }
        expect.soft(seen.pwned, `${label}: an injected script ran`).toBe(false);
        expect.soft(seen.polluted, `${label}: Object.prototype polluted`).toBeUndefined();
        expect.soft(seen.prototypeKeys, `${label}: Object.prototype polluted`).toEqual([]);
        expect.soft(seen.handlerAttributes, `${label}: injected attributes`).toEqual([]);
        expect.soft(seen.inlineScripts, `${label}: inline scripts`).toBe(pristine.inlineScripts);
        expect.soft(seen.violations, `${label}: CSP violations`).toEqual([]);
        expect.soft(dialogs, `${label}: dialogs`).toEqual([]);
        expect.soft(errors, `${label}: errors`).toEqual([]);
      }
    });
  }
}
