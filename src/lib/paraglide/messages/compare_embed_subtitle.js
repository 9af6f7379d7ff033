/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": (params) => `U.S. threats against ${params.country} (above) and its responses (below); solid: tied by a source, dashed: within ${params.days} days by date only.`,
	"es": (params) => `Amenazas de EU contra ${params.country} (arriba) y sus respuestas (abajo); continua: vinculadas por una fuente; punteada: dentro de ${params.days} días, solo por fecha.`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{ country: NonNullable<unknown>, days: NonNullable<unknown> }} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_embed_subtitle = (params , options = {}) =>
	byLanguage[options.languageTag ?? languageTag()](params)
