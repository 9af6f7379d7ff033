import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { dataPackage } from './datapackage';

describe('the data package', () => {
  const result = readDataset();
  if (!result.ok) throw new Error('the dataset in data/ does not validate');
  // As published: /data/datapackage.json is this object through JSON.
  const published = JSON.parse(JSON.stringify(dataPackage(result.dataset)));

  it('licenses the data under CC BY 4.0, with the name, address and title Frictionless asks for', () => {
    expect(published.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 International',
      },
    ]);
  });

  it("says that the quotes are short excerpts that stay their publishers' copyright", () => {
    expect(published.description).toContain('at most 25 words');
    expect(published.description).toContain("remains its publisher's copyright");
  });
});
