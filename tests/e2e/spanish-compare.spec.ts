/**
 * The Spanish comparison (/es/compare) and its two embeds: every word we draw is Spanish (quotes stay
 * verbatim), downloads and build-time images included, and the English pages are unchanged.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackErrors, waitForHydration } from './helpers';

/** English we translated: none of it may be left on a Spanish comparison page. */
const ENGLISH = [
  'U.S.',
  'Median lag',
  'Threats answered',
  'Threat or pressure',
  'First response',
  'Outcome',
  'carried out',
  'a step taken',
  'still pending',
  'suspended',
  'withdrawn',
  'stated by the source',
  'by date only',
  'same day',
  ' days',
  'Hollow markers',
  'Each bar sums',
  'Point at, tap or tab',
  'Week of',
  "'s responses",
  'cooperation',
  'Concession',
  'Troops deployed',
  'Copy',
  'print,',
  'Summary figures',
  'Charts',
  'Source:',
];

/** What a reader (or a screen reader) gets from the page's main part, minus the verbatim quotes. */
const pageWords = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((roots) => {
    if (!roots.length) throw new Error('nothing to read');
    return roots
      .flatMap((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        // Quotes stay in their own language; scripts (an island's props) are no text a reader sees.
        copy.querySelectorAll('blockquote, script').forEach((element) => element.remove());
        const labels = [...copy.querySelectorAll('[aria-label]')].map((e) =>
          e.getAttribute('aria-label'),
        );
        const fields = [...root.querySelectorAll('textarea, input')].map(
          (e) => (e as HTMLInputElement).value,
        );
        return [copy.textContent, ...labels, ...fields];
      })
      .join('\n');
  });

const leftovers = (text: string) => ENGLISH.filter((phrase) => text.includes(phrase));

test('/es/compare: figures, titles, tables and the SVG charts are in Spanish', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/compare');
  await waitForHydration(page);

  await expect(page.locator('article.country h2')).toHaveText(
    /^\d+ de \d+ amenazas y acciones de presión de EU contra México tuvieron respuesta en una semana o menos$/,
  );
  await expect(page.locator('article.country h3')).toHaveText(
    /^La presión de EU sobre México llegó a su máximo en (la semana del \d{1,2} de [a-z]+ de 20\d\d|las semanas del \d{1,2} de [a-z]+( de 20\d\d)? y del \d{1,2} de [a-z]+ de 20\d\d)$/,
  );

  const summary = page.locator('.summary-table');
  await expect(summary.locator('thead th').first()).toHaveText('Cifra');
  await expect(summary).toContainText('Demora mediana entre una amenaza y su primera respuesta');
  await expect(summary.locator('tbody tr').nth(2).locator('td')).toHaveText(
    /^\d+ de \d+ \(\d+%\)$/,
  );

  const threats = page.locator('.threat-table');
  await expect(threats.locator('thead th')).toHaveText([
    'Amenaza o presión',
    /Fecha/,
    'Respuestas (demora; base)',
    /Primera respuesta/,
    /Desenlace/,
  ]);
  await expect(threats.locator('.outcome').first()).toHaveText(
    /^(cumplida|medida tomada|suspendida|retirada|aún pendiente)$/,
  );
  await expect(threats).toContainText('según la fuente');

  const chart = page.locator('.compare-chart .layout.wide svg').first();
  await expect(chart.locator('text.axis-title')).toHaveText([
    'Amenazas y presión de EU',
    'Respuestas de México, por días después de la amenaza',
  ]);
  // The rows' short labels: the Spanish date and the Spanish title, cut at a word.
  await expect(chart.locator('text.row-label').nth(3)).toHaveText(
    '1 feb 2025 · Trump firma órdenes arancelarias contra…',
  );
  await expect(chart.locator('.key')).toContainText('vinculada por una fuente');
  await expect(chart.locator('.key')).toContainText('el plazo de 30 días');
  const index = page.locator('figure.index svg.wide');
  await expect(index.locator('text.series-label')).toHaveText([
    'Presión de EU sobre México',
    'Cooperación de México con EU',
  ]);
  await expect(page.locator('figure.index figcaption')).toContainText(
    'Cada barra suma los puntajes Goldstein de una semana',
  );
  await expect(page.locator('p.source')).toContainText('Marcadores sin relleno');

  expect(leftovers(await pageWords(page, 'main'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Spanish share panel: embed address, citation and downloads; the Spanish build-time image', async ({
  page,
}) => {
  await page.goto('/es/compare');
  await waitForHydration(page);
  const panel = page.locator('details.share').first();
  await panel.locator('summary').click();
  await expect(panel.locator('[data-share="snippet"]')).toHaveValue(
    /\/es\/embed\/threats-responses/,
  );
  await expect(panel.locator('[data-share="citation"]')).toHaveValue(/Recuperado el \d+ de \w+/);
  await expect(panel.getByRole('button', { name: 'Copiar' }).first()).toBeVisible();

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-download="svg"]').click(),
  ]);
  const drawn = await readFile((await svg.path())!, 'utf8');
  expect(drawn).toContain('Respuestas de México, por días después de la amenaza');
  expect(drawn).toContain('1 feb 2025 · Trump firma órdenes arancelarias contra…');
  expect(drawn).toContain('Fuente: Monitor de Presión Arancelaria');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    panel.locator('[data-download="csv"]').click(),
  ]);
  const rows = (await readFile((await csv.path())!, 'utf8')).split(/\r?\n/);
  expect(rows[0]).toMatch(/^country,threat_id,threat,.*,basis,outcome,outcome_date$/);
  expect(rows.join('\n')).toMatch(/según la fuente/);
  expect(rows.join('\n')).not.toMatch(/carried out|stated by the source/);

  // Written by the build next to the site (vite preview does not serve it).
  expect(await readFile('build/charts/es/threats-responses.svg', 'utf8')).toContain(
    'Respuestas de México, por días después de la amenaza',
  );
});

