/**
 * The validated dataset for the routes' `load` functions, which run at build time (prerender).
 * An invalid dataset fails the build with every problem listed.
 */
import { dev } from '$app/environment';
import { readDataset } from '$lib/data/read-dataset';
import type { Dataset } from '$lib/data/schema';
import { localizeDataset } from '$lib/data/translations';

let cached: Dataset | undefined;
const localized = new Map<string, Dataset>();

/**
 * The dataset; with `lang` 'es', event titles, summaries, actor names and notes, and the sources'
 * notes on their dates, are the Spanish ones (see `localizeDataset`; English when missing). Quotes
 * and the articles' headlines stay verbatim in their original language.
 */
export function getDataset(lang = 'en'): Dataset {
  if (!cached || dev) {
    const result = readDataset();
    if (!result.ok) {
      throw new Error(`The dataset is invalid:\n${result.problems.join('\n')}`);
    }
    cached = result.dataset;
    localized.clear();
  }
  if (lang === 'en') return cached;
  let copy = localized.get(lang);
  if (!copy) localized.set(lang, (copy = localizeDataset(cached, lang)));
  return copy;
}
