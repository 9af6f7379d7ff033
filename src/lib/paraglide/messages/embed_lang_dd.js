/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `The language: lang=es opens the Spanish embed (the same as /es/embed/<chart>), lang=en the English one. Any other value is ignored, with a notice.`,
	"es": () => `El idioma: lang=es abre la gráfica en español (lo mismo que /es/embed/<gráfica>), lang=en la versión en inglés. Cualquier otro valor se ignora, con un aviso.`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{}} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const embed_lang_dd = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
