/* eslint-disable */
// @ts-nocheck: Paraglide's code as it compiles it; the JSDoc below still types the export.
import { languageTag } from "../runtime.js"

const byLanguage = {
	"en": () => `Paste the snippet into your page. The frame starts at a height that shows the whole chart; the script then fits it to its content as the width changes. Sites already using iframe-resizer or Pym.js get the same resizing from their own library.`,
	"es": () => `Pega el código en tu página. El marco empieza con una altura que muestra toda la gráfica; luego el script la ajusta a su contenido cuando cambia el ancho. Los sitios que ya usan iframe-resizer o Pym.js obtienen el mismo ajuste con su propia biblioteca.`
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
export const embed_lede = (params = {}, options = {}) =>
	byLanguage[options.languageTag ?? languageTag()]()
