/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `Point at, tap or tab to a connector to see both quotes (tap it again to open the response). Solid: the source ties the response to the threat; dashed: within the window by date only.`,
	"es": () => `Señala o toca una línea, o llega a ella con el tabulador, para ver ambas citas (tócala otra vez para abrir la respuesta). Continua: la fuente vincula la respuesta con la amenaza; punteada: dentro de la ventana, solo por fecha.`
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
export const compare_chart_hint = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
