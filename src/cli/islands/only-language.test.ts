import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onlyLanguage } from './only-language';

const MODULE = 'src/lib/paraglide/messages/compare_title.js';
const transform = (lang: string, code: string, id = `/work/x/${MODULE}`) => {
  const hook = onlyLanguage(lang).transform as (
    code: string,
    id: string,
  ) => { code: string } | null;
  return hook(code, id);
};

describe('islands in one language', () => {
  const code = readFileSync(MODULE, 'utf8');

  it("keeps only the page language's text of a message, and the module still works", async () => {
    const spanish = transform('es', code)!.code;
    expect(spanish).toContain('Amenazas y respuestas');
    expect(spanish).not.toContain('Threats and responses');
    const english = transform('en', code)!.code;
    expect(english).toContain('Threats and responses');
    expect(english).not.toContain('Amenazas');
    const runtime = new URL('../../lib/paraglide/runtime.js', import.meta.url).href;
    const module = (await import(
      `data:text/javascript,${encodeURIComponent(spanish.replace('../runtime.js', runtime))}`
    )) as { compare_title: (params?: object, options?: object) => string };
    expect(module.compare_title({}, { languageTag: 'es' })).toBe('Amenazas y respuestas');
  });

  it('leaves every other module alone', () => {
    expect(transform('es', 'export const x = { en: 1 }', '/work/x/src/lib/labels.ts')).toBeNull();
  });

  it('names the module whose shape it does not know', () => {
    expect(() => transform('es', 'export const x = 1', `/work/x/${MODULE}`)).toThrow(
      'no byLanguage object found',
    );
    expect(() => transform('fr', code)).toThrow('no text in fr');
  });
});
