import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { checkReleases, readReleases, RELEASES_DIR } from './releases';
import { writeRelease } from './write-release';

const MANIFEST_1_3_0_SHA256 = '1e435559115143b40fe7cb48a2523a204ed23554838dbd476f475ef6bd0ff231';

const dataset = () => {
  const result = readDataset();
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.dataset;
};

let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A copy of data/ (the dataset, its changelog and its releases) to change without harm. */
function copyOfData() {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  copies.push(root);
  cpSync('data', join(root, 'data'), { recursive: true });
  return root;
}

describe('the released versions in data/releases', () => {
  it('are all as they were released, and the current version is one of them', () => {
    expect(checkReleases(dataset().version)).toEqual([]);
  });

  it("keep 1.3.0 as released: its manifest, which holds every file's SHA-256, is unchanged", () => {
    const manifest = readFileSync(join(RELEASES_DIR, '1.3.0', 'manifest.json'));
    expect(createHash('sha256').update(manifest).digest('hex')).toBe(MANIFEST_1_3_0_SHA256);
  });

  it('each have their changelog entry', () => {
    for (const release of readReleases()) {
      expect(release.changelog?.version, release.manifest.version).toBe(release.manifest.version);
      expect(release.manifest.released).toBe(release.changelog?.date);
    }
  });
});

describe('data:check on releases', () => {
  it('names a released file that changed, and a missing one', () => {
    const root = copyOfData();
    const dir = join(root, RELEASES_DIR, '1.3.0');
    writeFileSync(join(dir, 'events.csv'), readFileSync(join(dir, 'events.csv'), 'utf8') + '\n');
    rmSync(join(dir, 'datapackage.json'));
    const problems = checkReleases('1.3.0', root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^data\/releases\/1\.3\.0\/events\.csv: changed after its release/);
    expect(problems[1]).toBe('data/releases/1.3.0/datapackage.json: missing');
  });

  it('asks for a release of a version that has none', () => {
    expect(checkReleases('9.9.9')).toEqual([
      'data/releases: data/events.json is version 9.9.9, which has no release: run npm run data:release',
    ]);
  });
});

describe('data:release', () => {
  it('refuses a version without a changelog entry', () => {
    const root = copyOfData();
    const outcome = writeRelease({ ...dataset(), version: '9.9.9' }, root);
    expect(outcome).toEqual({
      ok: false,
      problem: expect.stringMatching(/^data\/CHANGELOG\.md has no entry for version 9\.9\.9/),
    });
  });

  it('refuses to change a released version, and writes nothing for the same contents', () => {
    const root = copyOfData();
    expect(writeRelease(dataset(), root)).toMatchObject({ ok: true, written: false });
    const changed = { ...dataset(), events: dataset().events.slice(1) };
    expect(writeRelease(changed, root)).toMatchObject({
      ok: false,
      problem: expect.stringContaining(
        `already holds version ${dataset().version} with other contents`,
      ),
    });
    expect(checkReleases(dataset().version, root)).toEqual([]);
  });

  it('writes a new version with its changelog entry, which data:check then accepts', () => {
    const root = copyOfData();
    const changelog = join(root, 'data', 'CHANGELOG.md');
    const text = readFileSync(changelog, 'utf8');
    const current = `## ${dataset().version} `;
    writeFileSync(
      changelog,
      text.replace(current, `## 99.0.0 — 2026-12-10: one event fewer\n\n- Removed.\n\n${current}`),
    );
    const next = { ...dataset(), version: '99.0.0', events: dataset().events.slice(1) };
    expect(writeRelease(next, root)).toMatchObject({ ok: true, written: true });
    expect(checkReleases('99.0.0', root)).toEqual([]);
    const versions = readReleases(root).map((release) => release.manifest.version);
    expect(versions.slice(0, 2)).toEqual(['99.0.0', dataset().version]);
    expect(readReleases(root)[0]!.manifest.released).toBe('2026-12-10');
  });
});
