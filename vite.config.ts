import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { chartImagesInPreview } from './src/cli/preview/chart-images';

export default defineConfig({
  plugins: [sveltekit(), chartImagesInPreview()],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
