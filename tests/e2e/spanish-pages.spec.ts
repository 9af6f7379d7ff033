/**
 * The Spanish edition beyond the comparison view: the timeline (chart text, tooltip, summary, tables,
 * headline cards), event pages, URL notices, /es/data, the embeds and their `lang` parameter, the
 * 404 page; and the English pages unchanged.
 */
import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './helpers';

const TRANSFER = '2025-02-27-mexico-hands-over-29-prisoners';

test('the Spanish timeline: subtitle, legends, summary, cards and tables', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  await expect(page.locator('.subtitle')).toContainText(
    'Arancel adicional de EU a los productos de cada país, %:',
  );
  await expect(page.locator('p.summary')).toContainText(
    /^Aranceles del 25 de noviembre de 2024 al \d+ de [a-z]+ de \d{4}: México: 25% en vigor, 30% amenazado \(suspensión de 90 días\)/,
  );
  await expect(page.locator('p.summary')).toContainText('La tabla de abajo detalla cada cambio.');
  await expect(page.locator('.canvas-wrap')).toHaveAttribute('aria-label', /^Aranceles del /);
  await expect(page.locator('.annotations li').first()).toHaveText(
    'Sombreado: pausa de un mes: México y Canadá, del 4 feb 2025 al 3 mar 2025.',
  );
  await expect(
    page
      .locator('.annotations li')
      .filter({ hasText: /^Línea:/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator('#tariff-steps')).toContainText('productos fuera del T-MEC');
  await expect(page.locator('#tariff-steps')).toContainText(
    'suspensión de 90 días, hasta el 29 oct 2025',
  );
  await expect(page.locator('[data-figure="troops"] .big')).toHaveText('10,000');
  await expect(page.locator('.card[data-country="MX"]')).toContainText(
    'en vigor, productos fuera del T-MEC',
  );
  // Headline cards spell the month out; tables keep the short form (above).
  await expect(page.locator('.card[data-country="MX"] .asof')).toHaveText(
    /^Sin confirmar después del \d+ de [a-z]+ de \d{4}$/,
  );
  await expect(page.locator('#marked-events')).toContainText('10,000 elementos');
  expect(errors).toEqual([]);
});

test('the Spanish tooltip and chart markers', async ({ page }) => {
  await page.goto('/es/');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  await expect(page.getByRole('list', { name: 'Marcadores de la gráfica' })).toBeAttached();
  await page.locator(`a.focus-target[href="/es/events/${TRANSFER}"]`).focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Concesión');
  await expect(tooltip).toContainText('27 feb 2025');
  await expect(tooltip).toContainText('29 personas');
});

test('the English timeline stays English', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('p.summary')).toContainText(/^Tariff rates from 25 Nov 2024 to /);
  await expect(page.locator('.annotations li').first()).toHaveText(
    'Shaded: one-month pause: Mexico and Canada, 4 Feb 2025 to 3 Mar 2025.',
  );
  await expect(page.locator('#marked-events')).toContainText('10,000 troops');
  await expect(page.locator('.subtitle')).toContainText(
    "Additional U.S. tariff on each country's goods",
  );
});

