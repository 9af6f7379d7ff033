/**
 * The little of d3-scale the SVG charts need, as our own code: importing any of d3-scale puts d3's
 * time formats, colours and interpolators on the page (14.6 KB gzip on /compare and its embeds).
 */

/** The linear map taking `domain` onto `range`, ends onto ends. */
export function linearScale(
  [domainStart, domainEnd]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  const ratio = (rangeEnd - rangeStart) / (domainEnd - domainStart);
  return (value) => rangeStart + (value - domainStart) * ratio;
}

/** The smallest of 1, 2, 5, 10, 20, 50… for which `fits` holds; it must hold for large steps. */
export function roundStep(fits: (step: number) => boolean): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const n of [1, 2, 5]) if (fits(n * magnitude)) return n * magnitude;
  }
}

/** Whole-number ticks from 0 to `max`, at the smallest round step that puts at most `count` above 0. */
export function countTicks(max: number, count: number): number[] {
  const step = roundStep((step) => Math.floor(max / step) <= count);
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}
