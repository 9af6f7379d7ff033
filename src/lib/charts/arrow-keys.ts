/**
 * Where an arrow key moves focus among a chart's markers, in their order across the chart: to the
 * next or the previous one (left and up go back), to the first (Home) or the last (End); null for
 * any other key, and at either end (where Tab leaves the markers).
 */
export function arrowTarget(key: string, index: number, count: number): number | null {
  let next: number;
  if (key === 'ArrowRight' || key === 'ArrowDown') next = index + 1;
  else if (key === 'ArrowLeft' || key === 'ArrowUp') next = index - 1;
  else if (key === 'Home') next = 0;
  else if (key === 'End') next = count - 1;
  else return null;
  return next >= 0 && next < count && next !== index ? next : null;
}
