import { describe, expect, it } from 'vitest';
import { readDataset } from '../data/read-dataset';
import { localizeDataset } from './dataset';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const { dataset } = result;
const byId = (events: typeof dataset.events, id: string) => events.find((e) => e.id === id)!;

describe('localizeDataset', () => {
  const spanish = localizeDataset(dataset, 'es');

  it('gives Spanish titles, summaries and institutional actor names, and keeps the quotes', () => {
    const raids = byId(spanish.events, '2024-11-28-mexico-raids-vendors-of-chinese-goods');
    const original = byId(dataset.events, raids.id);
    expect(raids.title).toBe(original.titleEs);
    expect(raids.summary).toBe(original.summaryEs);
    expect(original.actor.name).toBe('Government of Mexico');
    expect(raids.actor).toEqual({ ...original.actor, name: 'Gobierno de México' });
    expect(raids.sources).toEqual(original.sources);
  });

  it("keeps people's names, which have no Spanish form", () => {
    const pledge = byId(spanish.events, '2024-11-25-trump-pledges-tariffs-on-mexico-canada-china');
    expect(pledge.actor.name).toBe('Donald Trump');
  });

  it('leaves the English dataset untouched', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
  });
});
