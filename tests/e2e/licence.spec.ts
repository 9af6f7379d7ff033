/**
 * The terms of reuse where a reader meets them: the data page in both languages states the data's
 * licence together with the quotes' status, and the sources page names each article's publisher.
 */
import { expect, test } from '@playwright/test';
import { sources } from './dataset';

const editions = [
  {
    path: '/data',
    heading: 'Licence',
    data: /our own work, published under CC BY 4\.0/,
    quotes: /at most 25 words, of a news article that remains its publisher's copyright/,
    deed: 'https://creativecommons.org/licenses/by/4.0/',
    toSources: "The sources page names each article's publisher.",
    sourcesPath: '/sources',
    rights: (publisher: string) => `remain the copyright of ${publisher}.`,
  },
  {
    path: '/es/data',
    heading: 'Licencia',
    data: /son obra propia, publicada bajo la licencia CC BY 4\.0/,
    quotes:
      /de 25 palabras como máximo, de una nota periodística cuyos derechos siguen siendo de su medio/,
    deed: 'https://creativecommons.org/licenses/by/4.0/deed.es',
    toSources: 'La página de fuentes indica el medio de cada nota.',
    sourcesPath: '/es/sources',
    rights: (publisher: string) => `siguen siendo de ${publisher}.`,
  },
];

for (const edition of editions) {
  test(`${edition.path} states the data's licence together with the quotes' status`, async ({
    page,
  }) => {
    await page.goto(edition.path);
    const section = page.getByRole('region', { name: edition.heading });
    await expect(section).toBeVisible();
    await expect(section).toContainText(edition.data);
    await expect(section).toContainText(edition.quotes);
    await expect(section.locator('a[rel="license"]')).toHaveAttribute('href', edition.deed);

    await section.getByRole('link', { name: edition.toSources }).click();
    await expect(page).toHaveURL(edition.sourcesPath);
    const named = sources.flatMap(({ id, publisher }) => (publisher ? [{ id, publisher }] : []));
    expect(named.length).toBeGreaterThan(0);
    for (const { id, publisher } of named) {
      await expect(page.locator(`section#${id} .rights`)).toContainText(edition.rights(publisher));
    }
  });
}

test('the JSON download carries the licence and the quotes’ status', async ({ request }) => {
  const body = await (await request.get('/data/events.json')).json();
  expect(body.licenses).toEqual([
    {
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
      title: 'Creative Commons Attribution 4.0 International',
    },
  ]);
  expect(body.rights).toContain("remains its publisher's copyright");
});
