/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `Each bar sums one week of Goldstein weights (the conflict–cooperation scale of −10 to +10 attached to each event’s CAMEO code): above the line, U.S. actions toward the country with negative weights, as a magnitude; below it, the country’s actions toward the U.S. with positive weights. Events known only to the month count in the week of the 15th.`,
	"es": () => `Cada barra suma una semana de pesos de Goldstein (la escala de conflicto–cooperación de −10 a +10 asociada al código CAMEO de cada evento): arriba de la línea, las acciones de EU hacia el país con peso negativo, como magnitud; abajo, las acciones del país hacia EU con peso positivo. Los eventos de los que solo se conoce el mes cuentan en la semana del día 15.`
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
export const compare_index_explanation = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
