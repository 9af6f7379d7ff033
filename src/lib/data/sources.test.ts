import { describe, expect, it } from 'vitest';
import { isOwnTitle, quoted, shownTitle, titleLang } from './sources';

describe('quoted', () => {
  it('wraps a quote in double marks', () => {
    expect(quoted('he said so')).toBe('“he said so”');
  });

  it('turns a quotation inside the quote to single marks, not doubling the closing one', () => {
    expect(quoted('asserting, “There’s no justification for sanctions against Mexico.”')).toBe(
      '“asserting, ‘There’s no justification for sanctions against Mexico.’”',
    );
    expect(quoted('“We still have three days,” Sheinbaum remarked')).toBe(
      '“‘We still have three days,’ Sheinbaum remarked”',
    );
  });

  it('reads straight double marks as opening, then closing', () => {
    expect(quoted('highlighting a "secure border" and "trust"')).toBe(
      '“highlighting a ‘secure border’ and ‘trust’”',
    );
  });
});

describe('titleLang', () => {
  it("marks an article's headline as English, and leaves our own bracketed title to the page", () => {
    expect(titleLang('Mexico Rejects US ‘Invasion’ in Cartel Fight')).toBe('en');
    const own = '[Sin titular en el texto] La advertencia de Hegseth';
    expect(isOwnTitle(own)).toBe(true);
    expect(titleLang(own)).toBeUndefined();
  });
});

describe('shownTitle', () => {
  it('drops the placeholder from our own title and flags it as ours', () => {
    expect(shownTitle('[No headline in the text] Hegseth’s warning')).toEqual({
      text: 'Hegseth’s warning',
      ours: true,
    });
    expect(shownTitle('Mexico Rejects US ‘Invasion’ in Cartel Fight')).toEqual({
      text: 'Mexico Rejects US ‘Invasion’ in Cartel Fight',
      ours: false,
    });
  });
});
