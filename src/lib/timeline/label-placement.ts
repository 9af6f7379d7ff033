/**
 * Places the chart's direct labels so that none overlaps another: each label has a few candidate
 * offsets from its anchor, tried in order, and takes the first whose box is clear of the labels placed
 * before it (labels earlier in the list win), and of the lines where it can be. A label with no clear
 * candidate keeps its first, so no label is ever dropped.
 */

export interface Offset {
  dx: number;
  dy: number;
}

export interface LabelToPlace {
  /** The anchor, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the box sits from its anchor: 'end' puts its right edge there, 'start' its left edge. */
  align: 'start' | 'end';
  /** Offsets of the box's vertical centre and anchored edge from the anchor, in order of preference. */
  candidates: readonly Offset[];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Room kept clear around each label. */
const GAP = 2;

export function labelBox(label: LabelToPlace, { dx, dy }: Offset): Box {
  const x = label.x + dx;
  const left = label.align === 'end' ? x - label.width : x;
  const top = label.y + dy - label.height / 2;
  return { left, top, right: left + label.width, bottom: top + label.height };
}

export const boxesOverlap = (a: Box, b: Box) =>
  a.left < b.right + GAP &&
  b.left < a.right + GAP &&
  a.top < b.bottom + GAP &&
  b.top < a.bottom + GAP;

const inside = (box: Box, bounds: Box) =>
  box.left >= bounds.left &&
  box.right <= bounds.right &&
  box.top >= bounds.top &&
  box.bottom <= bounds.bottom;

/**
 * The offset chosen for each label, in the order given: inside `bounds` and clear of the labels
 * placed before it and of `fixed` (labels placed elsewhere); clear of `soft` too (lines, as boxes of
 * no height) where some candidate allows.
 */
export function placeLabels(
  labels: readonly LabelToPlace[],
  {
    fixed = [],
    soft = [],
    bounds,
  }: { fixed?: readonly Box[]; soft?: readonly Box[]; bounds?: Box } = {},
): Offset[] {
  const placed: Box[] = [...fixed];
  return labels.map((label) => {
    const fallback = label.candidates[0] ?? { dx: 0, dy: 0 };
    const fits = (offset: Offset, avoid: readonly Box[]) => {
      const box = labelBox(label, offset);
      return (
        (!bounds || inside(box, bounds)) &&
        placed.every((other) => !boxesOverlap(box, other)) &&
        avoid.every((other) => !boxesOverlap(box, other))
      );
    };
    const clear =
      label.candidates.find((offset) => fits(offset, soft)) ??
      label.candidates.find((offset) => fits(offset, []));
    const chosen = clear ?? fallback;
    placed.push(labelBox(label, chosen));
    return chosen;
  });
}
