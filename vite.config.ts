import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { chartImagesInPreview } from './src/cli/preview/chart-images';

export default defineConfig({
  plugins: [
    // Compiles messages/*.json into src/lib/paraglide (options in project.inlang/paraglide.config.js),
    // and again on every edit in `npm run dev`.
    paraglideVitePlugin({ project: './project.inlang' }),
    sveltekit(),
    chartImagesInPreview(),
  ],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
