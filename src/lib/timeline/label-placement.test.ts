import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelBox, placeLabels, type LabelToPlace } from './label-placement';

const label = (patch: Partial<LabelToPlace> = {}): LabelToPlace => ({
  x: 100,
  y: 100,
  width: 60,
  height: 12,
  align: 'end',
  candidates: [
    { dx: -10, dy: -10 },
    { dx: -10, dy: 14 },
  ],
  ...patch,
});

describe('placing direct labels', () => {
  it('puts a box before or after its anchor, centred on its offset', () => {
    expect(labelBox(label(), { dx: -10, dy: -10 })).toEqual({
      left: 30,
      right: 90,
      top: 84,
      bottom: 96,
    });
    expect(labelBox(label({ align: 'start' }), { dx: 10, dy: 0 }).left).toBe(110);
  });

  it('keeps the first place when it is clear, and moves a label that would overlap another', () => {
    const first = label();
    const second = label({ y: 104 });
    const offsets = placeLabels([first, second]);
    expect(offsets).toEqual([
      { dx: -10, dy: -10 },
      { dx: -10, dy: 14 },
    ]);
    const [a, b] = [first, second].map((l, i) => labelBox(l, offsets[i]!));
    expect(boxesOverlap(a!, b!)).toBe(false);
  });

  it('avoids fixed labels, stays inside the bounds, and keeps off lines where it can', () => {
    const fixed = [{ left: 0, right: 200, top: 80, bottom: 97 }];
    expect(placeLabels([label()], { fixed })).toEqual([{ dx: -10, dy: 14 }]);
    const bounds = { left: 0, right: 200, top: 90, bottom: 200 };
    expect(placeLabels([label()], { bounds })).toEqual([{ dx: -10, dy: 14 }]);
    const line = { left: 0, right: 200, top: 115, bottom: 115 };
    const three = label({
      candidates: [
        { dx: -10, dy: 14 },
        { dx: -10, dy: 40 },
      ],
    });
    expect(placeLabels([three], { soft: [line] })).toEqual([{ dx: -10, dy: 40 }]);
    // Across a line rather than over another label, when nothing else is clear.
    const crowded = [{ left: 0, right: 200, top: 130, bottom: 150 }];
    expect(placeLabels([three], { soft: [line], fixed: crowded })).toEqual([{ dx: -10, dy: 14 }]);
  });

  it('keeps a label that nowhere fits at its first place rather than dropping it', () => {
    const everywhere = [{ left: 0, right: 200, top: 0, bottom: 200 }];
    expect(placeLabels([label()], { fixed: everywhere })).toEqual([{ dx: -10, dy: -10 }]);
  });
});
