/** The Spanish edition under /es/: language, text, Spanish event titles with verbatim quotes, the switch. */
import { expect, test } from '@playwright/test';
import { events } from './dataset';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

const event = JSON.parse((await import('node:fs')).readFileSync('data/events.json', 'utf8'))
  .events[0] as { id: string; title: string; titleEs: string; sources: { quote: string }[] };

test('/es/ is in Spanish: lang, heading, navigation and dates', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText(
    'Amenazas arancelarias de EU contra México, Canadá y China, y la respuesta de México',
  );
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav.getByRole('link', { name: 'Cronología' })).toHaveAttribute('href', '/es/');
  await expect(nav.getByRole('link', { name: 'Eventos' })).toHaveAttribute('href', '/es/events');
  await expect(page.getByText('4 mar 2025').first()).toBeAttached();
  await waitForHydration(page);
  expect(errors).toEqual([]);
});

test('the English pages keep lang="en"', async ({ page }) => {
  await page.goto('/events');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an event page shows the Spanish title and the quote verbatim', async ({ page }) => {
  await page.goto(`/es/events/${event.id}`);
  await expect(page.locator('h1')).toHaveText(event.titleEs);
  await expect(page.locator('blockquote').first()).toContainText(event.sources[0]!.quote);
  // The English quote is marked as English, so a screen reader does not read it with Spanish sounds.
  await expect(page.locator('blockquote').first()).toHaveAttribute('lang', 'en');
});

test('an event page names an institution and gives its notes in Spanish', async ({ page }) => {
  await page.goto('/es/events/2024-11-28-byd-plant-in-mexico-stalls');
  // The actor's name says its country, so the country is not repeated after it.
  await expect(page.locator('.facts')).toContainText('Gobierno de México');
  await expect(page.locator('.facts')).not.toContainText('Gobierno de México (México)');
  await expect(page.locator('.meta')).toContainText('aprox. 28 nov 2024');
  // The notes are in the page's language, so they carry no lang="en" of their own.
  const notes = [
    [page.locator('.editorial-note'), /^La nota 000 presenta la suspensión/],
    [page.locator('.date-note'), /^No hay una fecha única\./],
    [page.locator('article p.muted').last(), /^La nota 000 cuenta la suspensión/],
  ] as const;
  for (const [note, text] of notes) {
    await expect(note).toHaveText(text);
    await expect(note).not.toHaveAttribute('lang');
  }
  // The quotes and the articles' headlines stay English, and marked so.
  await expect(page.locator('blockquote').first()).toHaveAttribute('lang', 'en');
});

test('/es/sources gives the notes on dates, and our own title, in Spanish', async ({ page }) => {
  await page.goto('/es/sources');
  const own = page.locator('section#hegseth-warning');
  await expect(own.locator('h2')).toHaveText(/^\[Sin titular en el texto\] /);
  await expect(own.locator('h2')).not.toHaveAttribute('lang');
  await expect(own.locator('.how span')).toHaveText(/^Sin lugar y fecha, titular ni firma\./);
  await expect(own.locator('.how span')).not.toHaveAttribute('lang');
  const headline = page.locator('section#aq-sharpening-stance h2');
  await expect(headline).toHaveText('Washington’s Sharpening Stance on Mexico');
  await expect(headline).toHaveAttribute('lang', 'en');
  // A byline is prose: the month spelled out.
  await expect(page.locator('section#aq-sharpening-stance p.muted:not(.article-label)')).toHaveText(
    'Americas Quarterly · Brenda Estefan · publicada en enero de 2026 (solo el mes)',
  );
});

test('the language switch keeps the page and its view state', async ({ page }) => {
  await page.goto('/compare?window=14');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/compare\?window=14$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/compare\?window=14$/);
});

for (const path of ['/es/', '/es/events']) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.goto(path);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
}

test('the events table filters work in Spanish', async ({ page }) => {
  const expected = events.filter((e) => e.kind === 'concession' && e.actor.country === 'MX');
  await page.goto('/es/events?kind=concession&actor=MX');
  await waitForHydration(page);
  await expect(page.locator('table.events-table tbody tr[data-id]')).toHaveCount(expected.length);
  const first = page.locator('table.events-table tbody tr[data-id]').first();
  const id = await first.getAttribute('data-id');
  const record = JSON.parse(
    (await import('node:fs')).readFileSync('data/events.json', 'utf8'),
  ).events.find((e: { id: string }) => e.id === id) as { titleEs?: string; title: string };
  await expect(first).toContainText(record.titleEs ?? record.title);
  await expect(first.getByRole('link')).toHaveAttribute('href', `/es/events/${id}`);
});

test('the Spanish embed', async ({ page }) => {
  await page.goto('/es/embed/tariff-timeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});
