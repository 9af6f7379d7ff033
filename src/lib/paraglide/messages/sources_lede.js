/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": (params) => `Every event in the dataset is taken from these ${params.count} articles and quotes one of them verbatim. Where an article leaves a date vague or gets it wrong, the event records the public-record date and says so.`,
	"es": (params) => `Cada evento del conjunto de datos proviene de estas ${params.count} notas y cita textualmente una de ellas. Cuando una nota deja una fecha imprecisa o la da mal, el evento registra la fecha del registro público y lo indica.`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{ count: NonNullable<unknown> }} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const sources_lede = (params , options = {}) =>
	byLanguage[options.languageTag ?? languageTag()](params)
