import { getDataset } from '$lib/server/dataset';

export function load() {
  const { version, sources } = getDataset();
  return { datasetVersion: version, sourceCount: sources.length };
}
