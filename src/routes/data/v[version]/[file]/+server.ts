import { error } from '@sveltejs/kit';
import { isReleaseFile, RELEASE_FILES } from '$lib/releases/paths';
import { releasedVersions, readReleaseFile } from '$lib/releases/releases';

export const prerender = true;

/** Every file of every release in data/releases/, served byte for byte as it was released. */
export const entries = () =>
  releasedVersions().flatMap((version) => RELEASE_FILES.map((file) => ({ version, file })));

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
} as const;

export function GET({ params: { version, file } }) {
  if (!isReleaseFile(file) || !releasedVersions().includes(version)) {
    error(404, `No released file /data/v${version}/${file}`);
  }
  const type = file.endsWith('.csv') ? CONTENT_TYPES.csv : CONTENT_TYPES.json;
  return new Response(readReleaseFile(version, file), { headers: { 'content-type': type } });
}
