/**
 * Part of `npm run i18n:compile`, after Paraglide: rewrites the compiled messages as one module per
 * message, `src/lib/paraglide/messages/<id>.js`, with `messages.js` re-exporting them.
 *
 * Why: Paraglide 1 compiles every message into one module (`messages.js`, dispatching to
 * `messages/en.js` and `messages/es.js`), and a bundler never splits a module between chunks, so
 * every hydrated page loaded every interface word of both languages (11.8 KB gzip), the comparison's
 * and the embeds' included. One module per message lets Vite put each in the chunk of the pages that
 * use it. Paraglide 2 compiles this way, but cannot be installed from this machine's registry.
 *
 * Each message keeps Paraglide's own code: its function per language (taken with `toString()` from
 * the compiled language modules, so nothing is parsed), its JSDoc types and its dispatcher.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'src/lib/paraglide');
const load = async (file: string) =>
  (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;

const runtime = await load('runtime.js');
const languages = runtime.availableLanguageTags as readonly string[];
const compiled = new Map<string, Record<string, unknown>>();
for (const lang of languages) compiled.set(lang, await load(`messages/${lang}.js`));

const index = readFileSync(join(dir, 'messages.js'), 'utf8');
// Paraglide writes each message as its JSDoc, a pure annotation, then `export const <id> = (<params>) =>`.
const MESSAGE =
  /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*\/\* @__NO_SIDE_EFFECTS__ \*\/\s*export const (\w+) = \(([^)]*)\) =>/g;
const messages = [...index.matchAll(MESSAGE)].map(([, doc, id, params]) => ({
  doc: doc!,
  id: id!,
  params: params!.trim(),
}));
if (!messages.length) {
  throw new Error(
    `${join(dir, 'messages.js')}: no messages found (already split, or not Paraglide 1 output?)`,
  );
}

function messageModule(id: string, doc: string, params: string): string {
  let takesParams = false;
  const perLanguage = languages.map((lang) => {
    const fn = compiled.get(lang)![id];
    if (typeof fn !== 'function') throw new Error(`messages/${lang}.js: no message "${id}"`);
    takesParams ||= fn.length > 0;
    return `\t${JSON.stringify(lang)}: ${fn.toString()}`;
  });
  return [
    '/* eslint-disable */',
    "// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.",
    'import { languageTag } from "../runtime.js"',
    '',
    `const byLanguage = {\n${perLanguage.join(',\n')}\n}`,
    '',
    doc,
    '/* @__NO_SIDE_EFFECTS__ */',
    `export const ${id} = (${params}) =>`,
    // As Paraglide calls them: with the parameters only where the message takes any.
    `\tbyLanguage[options.languageTag ?? languageTag()](${takesParams ? 'params' : ''})`,
    '',
  ].join('\n');
}

const outDir = join(dir, 'messages');
const modules = messages.map(
  ({ id, doc, params }) => [id, messageModule(id, doc, params)] as const,
);
for (const file of readdirSync(outDir)) rmSync(join(outDir, file));
mkdirSync(outDir, { recursive: true });
for (const [id, text] of modules) writeFileSync(join(outDir, `${id}.js`), text);
writeFileSync(
  join(dir, 'messages.js'),
  [
    '/* eslint-disable */',
    '// One module per message (src/cli/split-messages.ts), so that pages load only the ones they use.',
    ...messages.map(({ id }) => `export { ${id} } from "./messages/${id}.js"`),
    '',
  ].join('\n'),
);
console.log(`Split ${messages.length} messages into ${outDir}/`);
