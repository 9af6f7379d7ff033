import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { releasedVersions } from '../../src/lib/releases/releases';

/** Newest first, as /data and the feed list them. */
const released = releasedVersions();
const current: string = JSON.parse(readFileSync('data/events.json', 'utf8')).version;

test('/data lists every released version with its files and its changelog entry', async ({
  page,
  request,
}) => {
  await page.goto('/data');
  const sections = page.locator('section.release');
  await expect(sections).toHaveCount(released.length);
  const release = page.locator('#v1\\.3\\.0');
  await expect(release.locator('h3')).toHaveText('Version 1.3.0, December 4, 2026');
  const links = release.locator('a');
  await expect(links).toHaveText(['events.csv', 'events.json', 'datapackage.json']);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(await response.text(), href).toBe(
      readFileSync(`data/releases/1.3.0/${await link.textContent()}`, 'utf8'),
    );
  }
  const changes = release.locator('details div');
  await expect(changes).toBeHidden();
  const summary = release.locator('summary');
  await expect(summary).toHaveText(
    'What changed: a second audit, and confirmations of rates in force',
  );
  await summary.click();
  await expect(changes.getByRole('heading', { name: 'Added' })).toBeVisible();
  await expect(changes).toContainText('2025-02-18-cia-steps-up-drone-flights-over-mexico');
});

test('the Spanish /data dates each version in Spanish and says the changes are in English', async ({
  page,
}) => {
  await page.goto('/es/data');
  const release = page.locator('#v1\\.3\\.0');
  await expect(release.locator('h3')).toHaveText('Versión 1.3.0, 4 de diciembre de 2026');
  await expect(release.locator('summary')).toContainText('Qué cambió (en inglés)');
  await expect(release.locator('details div')).toHaveAttribute('lang', 'en');
});

test('the bare /data files serve the latest version, each release its own', async ({ request }) => {
  expect((await (await request.get('/data/events.json')).json()).version).toBe(current);
  expect((await (await request.get('/data/datapackage.json')).json()).version).toBe(current);
  for (const version of released) {
    const data = await request.get(`/data/v${version}/datapackage.json`);
    expect((await data.json()).version).toBe(version);
  }
  expect((await request.get('/data/v0.0.1/events.csv')).status()).toBe(404);
});

test('the release feed is Atom with one entry per release, each linking its data', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/data');
  const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute('href', '/data/feed.xml');
  const feed = await new Parser().parseURL(`${baseURL}/data/feed.xml`);
  expect(feed.items.map((item) => item.title)).toEqual(
    released.map((version) => `Dataset version ${version}`),
  );
  for (const item of feed.items) {
    expect(item.summary).toBeTruthy();
    const data = await request.get(item.link!);
    expect(data.status(), item.link).toBe(200);
    expect(item.title).toContain((await data.json()).version);
  }
});
