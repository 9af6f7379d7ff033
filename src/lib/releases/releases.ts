/**
 * Released versions of the dataset, kept for good in data/releases/<version>/: the files of
 * RELEASE_FILES, exactly as the site served them for that version, and a manifest.json with each
 * file's SHA-256. `npm run data:release` writes one (./write-release.ts); `npm run data:check` fails
 * when any released file differs from its manifest, or when the dataset's version has no release.
 * Node only, and free of the generated messages, so data:check runs before any build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangelog, type ChangelogEntry } from './changelog';
import { RELEASE_FILES, type ReleaseFile } from './paths';

export const RELEASES_DIR = join('data', 'releases');
export const CHANGELOG_FILE = join('data', 'CHANGELOG.md');

export interface ReleaseManifest {
  version: string;
  /** The day of the release, from its changelog entry. */
  released: string;
  files: Record<ReleaseFile, { bytes: number; sha256: string }>;
}

export interface Release {
  manifest: ReleaseManifest;
  /** Its changelog entry (null if the changelog lacks it: data:check reports that). */
  changelog: ChangelogEntry | null;
}

export const sha256 = (contents: string) =>
  createHash('sha256').update(contents, 'utf8').digest('hex');

export const readChangelog = (root = '.') =>
  parseChangelog(readFileSync(join(root, CHANGELOG_FILE), 'utf8'));

/** Newest first: 1.10.0 before 1.9.0. */
const byVersionDescending = (a: string, b: string) => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return y![i]! - x![i]!;
  return 0;
};

export const releasedVersions = (root = '.') =>
  existsSync(join(root, RELEASES_DIR))
    ? readdirSync(join(root, RELEASES_DIR)).sort(byVersionDescending)
    : [];

export const readManifest = (root: string, version: string): ReleaseManifest =>
  JSON.parse(readFileSync(join(root, RELEASES_DIR, version, 'manifest.json'), 'utf8'));

/** Every release, newest first, with its changelog entry. */
export function readReleases(root = '.'): Release[] {
  const changelog = readChangelog(root);
  return releasedVersions(root).map((version) => ({
    manifest: readManifest(root, version),
    changelog: changelog.find((entry) => entry.version === version) ?? null,
  }));
}

/** A released file's bytes, as a string. */
export const readReleaseFile = (version: string, file: ReleaseFile, root = '.') =>
  readFileSync(join(root, RELEASES_DIR, version, file), 'utf8');

/** What is wrong with the releases on disk, one line each (file, then problem); [] when none. */
export function checkReleases(currentVersion: string, root = '.'): string[] {
  const problems: string[] = [];
  const changelog = readChangelog(root);
  const versions = releasedVersions(root);
  if (!versions.includes(currentVersion)) {
    problems.push(
      `${RELEASES_DIR}: data/events.json is version ${currentVersion}, which has no release: run npm run data:release`,
    );
  }
  for (const version of versions) {
    const dir = join(RELEASES_DIR, version);
    let manifest: ReleaseManifest;
    try {
      manifest = readManifest(root, version);
    } catch (error) {
      problems.push(`${dir}/manifest.json: cannot be read: ${(error as Error).message}`);
      continue;
    }
    if (manifest.version !== version) {
      problems.push(`${dir}/manifest.json: version is ${manifest.version}, not ${version}`);
    }
    if (!changelog.some((entry) => entry.version === version)) {
      problems.push(`${CHANGELOG_FILE}: no entry for released version ${version}`);
    }
    for (const file of RELEASE_FILES) {
      const expected = manifest.files?.[file]?.sha256;
      let actual: string;
      try {
        actual = sha256(readReleaseFile(version, file, root));
      } catch {
        problems.push(`${dir}/${file}: missing`);
        continue;
      }
      if (actual !== expected) {
        problems.push(
          `${dir}/${file}: changed after its release (SHA-256 ${actual}, manifest ${expected})`,
        );
      }
    }
  }
  return problems;
}
