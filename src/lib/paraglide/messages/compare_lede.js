/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `For each U.S. tariff threat or pressure step: what Mexico (or Canada) did next, how fast, and what became of the threat. Pairs the sources state are kept apart from pairs made by date alone.`,
	"es": () => `Para cada amenaza arancelaria o acción de presión de EU: qué hizo México (o Canadá) después, qué tan rápido y qué fue de la amenaza. Los pares que las fuentes establecen se distinguen de los formados solo por la fecha.`
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
export const compare_lede = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