test('the Spanish share panel points at the Spanish embed and image', async ({ page }) => {
  await page.goto('/es/?country=MX');
  await waitForHydration(page);
  const panel = page.locator('details.share');
  await panel.locator('summary').click();
  await expect(panel.locator('[data-share="snippet"]')).toHaveValue(
    /src="http:\/\/[^"]+\/es\/embed\/tariff-timeline\?country=MX"\n {2}title="Gráfica: /,
  );
  const image = panel.locator('[data-share="image"]');
  await expect(image).toHaveAttribute('href', '/charts/es/tariff-timeline.png');
  // Drawn by npm run build into build/charts/ after the pages, and served with them.
  const served = await page.request.get('/charts/es/tariff-timeline.png');
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');
  expect((await served.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('a Spanish event page writes its values in Spanish', async ({ page }) => {
  await page.goto(`/es/events/${TRANSFER}`);
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('29 personas');
  await expect(facts).toContainText('(día exacto; del registro público)');
  await expect(facts).toContainText('puntaje Goldstein');
  await expect(page.locator('.kind-chip').first()).toHaveText('Concesión');
  await expect(page.getByRole('navigation', { name: 'Evento anterior y siguiente' })).toContainText(
    'Anterior',
  );
  await page.goto('/es/events/2024-11-25-trump-pledges-tariffs-on-mexico-canada-china');
  await expect(page.locator('table.data')).toContainText('amenazado');
});

test('/es/events heads its columns in Spanish and sorts kinds by their Spanish names', async ({
  page,
}) => {
  await page.goto('/es/events?sort=kind');
  await expect(page.locator('table.events-table thead')).toHaveText(
    /Fecha.*Evento.*Tipo.*Actor.*Cifra clave/,
  );
  await waitForHydration(page);
  const kinds = await page.locator('table.events-table tbody .kind-chip').allTextContents();
  expect(kinds.filter((kind, i) => kind !== kinds[i - 1])).toEqual([
    'Arancel',
    'Concesión',
    'Declaración',
    'Presión',
    'Resultado',
  ]);
});

test('/es/events counts the rows it shows in the singular and the plural', async ({ page }) => {
  await page.goto('/es/events');
  await waitForHydration(page);
  const count = page.locator('p', { hasText: /^Se muestra/ });
  await expect(count).toHaveText(/^Se muestran (\d+) de \1 eventos\./);
  await page.getByRole('searchbox').pressSequentially('BYD');
  await expect(count).toHaveText(/^Se muestra 1 de \d+ eventos\./);
  await page.getByRole('searchbox').pressSequentially('zzz');
  await expect(count).toHaveText(/^Se muestran 0 de \d+ eventos\./);
});

test('a bad parameter on /es/events gives a Spanish notice', async ({ page }) => {
  await page.goto('/es/events?sort=fecha&kind=tariff');
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: 'Se ignoró' })).toHaveText(
    'Se ignoró sort="fecha": se esperaba uno de date, actor, kind, title, number. Se muestra la vista predeterminada.',
  );
  await page.goto('/events?sort=fecha');
  await waitForHydration(page);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
    'Ignored sort="fecha": expected one of date, actor, kind, title, number.',
  );
});

test('/es/data describes the columns in Spanish', async ({ page }) => {
  await page.goto('/es/data');
  await expect(page.locator('table.data thead')).toContainText('ColumnaTipoSignificado');
  await expect(page.locator('table.data')).toContainText(
    'Identificador estable (slug) del evento.',
  );
  await expect(page.locator('.downloads')).toContainText('una fila por evento');
});

test('the Spanish embed: credit, full-view link and text', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/es/embed/tariff-timeline?country=MX');
  await waitForHydration(page);
  await expect(page.locator('.credit')).toContainText(
    /Fuente: Monitor de Presión Arancelaria, conjunto de datos v\d+\.\d+\.\d+, a partir de 5 notas periodísticas/,
  );
  await expect(page.getByRole('link', { name: /Vista completa/ })).toHaveAttribute(
    'href',
    '/es/?country=MX',
  );
  await expect(page.locator('p.note')).toContainText('T-MEC');
  await expect(page).toHaveTitle(/\(Monitor de Presión Arancelaria\)$/);
  expect(errors).toEqual([]);
});

test('/embed/<chart>?lang=es opens the Spanish embed with the other parameters', async ({
  page,
}) => {
  await page.goto('/embed/tariff-timeline?lang=es&country=MX&theme=dark');
  await expect(page).toHaveURL(/\/es\/embed\/tariff-timeline\?country=MX&theme=dark$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.key li')).toHaveText(['México']);
  await page.goto('/es/embed/pressure-index?lang=en');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/embed\/pressure-index$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown lang keeps English and says so', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/embed/tariff-timeline?lang=xx&country=MX');
  await waitForHydration(page);
  await page.locator('.chart-box[data-rendered="true"]').waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: 'Ignored lang=' })).toContainText(
    'Ignored lang="xx": expected one of en, es.',
  );
  await expect(page.locator('.key li')).toHaveText(['Mexico']);
  expect(errors).toEqual([]);
});

test('/es/embed previews and snippets are Spanish', async ({ page }) => {
  await page.goto('/es/embed');
  await waitForHydration(page);
  await expect(page.locator('h1')).toHaveText('Insertar una gráfica');
  await expect(page.locator('pre.snippet').first()).toContainText('/es/embed/tariff-timeline"');
  await expect(page.locator('pre.snippet').first()).toContainText(
    'title="Gráfica: aranceles de EU',
  );
  // Each preview frame loads when it comes near the screen.
  await page.locator('iframe').first().scrollIntoViewIfNeeded();
  await expect(page.locator('iframe').first()).toHaveAttribute('src', '/es/embed/tariff-timeline');
});

test('the Spanish 404 page', async ({ page }) => {
  await page.goto('/es/no-such-page');
  await expect(page.locator('h1')).toHaveText('Página no encontrada');
  await expect(page.getByRole('link', { name: 'Ir a la cronología' })).toHaveAttribute(
    'href',
    '/es/',
  );
  await page.goto('/no-such-page');
  await expect(page.locator('h1')).toHaveText('Page not found');
});
