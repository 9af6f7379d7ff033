import { json } from '@sveltejs/kit';
import { dataPackage } from '$lib/downloads/datapackage';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return json(dataPackage(getDataset()));
}
