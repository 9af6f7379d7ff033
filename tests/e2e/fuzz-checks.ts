/**
 * The checks of the parameter fuzzing. Each address must load (200), render the page's defaults, run
 * no injected script, open no dialog, throw nothing, log no console error and trip no
 * Content-Security-Policy; and the address the page writes back must drop what it rejected and keep
 * what it accepted.
 */
import { expect, type Page } from '@playwright/test';
import { trackErrors, waitForHydration } from './helpers';
import { casesFor, type Case } from './fuzz-cases';
import type { PageSpec } from './fuzz-pages';

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

/** Each page's addresses, split over a few tests of up to CHUNK each, so the workers share them. */
export function fuzzChunks(specs: PageSpec[]) {
  return specs.flatMap((spec) => {
    const cases = casesFor(spec);
    for (const c of cases) {
      const length = `${spec.path}?${c.query}`.length;
      if (length > 8000) throw new Error(`${spec.path} ${c.name}: the address is ${length} long`);
    }
    const chunks = Math.ceil(cases.length / CHUNK);
    return Array.from({ length: chunks }, (_, chunk) => {
      const slice = cases.slice(chunk * CHUNK, (chunk + 1) * CHUNK);
      const title = `fuzzing the parameters of ${spec.path} (${chunk + 1}/${chunks}: ${slice.length} addresses)`;
      return { title, spec, slice };
    });
  });
}

/** Loads the page at its defaults, then each case's address, and checks what every address did. */
export async function fuzzAddresses(page: Page, spec: PageSpec, slice: Case[]) {
  const { errors, dialogs } = await instrument(page);

  // The page at its defaults, to compare with.
  const response = await page.goto(spec.path);
  expect(response?.status()).toBe(200);
  await waitForRender(page, spec);
  const pristine = await look(page, spec);
  expect(pristine.h1Visible).toBe(true);
  expect(pristine.pwned).toBe(false);
  expect.soft(pristine.violations, `${spec.path} with no parameters: CSP violations`).toEqual([]);
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
}
