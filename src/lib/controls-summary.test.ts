import { describe, expect, it } from 'vitest';
import { checkedLabels, controlsSummary, selectionPart } from './controls-summary';

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
