import { parseAst, type Plugin } from 'vite';

const MESSAGE_MODULE = /\/src\/lib\/paraglide\/messages\/\w+\.js$/;

/**
 * Keeps only `lang`'s text in each message module (`const byLanguage = { en: …, es: … }`, written by
 * src/cli/split-messages.ts): an island runs in its page's language only.
 */
export function onlyLanguage(lang: string): Plugin {
  return {
    name: 'islands-only-language',
    transform(code, id) {
      if (!MESSAGE_MODULE.test(id)) return null;
      let kept = code;
      for (const node of parseAst(code).body) {
        if (node.type !== 'VariableDeclaration') continue;
        const init = node.declarations[0]?.init;
        if (node.declarations[0]?.id.type !== 'Identifier' || init?.type !== 'ObjectExpression') {
          continue;
        }
        const entries = init.properties.map((property) => {
          if (property.type !== 'Property' || property.key.type !== 'Literal') {
            throw new Error(`${id}: byLanguage has an entry that is not "<lang>": <function>`);
          }
          return { lang: property.key.value, text: code.slice(property.start, property.end) };
        });
        const own = entries.find((entry) => entry.lang === lang);
        if (!own) throw new Error(`${id}: no text in ${lang}`);
        kept = `${code.slice(0, init.start)}{ ${own.text} }${code.slice(init.end)}`;
      }
      if (kept === code) throw new Error(`${id}: no byLanguage object found`);
      return { code: kept, map: null };
    },
  };
}
