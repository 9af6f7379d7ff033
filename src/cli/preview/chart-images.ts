/**
 * `vite preview` serves SvelteKit's own output, not `build/`, so the chart images that
 * `render-chart-images.ts` draws into `build/charts/` after the pages were missing from
 * `npm start` (and from the end-to-end tests) while any static host of `build/` has them. This
 * preview-only middleware serves them from there, as a host would.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const CHARTS_DIR = resolve('build/charts');
const TYPES: Record<string, string> = { '.png': 'image/png', '.svg': 'image/svg+xml' };

export function chartImagesInPreview(): Plugin {
  return {
    name: 'chart-images-in-preview',
    configurePreviewServer(server) {
      server.middlewares.use('/charts', (req, res, next) => {
        let path: string;
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
        } catch {
          return next();
        }
        const file = resolve(CHARTS_DIR, `.${path}`);
        const type = TYPES[extname(file)];
        // Only image files inside build/charts: never a path that climbs out of it.
        if (!type || !file.startsWith(CHARTS_DIR + sep)) return next();
        let size: number;
        try {
          const stat = statSync(file);
          if (!stat.isFile()) return next();
          size = stat.size;
        } catch {
          return next();
        }
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
        createReadStream(file).pipe(res);
      });
    },
  };
}
