/**
 * Keyboard-only walks for the page tests: the focused element and whether it can be seen, Tab
 * through a page's targets in order (operating each once), and the skip link into <main>.
 */
import { expect, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

interface Focused {
  /** A short description, for messages. */
  label: string;
  /** Which of the targets' selectors the element matches. */
  matches: string[];
  width: number;
  height: number;
  visible: boolean;
  inMain: boolean;
  isBody: boolean;
}

/** The focused element: what it is, whether it can be seen, and which targets it matches. */
export function focused(page: Page, selectors: string[]): Promise<Focused> {
  return page.evaluate((selectors: string[]) => {
    const el = document.activeElement ?? document.body;
    const box = el.getBoundingClientRect();
    const name =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    const label =
      `<${el.localName}${el.id ? `#${el.id}` : ''}` +
      `${el.getAttribute('name') ? ` name="${el.getAttribute('name')}"` : ''}> ` +
      name.trim().replace(/\s+/g, ' ').slice(0, 30);
    return {
      label,
      matches: selectors.filter((selector) => el.matches(selector)),
      width: box.width,
      height: box.height,
      // An SVG link's box is its geometry's, without the stroke: a vertical line is 0 wide
      // yet drawn, so there one non-zero side is enough.
      visible:
        (el instanceof SVGElement
          ? box.width > 0 || box.height > 0
          : box.width > 0 && box.height > 0) &&
        el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }),
      inMain: !!document.querySelector('main')?.contains(el),
      isBody: el === document.body || el === document.documentElement,
    };
  }, selectors);
}

export interface Target {
  name: string;
  selector: string;
  /** Run once, when the target is first focused; must leave focus on it. */
  operate?: (page: Page) => Promise<void>;
}

/**
 * Presses Tab (up to `max` times) until every target has been focused. Returns the targets in the
 * order they were first reached, and every focused element that could not be seen.
 */
export async function tabThrough(page: Page, targets: Target[], max = 200) {
  const selectors = targets.map((t) => t.selector);
  const reached: string[] = [];
  const invisible: string[] = [];
  const trail: string[] = [];
  // The element focused now counts too (the skip link leaves the focus on main's first control).
  for (let i = 0; i <= max && reached.length < targets.length; i += 1) {
    if (i > 0) await page.keyboard.press('Tab');
    const now = await focused(page, selectors);
    if (i === 0 && now.isBody) continue;
    trail.push(now.label);
    if (!now.isBody && !now.visible) {
      invisible.push(`${now.label} (${now.width}×${now.height})`);
    }
    for (const target of targets) {
      if (reached.includes(target.name) || !now.matches.includes(target.selector)) continue;
      reached.push(target.name);
      if (target.operate) {
        await target.operate(page);
        expect(
          (await focused(page, [target.selector])).matches,
          `${target.name} keeps the focus after being operated`,
        ).toEqual([target.selector]);
      }
    }
  }
  return { reached, invisible, trail };
}

/** From a fresh load: the skip link first, then Enter on it puts the focus into <main>. */
export async function skipToContent(page: Page, path: string) {
  await page.goto(path);
  await waitForHydration(page);
  await page.keyboard.press('Tab');
  const skip = await focused(page, ['a[href="#main"]']);
  expect(
    skip.matches,
    `the first Tab on ${path} lands on the skip link, not ${skip.label}`,
  ).toEqual(['a[href="#main"]']);
  expect(skip.visible, 'the focused skip link is visible').toBe(true);
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Focus moves into the main content (or the next Tab starts there, skipping the site header).
  const after = await focused(page, []);
  if (!after.inMain) {
    await page.keyboard.press('Tab');
    const next = await focused(page, []);
    expect(next.inMain, `after the skip link, Tab lands in <main>, not on ${next.label}`).toBe(
      true,
    );
    expect(next.visible, `${next.label} is visible`).toBe(true);
    return next;
  }
  return after;
}

export function expectWalk(
  walk: { reached: string[]; invisible: string[]; trail: string[] },
  targets: Target[],
) {
  const expected = targets.map((t) => t.name);
  expect(walk.reached, `reached in this order (the focus went: ${walk.trail.join(' → ')})`).toEqual(
    expected,
  );
  expect(walk.invisible, 'focused elements that cannot be seen').toEqual([]);
}

/** The address's query string, for checking what the controls wrote into it. */
export const search = (page: Page) => new URL(page.url()).search;
