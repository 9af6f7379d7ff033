import { describe, expect, it } from 'vitest';
import { createTapGate } from './tap-gate';

const touch = { pointerType: 'touch' };
const mouse = { pointerType: 'mouse' };

describe('createTapGate', () => {
  it('a first tap on a mark only shows it; a second tap on the same mark follows it', () => {
    const gate = createTapGate();
    gate.press(touch, null);
    expect(gate.follows('a')).toBe(false);
    gate.press(touch, 'a');
    expect(gate.follows('a')).toBe(true);
  });

  it('a tap on another mark than the one shown only shows it', () => {
    const gate = createTapGate();
    gate.press(touch, 'a');
    expect(gate.follows('b')).toBe(false);
  });

  it('a pen taps as a finger does', () => {
    const gate = createTapGate();
    gate.press({ pointerType: 'pen' }, null);
    expect(gate.follows('a')).toBe(false);
  });

  it('a mouse click follows at once, whatever was shown', () => {
    const gate = createTapGate();
    gate.press(mouse, null);
    expect(gate.follows('a')).toBe(true);
  });

  it('an activation with no press (Enter) follows, even right after a tap', () => {
    const gate = createTapGate();
    expect(gate.follows('a')).toBe(true);
    gate.press(touch, null);
    expect(gate.follows('a')).toBe(false);
    expect(gate.follows('a')).toBe(true);
  });
});
