/**
 * The Spanish edition's copy-edit holds on every built Spanish page: a crawl from /es/ (every event
 * page included, embeds through their frames) finds none of the phrases the newsroom editor
 * rejected, in the text a reader sees or hears (aria-label, title, alt, form values) outside the
 * verbatim English quotes (`lang="en"`).
 */
import { expect, test, type Page } from '@playwright/test';
import { events } from './dataset';
import { waitForHydration } from './helpers';

/** Each rejected phrase, with the wording that replaces it. */
const REJECTED: [RegExp, string][] = [
  [/en menos de una semana/, 'en una semana o menos'],
  [/cárteles entregados/, 'presuntos integrantes de cárteles trasladados'],
  [/de amenaza\b/, 'amenazado'],
  [/pesos? (de )?Goldstein|\bpeso (negativo|positivo)|Peso del código/, 'puntaje Goldstein'],
  [/como magnitud/, 'en valor absoluto'],
  [/detrás de esta cifra/, 'Esta cifra se basa en…'],
  [/\d{1,3}(,\d{3}){2,} dólares/, '10 millones de dólares'],
  [/\bbienes\b/, 'productos'],
  [/solo aplican a/, 'solo se aplican a'],
  [/['‘“«]until['’”»]/, '“Hasta”'],
  [/(^|[\s(])c\. \d|\bhacia el \d/, 'aprox.'],
  [/desde el \d+ [a-z]{3} \d{4}/, 'a full date in prose'],
  [/Arancel de EU entonces|de cada momento/, 'Arancel de EU vigente (en cada fecha)'],
  [/impresa en la nota|\bimprime\b/, 'consignada en la nota / dice'],
  [/Se muestran 1 de/, 'Se muestra 1 de'],
  [/Libre de reutilizar|en nuestras palabras|La cifra que importa/, 'the /data wording'],
  [/Señala o toca/, 'Pasa el cursor sobre una línea o tócala'],
  [/Marcadores huecos|\bHueco:/, 'sin relleno'],
  [/\b[Vv]entana\b/, 'Plazo'],
  [/El fiscal general de México/, 'El fiscal general de la República'],
  [/\bEO \d/, 'orden ejecutiva'],
  [/Vigente desde/, 'Desde'],
  [/Recuperado el [^,\n]+, de /, 'Recuperado el … de URL'],
  [/\bTropas\b/, 'Elementos'],
  [/cinco notas/, '5 notas'],
  [/[«»]/, 'curly double quotes'],
  [/(^|[\s(])'[^'\n]+'(?=[\s.,;:)]|$)/, 'curly quotes, not straight ones'],
  [/\bReportan que/, 'a headline that names its outlet'],
  [/(México|de EU|Canadá[^()\n]*\)) \((México|Estados Unidos|Canadá)\)/, 'no country repeated'],
];

/** What a reader of the page gets in Spanish: its text and its labels, quotes in English left out. */
async function spanishText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"], script, style, noscript').forEach((node) => node.remove());
    const labels = [...copy.querySelectorAll('[aria-label], [title], [alt]')].flatMap((node) =>
      ['aria-label', 'title', 'alt'].map((name) => node.getAttribute(name) ?? ''),
    );
    const values = [...document.querySelectorAll('textarea, input')]
      .filter((node) => !node.closest('[lang="en"]'))
      .map((node) => (node as HTMLInputElement).value);
    return [copy.querySelector('body')?.textContent ?? '', ...labels, ...values].join('\n');
  });
}

/** The Spanish pages a page links or frames, without its downloads. */
async function spanishLinks(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], iframe[src]')].map(
      (node) => node.getAttribute('href') ?? node.getAttribute('src') ?? '',
    ),
  );
  return hrefs
    .map((href) => new URL(href, page.url()))
    .filter((url) => url.origin === new URL(page.url()).origin)
    .filter((url) => url.pathname.startsWith('/es/') && !/\.\w+$/.test(url.pathname))
    .map((url) => url.pathname);
}

test('no rejected phrase on any Spanish page', async ({ page }) => {
  test.setTimeout(300_000);
  const toVisit = ['/es/', ...events.map((event) => `/es/events/${event.id}/`)];
  const visited = new Set<string>();
  const found: string[] = [];
  while (toVisit.length) {
    const path = toVisit.shift()!;
    const key = path.replace(/\/?$/, '/');
    if (visited.has(key)) continue;
    visited.add(key);
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await waitForHydration(page);
    const text = await spanishText(page);
    for (const [phrase, instead] of REJECTED) {
      const match = phrase.exec(text);
      if (match) found.push(`${path}: "${match[0].trim()}" (write: ${instead})`);
    }
    toVisit.push(...(await spanishLinks(page)));
  }
  expect(found).toEqual([]);
  // The crawl reached the pages it is meant to read.
  for (const path of ['/es/', '/es/compare/', '/es/events/', '/es/sources/', '/es/data/']) {
    expect([...visited], path).toContain(path);
  }
  expect(
    [...visited].filter((path) => path.startsWith('/es/events/') && path !== '/es/events/'),
  ).toHaveLength(events.length);
});
