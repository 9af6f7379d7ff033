/** How free-text search compares text: both the rows' text (./table.ts) and the query (./filter.ts). */

/** Any character outside ASCII: only such text can carry accents, so only it needs normalising. */
const NON_ASCII = /[\u0080-\uffff]/;
/** Combining diacritical marks, which NFD splits off accented letters. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * `text` lower-cased and without accents, so that 'Cárteles', 'carteles' and 'CARTELES' match
 * ('ñ' folds to 'n', acceptable for search). ASCII text skips the normalisation, most of the cost.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}
