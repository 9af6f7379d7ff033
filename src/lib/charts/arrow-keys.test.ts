import { describe, expect, it } from 'vitest';
import { arrowTarget } from './arrow-keys';

describe('arrowTarget', () => {
  it('moves to the neighbour: right and down forward, left and up back', () => {
    expect(arrowTarget('ArrowRight', 2, 5)).toBe(3);
    expect(arrowTarget('ArrowDown', 2, 5)).toBe(3);
    expect(arrowTarget('ArrowLeft', 2, 5)).toBe(1);
    expect(arrowTarget('ArrowUp', 2, 5)).toBe(1);
  });

  it('jumps to the first and the last with Home and End', () => {
    expect(arrowTarget('Home', 3, 5)).toBe(0);
    expect(arrowTarget('End', 1, 5)).toBe(4);
  });

  it('stays put at either end and ignores other keys', () => {
    expect(arrowTarget('ArrowRight', 4, 5)).toBeNull();
    expect(arrowTarget('ArrowLeft', 0, 5)).toBeNull();
    expect(arrowTarget('Home', 0, 5)).toBeNull();
    expect(arrowTarget('Enter', 2, 5)).toBeNull();
    expect(arrowTarget('Tab', 2, 5)).toBeNull();
  });
});
