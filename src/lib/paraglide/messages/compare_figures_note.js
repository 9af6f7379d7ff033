/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": (params) => `A response counts when the source ties it to the threat, or (if shown) when it falls within ${params.days} days by date alone. "Within 7 days" counts only lags certainly that short: a response known only to the month counts when its whole range fits.`,
	"es": (params) => `Una respuesta cuenta cuando la fuente la vincula con la amenaza o (si se muestran) cuando cae dentro de ${params.days} días solo por fecha. «En 7 días o menos» cuenta solo las demoras que con certeza son así de cortas: una respuesta de la que solo se conoce el mes cuenta cuando todo su rango cabe.`
}

/**
 * This message has been compiled by [inlang paraglide](https://inlang.com/m/gerre34r/library-inlang-paraglideJs).
 *
 * - Don't edit the message's code. Use [Sherlock (VS Code extension)](https://inlang.com/m/r7kp499g/app-inlang-ideExtension),
 *   the [web editor](https://inlang.com/m/tdozzpar/app-inlang-finkLocalizationEditor) instead, or edit the translation files manually.
 * 
 * - The params are NonNullable<unknown> because the inlang SDK does not provide information on the type of a param (yet).
 * 
 * @param {{ days: NonNullable<unknown> }} params
 * @param {{ languageTag?: "en" | "es" }} options
 * @returns {string}
 */
/* @__NO_SIDE_EFFECTS__ */
export const compare_figures_note = (params , options = {}) =>
	byLanguage[options.languageTag ?? languageTag()](params)
