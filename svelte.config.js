import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // 404.html: the page static hosts serve for unknown paths; it renders the error client-side.
    adapter: adapter({ strict: true, fallback: '404.html' }),
    prerender: {
      // Every page is static: an unresolvable link is a build error, not a silent 404.
      handleHttpError: 'fail',
      handleMissingId: 'fail',
    },
  },
};

export default config;
