import { getDataset } from '$lib/server/dataset';
import type { SiteData } from '$lib/site/site';

export function load(): SiteData {
  const { version, sources } = getDataset();
  return { datasetVersion: version, sourceCount: sources.length };
}
