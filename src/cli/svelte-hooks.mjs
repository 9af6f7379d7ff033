/**
 * Node module hooks that compile `.svelte` files for the server with svelte/compiler, so that the
 * command-line tools render the site's own components (`render` from svelte/server) under tsx.
 * Registered by the tool before it imports any component; tsx resolves the `$lib` imports inside.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.svelte')) return nextLoad(url, context);
  const filename = fileURLToPath(url);
  const { js } = compile(await readFile(filename, 'utf8'), { filename, generate: 'server' });
  return { format: 'module', source: js.code, shortCircuit: true };
}
