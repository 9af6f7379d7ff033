import { describe, expect, it } from 'vitest';
import { memoise } from './memoise';

describe('memoise', () => {
  it('computes each key once and returns the same result again', () => {
    const calls: string[] = [];
    const length = memoise((key) => {
      calls.push(key);
      return { length: key.length };
    });
    const first = length('2025-02');
    expect(length('2025-02')).toBe(first);
    expect(calls).toEqual(['2025-02']);
  });

  it('keeps distinct keys apart, null results included', () => {
    const parsed = memoise((key) => (key === 'bad' ? null : key.toUpperCase()));
    expect(parsed('bad')).toBeNull();
    expect(parsed('a')).toBe('A');
    expect(parsed('b')).toBe('B');
    expect(parsed('bad')).toBeNull();
  });

  it('empties itself at the limit and computes again', () => {
    let calls = 0;
    const counted = memoise((key) => `${key}:${++calls}`, 2);
    expect(counted('a')).toBe('a:1');
    expect(counted('b')).toBe('b:2');
    expect(counted('c')).toBe('c:3'); // the cache was full: it starts again from empty
    expect(counted('a')).toBe('a:4');
    expect(counted('c')).toBe('c:3');
  });
});
