import { describe, expect, it } from 'vitest';
import { fieldText, readDateField } from './field';

const extent = { start: '2024-11-25', end: '2026-01-21' };
const read = (text: string, lang = 'en', current = '2025-12-31') =>
  readDateField(text, { lang, current, extent });

describe('readDateField', () => {
  it('reads a whole date in the page language’s order', () => {
    expect(read('03/01/2025')).toEqual({ kind: 'day', day: '2025-03-01' });
    expect(read('03/01/2025', 'es')).toEqual({ kind: 'day', day: '2025-01-03' });
    expect(read('3/1/2025')).toEqual({ kind: 'day', day: '2025-03-01' });
    expect(read(' 3-1-2025 ')).toEqual({ kind: 'day', day: '2025-03-01' });
    expect(read('2025-03-01', 'es')).toEqual({ kind: 'day', day: '2025-03-01' });
  });

  it('completes a date typed without its year with the year the field showed', () => {
    expect(read('03/31')).toEqual({ kind: 'day', day: '2025-03-31' });
    expect(read('31/03', 'es')).toEqual({ kind: 'day', day: '2025-03-31' });
    expect(read('01/10', 'en', '2026-01-21')).toEqual({ kind: 'day', day: '2026-01-10' });
  });

  it('takes nothing half typed or impossible for a date', () => {
    for (const text of ['03', '03/0', '03/01/2', '03/01/25', '02/30/2025', '13/01/2025', 'March']) {
      expect(read(text), text).toEqual({ kind: 'invalid' });
    }
  });

  it('says when a real date falls outside the data, without moving it', () => {
    expect(read('11/24/2024')).toEqual({ kind: 'outside', day: '2024-11-24' });
    expect(read('0025-03-01')).toEqual({ kind: 'outside', day: '0025-03-01' });
    expect(read('01/22/2026')).toEqual({ kind: 'outside', day: '2026-01-22' });
  });

  it('reads an empty field as the data’s own end', () => {
    expect(read('  ')).toEqual({ kind: 'empty' });
  });
});

describe('fieldText', () => {
  it('writes a day as the field shows it', () => {
    expect(fieldText('2025-03-01')).toBe('03/01/2025');
    expect(fieldText('2025-03-01', 'es')).toBe('01/03/2025');
  });
});
