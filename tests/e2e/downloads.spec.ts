import { expect, test } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { events, sources } from './dataset';

test('events.csv has one row per event and the dictionary columns', async ({ request }) => {
  const csv = await (await request.get('/data/events.csv')).text();
  const table = csvParse(csv);
  expect(table.length).toBe(events.length);
  expect(table.map((row) => row.id).sort()).toEqual(events.map((e) => e.id).sort());

  const pkg = await (await request.get('/data/datapackage.json')).json();
  const csvResource = pkg.resources.find((r: { path: string }) => r.path === 'events.csv');
  expect(table.columns).toEqual(csvResource.schema.fields.map((f: { name: string }) => f.name));
});

test('events.json carries the version, every source and every event', async ({ request }) => {
  const body = await (await request.get('/data/events.json')).json();
  expect(body.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(body.events).toHaveLength(events.length);
  expect(body.sources).toHaveLength(sources.length);
});

test('the sources page lists every article with the events it supports', async ({ page }) => {
  await page.goto('/sources');
  for (const source of sources) {
    await expect(page.locator(`section#${source.id} h2`)).toHaveText(source.title);
  }
});
