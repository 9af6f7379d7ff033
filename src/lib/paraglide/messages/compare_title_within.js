/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": (params) => `${params.within} of ${params.threats} U.S. threats and pressure steps against ${params.country} were followed by a response within a week`,
	"es": (params) => `${params.within} de ${params.threats} amenazas y acciones de presión de EU contra ${params.country} tuvieron respuesta en menos de una semana`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{ within: NonNullable<unknown>, threats: NonNullable<unknown>, country: NonNullable<unknown> }} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_title_within = (params , options = {}) =>
	byLanguage[options.languageTag ?? languageTag()](params)
