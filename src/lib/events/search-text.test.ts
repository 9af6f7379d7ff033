import { describe, expect, it } from 'vitest';
import { foldForSearch } from './search-text';

describe('foldForSearch', () => {
  it('lower-cases and drops accents, ñ included', () => {
    expect(foldForSearch('Cárteles MÉXICO Canadá')).toBe('carteles mexico canada');
    expect(foldForSearch('Señor ÜBER façade')).toBe('senor uber facade');
  });

  it('leaves ASCII text lower-cased and other text without accents as it is', () => {
    expect(foldForSearch('Tariffs on STEEL')).toBe('tariffs on steel');
    expect(foldForSearch('25% — “quoted”')).toBe('25% — “quoted”');
  });

  it('folds composed and decomposed accents alike', () => {
    expect(foldForSearch('me\u0301xico')).toBe(foldForSearch('m\u00e9xico'));
  });
});
