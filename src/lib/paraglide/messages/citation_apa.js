/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": (params) => `${params.site}. (${params.year}). ${params.dataset}: ${params.title} (Version ${params.version}) [Data set and interactive chart]. ${params.site}. Retrieved ${params.date}, from ${params.url}`,
	"es": (params) => `${params.site}. (${params.year}). ${params.dataset}: ${params.title} (Versión ${params.version}) [Conjunto de datos y gráfica interactiva]. ${params.site}. Recuperado el ${params.date}, de ${params.url}`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{ site: NonNullable<unknown>, year: NonNullable<unknown>, dataset: NonNullable<unknown>, title: NonNullable<unknown>, version: NonNullable<unknown>, date: NonNullable<unknown>, url: NonNullable<unknown> }} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const citation_apa = (params , options = {}) =>
	byLanguage[options.languageTag ?? languageTag()](params)
