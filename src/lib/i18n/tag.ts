import { isAvailableLanguageTag, sourceLanguageTag } from '../paraglide/runtime.js';

/**
 * The options that make a Paraglide message speak `lang` (`m.key(params, inLang(lang))`), English for
 * an unknown language: pure modules take the language as an argument instead of reading the page's.
 */
export const inLang = (lang: string) => ({
  languageTag: isAvailableLanguageTag(lang) ? lang : sourceLanguageTag,
});
