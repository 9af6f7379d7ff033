import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';

/**
 * The site's public origin (`https://tariffs.example.org`), from the environment or `.env`, as Kit
 * reads it: the alternate-language links and the link-preview image in each page's head must be
 * absolute. Unset, they are left out (src/lib/i18n/kit.ts, src/lib/server/preview-image.ts) rather
 * than naming Kit's placeholder host.
 */
const { PUBLIC_SITE_ORIGIN: siteOrigin } = loadEnv('production', process.cwd(), 'PUBLIC_');
if (siteOrigin && (!URL.canParse(siteOrigin) || new URL(siteOrigin).origin !== siteOrigin)) {
  throw new Error(
    `PUBLIC_SITE_ORIGIN must be an origin such as https://tariffs.example.org (scheme and host, no path or trailing slash); got "${siteOrigin}"`,
  );
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // 404.html: the page static hosts serve for unknown paths; it renders the error client-side.
    adapter: adapter({ strict: true, fallback: '404.html' }),
    // Root-relative links (`/data/events.csv`) in the HTML, as the app writes them once it runs: pages
    // that ship no app (csr = false) keep them as prerendered. The site is served from the root.
    paths: { relative: false },
    // Stylesheets this small are inlined in the page (Kit hashes them into the CSP): fewer
    // render-blocking requests. The layout's (4.8 KB) stays a file, so the HTML of / stays under
    // about 14 KB gzip, what the first round trip carries; past it the first paint comes later.
    inlineStyleThreshold: 2500,
    // A strict Content-Security-Policy, written by Kit as a <meta> tag with hashes of its own inline
    // scripts: no 'unsafe-inline' anywhere. frame-ancestors cannot live in a meta tag; it is sent as a
    // header by the host (static/_headers).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // Kit's route announcer carries this one style attribute.
        'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        // blob: and data: for the PNG downloads drawn in the page.
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'frame-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
    prerender: {
      ...(siteOrigin && { origin: siteOrigin }),
      // Every page is static: an unresolvable link is a build error, not a silent 404. Except the
      // chart images (/charts/…), drawn after the pages (src/cli/render-chart-images.ts), which the
      // chart pages name as their link preview when the site's origin is known.
      handleHttpError: ({ path, message }) => {
        if (!path.startsWith('/charts/')) throw new Error(message);
      },
      handleMissingId: 'fail',
    },
  },
};

export default config;
