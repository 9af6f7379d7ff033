/**
 * static/_headers as Cloudflare Pages and Netlify apply it, on the built site served here: other
 * sites may frame the embeds, in both languages, and nothing else.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { EMBED, embedFrame, serve, serveHostPage } from './embed-hosts';

interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  detach: string[];
}

function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*'
            ? '.*'
            : part.startsWith(':')
              ? '[^/]+'
              : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) rule.detach.push(detach[1]!.toLowerCase());
    const header = /^\s+([^:!\s][^:]*):\s*(.+)$/.exec(line);
    if (header) rule.set.push([header[1]!.trim().toLowerCase(), header[2]!.trim()]);
  }
  return rules;
}

/**
 * Cloudflare (workers-shared asset worker): every matching rule in file order; `!` deletes, a header
 * set again is appended (comma-joined). Netlify: `!` lines are not headers (its parser skips lines
 * without a colon); a later matching rule's value replaces an earlier one.
 */
function headersFor(rules: HeaderRule[], path: string, host: 'cloudflare' | 'netlify') {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    if (host === 'cloudflare') for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const previous = headers.get(name);
      headers.set(name, host === 'cloudflare' && previous ? `${previous}, ${value}` : value);
    }
  }
  return headers;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves build/ the way a static host does (`/events` from events.html), with the headers file. */
function serveBuild(host: 'cloudflare' | 'netlify') {
  const rules = parseHeadersFile(readFileSync('build/_headers', 'utf8'));
  return serve((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    const base = normalize(join('build', path));
    const file = [base, `${base}.html`, join(base, 'index.html')].find(
      (candidate) =>
        candidate.startsWith('build') && existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...Object.fromEntries(headersFor(rules, path, host)),
    });
    response.end(readFileSync(file));
  });
}

for (const host of ['cloudflare', 'netlify'] as const) {
  test(`under _headers as ${host} applies it, other sites may frame embeds and nothing else`, async ({
    page,
  }) => {
    const site = await serveBuild(host);
    // The English embed, the Spanish one, and the English one sent on to the Spanish by ?lang=es.
    const embeds = [EMBED, `/es${EMBED}`, `${EMBED}?lang=es&country=MX`];
    const article = await serveHostPage(`
      <iframe src="${site.origin}/events" title="Events" width="600" height="300"></iframe>
      ${embeds
        .map(
          (path) =>
            `<iframe src="${site.origin}${path}" title="Chart" width="600" height="760"></iframe>`,
        )
        .join('\n')}`);
    try {
      const pageResponse = await page.request.get(`${site.origin}/events`);
      expect(pageResponse.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
      for (const path of [EMBED, `/es${EMBED}`]) {
        const embedResponse = await page.request.get(`${site.origin}${path}`);
        expect(embedResponse.headers()['content-security-policy'], path).toBe('frame-ancestors *');
        // Netlify cannot remove it; browsers ignore it once a frame-ancestors policy is present.
        expect(embedResponse.headers()['x-frame-options'], path).toBe(
          host === 'cloudflare' ? undefined : 'SAMEORIGIN',
        );
      }

      await page.goto(article.origin);
      const english = await embedFrame(page, new RegExp(`:\\d+${EMBED}$`));
      await english.locator('.chart-box[data-rendered="true"]').waitFor();
      await expect(english.locator('html')).toHaveAttribute('lang', 'en');
      // Both Spanish frames (one of them after its redirect) draw their chart in Spanish.
      await expect
        .poll(() => page.frames().filter((frame) => /\/es\/embed\//.test(frame.url())).length)
        .toBe(2);
      for (const spanish of page.frames().filter((frame) => /\/es\/embed\//.test(frame.url()))) {
        await spanish.locator('.chart-box[data-rendered="true"]').waitFor();
        await expect(spanish.locator('html')).toHaveAttribute('lang', 'es');
      }
      // Chromium replaces a refused frame with its own error page: /events, and nothing else.
      await expect
        .poll(() => page.frames().filter((frame) => frame.url().startsWith('chrome-error:')).length)
        .toBe(1);
      expect(page.frames().some((frame) => frame.url().endsWith('/events'))).toBe(false);
    } finally {
      await article.stop();
      await site.stop();
    }
  });
}
