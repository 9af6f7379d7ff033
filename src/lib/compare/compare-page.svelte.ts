/**
 * The state the parts of the comparison page share (see ./island.ts): the view kept in the URL and
 * what the page derives from it once, for every part that shows it.
 */
import { currentLang } from '$lib/i18n';
import type { CompareColumn } from '$lib/compare/columns';
import { viewRange } from '$lib/data/extent';
import { columnsFor } from '$lib/compare/precomputed';
import { indexMax } from '$lib/compare/index-layout';
import { creditLine } from '$lib/site/site';
import { compareViewParams } from '$lib/compare/view';
import { compareRefinement } from '$lib/compare/highlight';
import { createUrlView } from '$lib/url-state/url-view.svelte';
import type { ComparePageData } from './page-data';

export type ComparePageState = ReturnType<typeof createComparePage>;

export function createComparePage(data: ComparePageData) {
  const lang = currentLang();
  const url = createUrlView(compareViewParams, compareRefinement(data.comparisons));
  const domain = $derived(viewRange(url.view, data.extent));
  const columns = $derived(columnsFor(data.comparisons, url.view, data.defaultColumns));
  // One scale for every country shown, so their bars compare.
  const indexScaleMax = $derived(Math.max(...columns.map((c) => indexMax(c.data.index))));
  const credit = creditLine(data.datasetVersion, data.sourceCount, lang);
  // The code that draws the images loads only when a reader asks for one.
  const images = () => import('$lib/compare/image-downloads');

  return {
    data,
    lang,
    url,
    get view() {
      return url.view;
    },
    get domain() {
      return domain;
    },
    get columns() {
      return columns;
    },
    get indexScaleMax() {
      return indexScaleMax;
    },
    compareSvg: async (column: CompareColumn) =>
      (await images()).threatsResponsesSvg(
        column,
        domain,
        url.view.window,
        credit,
        lang,
        url.view.highlight,
      ),
    indexSvg: async (column: CompareColumn) =>
      (await images()).pressureIndexSvg(column, domain, indexScaleMax, credit, lang),
  };
}
