import { describe, expect, it } from 'vitest';
import { sourceByline } from './source-byline';

describe('sourceByline', () => {
  const quarterly = {
    publisher: 'Americas Quarterly',
    author: 'Brenda Estefan',
    published: '2026-01',
    precision: 'month',
  } as const;

  it('spaces the dots between publisher, author and date', () => {
    expect(sourceByline(quarterly, 'en')).toBe(
      'Americas Quarterly · Brenda Estefan · published in Jan 2026 (month only)',
    );
  });

  it('says "en" a month and "el" a day in Spanish', () => {
    expect(sourceByline(quarterly, 'es')).toBe(
      'Americas Quarterly · Brenda Estefan · publicada en enero de 2026 (solo el mes)',
    );
    const wire = { publisher: null, published: '2025-02-28', precision: 'approximate' } as const;
    expect(sourceByline(wire, 'es')).toBe(
      'Medio no indicado · publicada aprox. 28 de febrero de 2025 (aproximada)',
    );
    expect(sourceByline(wire, 'en')).toBe(
      'Publisher not stated · published c. 28 Feb 2025 (approximate)',
    );
  });
});
