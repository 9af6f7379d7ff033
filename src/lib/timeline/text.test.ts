import { describe, expect, it } from 'vitest';
import { timelineTitle } from './text';

describe('timelineTitle', () => {
  it('states the finding about Mexico whenever Mexico is drawn (no countries chosen: all)', () => {
    const finding = "Mexico's 25% tariff took effect after one pause; the 30% never did";
    expect(timelineTitle('en')).toBe(finding);
    expect(timelineTitle('en', ['MX', 'CN'])).toBe(finding);
  });

  it('says what the chart shows when the chosen countries leave Mexico out', () => {
    expect(timelineTitle('en', ['CA', 'CN'])).toBe(
      'U.S. tariffs on Canada and China, threatened and in effect',
    );
    expect(timelineTitle('es', ['CN'])).toBe('Aranceles de EU a China: amenazas y tasas en vigor');
  });
});