test('the Spanish threats-responses embed', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/embed/threats-responses');
  await waitForHydration(page);
  await expect(page.locator('.subtitle')).toHaveText(
    'Amenazas de EU contra México, una por fila, y sus respuestas según los días transcurridos; anillo continuo: vinculadas por una fuente; punteado: dentro de 30 días, solo por fecha.',
  );
  await expect(page.locator('.layout.wide text.axis-title').first()).toHaveText(
    'Amenazas y presión de EU',
  );
  await expect(page.locator('.pair-detail')).toContainText(
    'Pasa el cursor sobre el punto de una respuesta o tócalo',
  );
  expect(leftovers(await pageWords(page, '.compare-chart'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Spanish pressure-index embed', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/embed/pressure-index?country=MX~CA');
  await waitForHydration(page);
  await expect(page.locator('h2')).toHaveText([
    /^La presión de EU sobre México llegó a su máximo/,
    /^La presión de EU sobre Canadá llegó a su máximo/,
  ]);
  await expect(page.locator('svg.wide text.series-label').first()).toHaveText(
    'Presión de EU sobre México',
  );
  await expect(page.locator('svg.wide g title').first()).toHaveText(
    /^Semana del \d{1,2} [a-z]{3} 20\d\d: presión [\d.]+, cooperación [\d.]+$/,
  );
  expect(leftovers(await pageWords(page, 'figure.index'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('the English comparison stays in English', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.locator('.summary-table')).toContainText('Median lag');
  await expect(page.locator('.layout.wide text.axis-title').first()).toHaveText(
    'U.S. threats and pressure',
  );
  await expect(page.locator('.layout.wide text.row-label').nth(3)).toHaveText(
    '1 Feb 2025 · Trump signs tariff orders on Mexico, Canada…',
  );
  await expect(page.locator('.layout.wide .key')).toContainText('the 30-day window');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`/es/compare has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.goto('/es/compare');
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    });
  });
}
