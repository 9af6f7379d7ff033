/**
 * The validated dataset for the routes' `load` functions, which run at build time (prerender).
 * An invalid dataset fails the build with every problem listed.
 */
import { dev } from '$app/environment';
import { readDataset } from '$lib/data/read-dataset';
import type { Dataset } from '$lib/data/schema';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (cached && !dev) return cached;
  const result = readDataset();
  if (!result.ok) {
    throw new Error(`The dataset is invalid:\n${result.problems.join('\n')}`);
  }
  cached = result.dataset;
  return cached;
}
