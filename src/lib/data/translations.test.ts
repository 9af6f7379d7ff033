import { describe, expect, it } from 'vitest';
import { readDataset } from './read-dataset';
import type { Dataset } from './schema';
import { localizeDataset, localizedTextLang } from './translations';

const result = readDataset();
if (!result.ok) throw new Error(result.problems.join('\n'));
const { dataset } = result;
const byId = <T extends { id: string }>(records: readonly T[], id: string) =>
  records.find((record) => record.id === id)!;

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

  it('gives the Spanish date notes, editorial notes and response notes', () => {
    const byd = byId(spanish.events, '2024-11-28-byd-plant-in-mexico-stalls');
    expect(byd.dateNote).toMatch(/^No hay una fecha única\. El jueves 28 de noviembre de 2024 /);
    expect(byd.note).toMatch(/^La nota 000 presenta la suspensión como una decisión mexicana\./);
    expect(byd.responseNote).toContain(
      '“in response to mounting pressure” (en respuesta a la creciente presión)',
    );
    expect(byd.responseNote).toMatch(/^La nota 000 cuenta la suspensión/);
    expect(byd.sources).toEqual(byId(dataset.events, byd.id).sources);
  });

  it('has a Spanish note wherever there is an English one, and adds none', () => {
    for (const event of dataset.events) {
      const localized = byId(spanish.events, event.id);
      for (const field of ['dateNote', 'note', 'responseNote'] as const) {
        expect(localized[field] === undefined, `${event.id} ${field}`).toBe(!event[field]);
        expect(localized[field], `${event.id} ${field}`).toBe(event[`${field}Es`]);
      }
    }
  });

  it("gives the sources' Spanish notes, and a Spanish title only for our own", () => {
    for (const source of dataset.sources) {
      const localized = byId(spanish.sources, source.id);
      expect(localized.publishedNote).toBe(source.publishedNoteEs);
      expect(localized.publishedNote).not.toBe(source.publishedNote);
    }
    const own = byId(spanish.sources, 'hegseth-warning');
    expect(own.title).toMatch(/^\[Sin titular en el texto\] La advertencia de Hegseth/);
    const headline = byId(spanish.sources, 'aq-sharpening-stance');
    expect(headline.title).toBe('Washington’s Sharpening Stance on Mexico');
  });

  it('falls back to the English note where a Spanish one is missing', () => {
    const event = byId(dataset.events, '2024-11-28-byd-plant-in-mexico-stalls');
    const source = dataset.sources[0]!;
    const partial: Dataset = {
      ...dataset,
      sources: [{ ...source, publishedNoteEs: undefined }],
      events: [{ ...event, dateNoteEs: undefined, noteEs: undefined, responseNoteEs: undefined }],
    };
    const [localizedEvent] = localizeDataset(partial, 'es').events;
    expect(localizedEvent!.dateNote).toBe(event.dateNote);
    expect(localizedEvent!.note).toBe(event.note);
    expect(localizedEvent!.responseNote).toBe(event.responseNote);
    expect(localizedEvent!.title).toBe(event.titleEs);
    expect(localizeDataset(partial, 'es').sources[0]!.publishedNote).toBe(source.publishedNote);
  });

  it('adds no note to an event that has none', () => {
    const plain = byId(spanish.events, '2025-01-20-cartel-terrorist-designation-order');
    expect(plain).not.toHaveProperty('note');
    expect(plain).not.toHaveProperty('responseNote');
  });

  it('leaves the English dataset untouched', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
    const byd = byId(dataset.events, '2024-11-28-byd-plant-in-mexico-stalls');
    expect(byd.dateNote).toMatch(/^No single date exists\./);
    expect(byd.note).toMatch(/^Article 000 presents the halt as a Mexican decision\./);
    expect(byd.responseNote).toMatch(/^Article 000 counts the halt/);
    expect(byId(dataset.sources, 'hegseth-warning').title).toMatch(/^\[No headline in the text\]/);
    expect(byId(dataset.sources, 'hegseth-warning').publishedNote).toMatch(
      /^No dateline, headline or byline\./,
    );
  });
});

describe('localizedTextLang', () => {
  it('marks English only where a Spanish page falls back to it', () => {
    expect(localizedTextLang('La nota 000…', 'es')).toBeUndefined();
    expect(localizedTextLang(undefined, 'es')).toBe('en');
    expect(localizedTextLang(undefined, 'en')).toBeUndefined();
    expect(localizedTextLang('La nota 000…', 'en')).toBeUndefined();
  });
});
