/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `one row per event, the columns below. Text cells that begin with =, +, - or @ carry a leading apostrophe so that no spreadsheet runs them as formulas.`,
	"es": () => `una fila por evento, con las columnas de abajo. Las celdas de texto que empiezan con =, +, - o @ llevan un apóstrofo al inicio para que ninguna hoja de cálculo las ejecute como fórmulas.`
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
export const data_csv_desc = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
