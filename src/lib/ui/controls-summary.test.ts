import { describe, expect, it } from 'vitest';
import { checkedLabels, controlsSummary, datesPart, selectionPart } from './controls-summary';
import { viewRange } from '../data/extent';

const OPTIONS = ['MX', 'CA', 'CN'] as const;
const NAMES = { MX: 'Mexico', CA: 'Canada', CN: 'China' };

describe('checkedLabels', () => {
  it('names every checked option, all of them included', () => {
    expect(checkedLabels(['MX', 'CA', 'CN'], OPTIONS, NAMES)).toBe('Mexico, Canada, China');
    expect(checkedLabels(['CN', 'MX'], OPTIONS, NAMES)).toBe('Mexico, China');
  });
});

describe('selectionPart', () => {
  it('says nothing when the group narrows nothing: empty (the URL default) or every option checked', () => {
    expect(selectionPart([], OPTIONS, NAMES)).toBeUndefined();
    expect(selectionPart(['CN', 'MX', 'CA'], OPTIONS, NAMES)).toBeUndefined();
  });

  it('names the checked options in the group’s own order, whatever the order they were checked in', () => {
    expect(selectionPart(['CN', 'MX'], OPTIONS, NAMES)).toBe('Mexico, China');
    expect(selectionPart(['CA'], OPTIONS, NAMES)).toBe('Canada');
  });
});

describe('controlsSummary', () => {
  it('keeps the parts that narrow something, in order', () => {
    expect(controlsSummary(['Mexico', undefined, '1 Jan 2025 – 31 Dec 2025'], 'none')).toEqual([
      'Mexico',
      '1 Jan 2025 – 31 Dec 2025',
    ]);
  });

  it('falls back to its word for none when nothing is narrowed', () => {
    expect(controlsSummary([undefined, undefined], 'none')).toEqual(['none']);
    expect(controlsSummary([], 'ninguno')).toEqual(['ninguno']);
  });
});

describe('datesPart', () => {
  const extent = { start: '2024-11-25', end: '2026-01-21' };

  it('writes the chosen range, either end defaulting to the data’s, in the page’s language', () => {
    expect(datesPart(viewRange({ from: '', to: '' }, extent), 'en')).toBe(
      '25 Nov 2024 – 21 Jan 2026',
    );
    expect(datesPart(viewRange({ from: '2025-01-01', to: '' }, extent), 'es')).toBe(
      '1 ene 2025 – 21 ene 2026',
    );
    expect(datesPart(viewRange({ from: '', to: '2025-03-04' }, extent), 'en')).toBe(
      '25 Nov 2024 – 4 Mar 2025',
    );
  });
});
