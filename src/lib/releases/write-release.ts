/** Writes a release of the dataset (`npm run data:release`); see ./releases.ts. Node only. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventsJsonSchema } from '../data/json-schema';
import type { Dataset } from '../data/schema';
import { eventsCsv } from '../downloads/csv';
import { dataPackage } from '../downloads/datapackage';
import { RELEASE_FILES, type ReleaseFile } from './paths';
import {
  CHANGELOG_FILE,
  readChangelog,
  readManifest,
  RELEASES_DIR,
  sha256,
  type ReleaseManifest,
} from './releases';

/** The files of a release of `dataset`, the same bytes as the site's /data/ downloads. */
export function releaseContents(dataset: Dataset): Record<ReleaseFile, string> {
  const { version, sources, events } = dataset;
  return {
    'events.csv': eventsCsv(events),
    'events.json': JSON.stringify({ version, sources, events }),
    'datapackage.json': JSON.stringify(dataPackage(dataset)),
    'events.schema.json': eventsJsonSchema(),
  };
}

export type ReleaseOutcome =
  { ok: true; written: boolean; dir: string } | { ok: false; problem: string };

/**
 * Writes data/releases/<version>/ for `dataset`. Refuses a version without a changelog entry, and a
 * version already released with other contents; releasing the same contents again writes nothing.
 */
export function writeRelease(dataset: Dataset, root = '.'): ReleaseOutcome {
  const { version } = dataset;
  const entry = readChangelog(root).find((candidate) => candidate.version === version);
  if (!entry) {
    return {
      ok: false,
      problem: `${CHANGELOG_FILE} has no entry for version ${version}: add a heading "## ${version} — YYYY-MM-DD: <what changed>" with the changes under it`,
    };
  }
  const dir = join(RELEASES_DIR, version);
  const contents = releaseContents(dataset);
  const files = Object.fromEntries(
    RELEASE_FILES.map((file) => [
      file,
      { bytes: Buffer.byteLength(contents[file]), sha256: sha256(contents[file]) },
    ]),
  ) as ReleaseManifest['files'];
  if (existsSync(join(root, dir))) {
    const same = RELEASE_FILES.every(
      (file) => readManifest(root, version).files[file]?.sha256 === files[file].sha256,
    );
    if (same) return { ok: true, written: false, dir };
    return {
      ok: false,
      problem: `${dir} already holds version ${version} with other contents: a released version never changes, so bump "version" in data/events.json and add its changelog entry`,
    };
  }
  mkdirSync(join(root, dir), { recursive: true });
  for (const file of RELEASE_FILES) writeFileSync(join(root, dir, file), contents[file]);
  const manifest: ReleaseManifest = { version, released: entry.date, files };
  writeFileSync(join(root, dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { ok: true, written: true, dir };
}
