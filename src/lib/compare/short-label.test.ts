import { describe, expect, it } from 'vitest';
import { charactersIn, shortLabel, textWidth } from './short-label';

describe('short labels', () => {
  it('keeps a title that fits, whole', () => {
    expect(shortLabel('Trump signs tariff orders', 40)).toBe('Trump signs tariff orders');
  });

  it('cuts a long title at a word, with an ellipsis, within the room', () => {
    const title = 'Trump signs tariff orders on Mexico, Canada and China';
    const short = shortLabel(title, 38);
    expect(short).toBe('Trump signs tariff orders on Mexico…');
    expect(short.length).toBeLessThanOrEqual(38);
  });

  it('leaves no trailing comma or dash before the ellipsis', () => {
    expect(shortLabel('Tariffs on Mexico – and Canada', 20)).toBe('Tariffs on Mexico…');
    expect(shortLabel('Trump confirms Mexico, Canada tariffs', 22)).toBe('Trump confirms Mexico…');
  });

  it('cuts mid-word only when a word alone is too long', () => {
    expect(shortLabel('Antidumpingzölle', 8)).toBe('Antidum…');
    expect(shortLabel('Anything', 1)).toBe('…');
  });

  it('estimates widths in proportion to the characters and the font', () => {
    expect(textWidth('abcd', 10)).toBe(2 * textWidth('ab', 10));
    expect(charactersIn(textWidth('x'.repeat(30), 12), 12)).toBe(30);
  });
});
