/**
 * `vite preview` serves SvelteKit's own output, not `build/`, so the chart images that
 * `render-chart-images.ts` draws into `build/charts/` after the pages were missing from
 * `npm start` (and from the end-to-end tests) while any static host of `build/` has them. This
 * preview-only middleware serves them from there, as a host would.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = { '.png': 'image/png', '.svg': 'image/svg+xml' };

export function chartImagesInPreview(chartsDir = resolve('build/charts')): Plugin {
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
        const file = resolve(chartsDir, `.${path}`);
        const type = TYPES[extname(file)];
        // Only image files inside build/charts: never a path that climbs out of it.
        if (!type || !file.startsWith(chartsDir + sep)) return next();
        let size: number;
        try {
          const stat = statSync(file);
          if (!stat.isFile()) return next();
          size = stat.size;
        } catch {
          return next();
        }
        const stream = createReadStream(file);
        stream.once('open', () => {
          res.writeHead(200, { 'Content-Type': type, 'Content-Length': size });
          stream.pipe(res);
        });
        // A file that cannot be read (gone since its stat, a disk error) fails its request, not the
        // server: an error with no listener here would end the process.
        stream.once('error', (error) => {
          if (res.headersSent) {
            res.destroy(error);
            return;
          }
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(`Could not read ${file}: ${error.message}\n`);
        });
      });
    },
  };
}
