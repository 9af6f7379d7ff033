import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages.js';

const read = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8'));
const keys = (messages: Record<string, string>) =>
  Object.keys(messages).filter((k) => k !== '$schema');

describe('messages', () => {
  const en = read('en');
  const es = read('es');

  it('every English key has a Spanish translation', () => {
    expect(keys(en).filter((key) => !(key in es))).toEqual([]);
  });

  it('has no Spanish key without an English one', () => {
    expect(keys(es).filter((key) => !(key in en))).toEqual([]);
  });

  it('keeps the placeholders of each message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys(en))
      expect([key, placeholders(es[key] ?? '')]).toEqual([key, placeholders(en[key]!)]);
  });

  it('gives every count message both forms, singular (_one) and plural (_other)', () => {
    const forms = keys(en).filter((key) => /_(one|other)$/.test(key));
    for (const key of forms) {
      const stem = key.replace(/_(one|other)$/, '');
      expect(`${stem}_one` in en && `${stem}_other` in en, key).toBe(true);
    }
  });

  it('are compiled by Paraglide into one function per message, in both languages', () => {
    const fns = compiled as unknown as Record<
      string,
      (p?: object, o?: { locale: string }) => string
    >;
    for (const key of keys(en)) {
      expect(typeof fns[key], key).toBe('function');
      if (!en[key]!.includes('{')) {
        expect(fns[key]!({}, { locale: 'en' })).toBe(en[key]);
        expect(fns[key]!({}, { locale: 'es' })).toBe(es[key]);
      }
    }
  });
});
