import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsJsonSchema } from './json-schema';
import { readDataset } from './read-dataset';

describe('the curated dataset', () => {
  it('passes every validation rule', () => {
    const result = readDataset();
    expect(result.problems).toEqual([]);
  });

  it('has its JSON Schema in step with the zod schema (run npm run data:schema)', () => {
    expect(readFileSync('data/events.schema.json', 'utf8')).toBe(eventsJsonSchema());
  });

  it('reports a missing directory as unreadable files, not a crash', () => {
    const result = readDataset('/nonexistent');
    expect(result.problems).toEqual([
      'data/sources.json: cannot be read: ENOENT',
      'data/events.json: cannot be read: ENOENT',
    ]);
  });
});
