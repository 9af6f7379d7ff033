import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ strict: true }),
    prerender: {
      // Every page is static: an unresolvable link is a build error, not a silent 404.
      handleHttpError: 'fail',
      handleMissingId: 'fail',
    },
  },
};

export default config;
