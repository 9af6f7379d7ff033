import { describe, expect, it } from 'vitest';
import { validDataset, type RawDataset } from './fixtures/valid-dataset';
import { validateDataset } from './validate';

type Raw = Record<string, unknown>;

/**
 * The valid fixture with Mexico's 25% in force from 4 Feb 2025 (event "in-force", confirmed on 20 Feb
 * by a monthly review published in March 2025) and a paused 10% on Canada from 4 Feb to 3 Mar.
 */
function withConfirmations(): RawDataset {
  const data = validDataset();
  (data.sources.sources as Raw[]).push({
    id: 'review',
    file: '001_review.txt',
    title: 'Monthly trade review',
    publisher: null,
    published: '2025-03',
    precision: 'month',
    publishedNote: 'Dated March 2025.',
  });
  (data.events.events as Raw[]).push({
    id: 'in-force',
    title: 'Tariff takes effect; Canada paused',
    summary: 'The 25% tariff on Mexican goods takes effect; the one on Canada is paused.',
    date: '2025-02-04',
    precision: 'day',
    dateBasis: 'article',
    kind: 'tariff',
    actor: { country: 'US', name: 'Donald Trump' },
    target: ['MX', 'CA'],
    tariffs: [
      {
        country: 'MX',
        rate: 25,
        status: 'imposed',
        scope: 'all goods',
        confirmations: [{ date: '2025-02-20', source: 'review', quote: 'Mexico pays 25%' }],
      },
      {
        country: 'CA',
        rate: 10,
        status: 'suspended',
        scope: 'all goods',
        until: '2025-03-03',
        confirmations: [{ date: '2025-02-20', source: 'review', quote: 'Canada got a pause' }],
      },
    ],
    cameo: '163',
    goldstein: -8,
    sources: [{ source: 'wire', quote: 'the tariff took effect' }],
  });
  return data;
}

const inForce = (data: RawDataset) =>
  (data.events.events as Raw[]).find((e) => e.id === 'in-force')!;
const measure = (data: RawDataset, index: number) => (inForce(data).tariffs as Raw[])[index]!;
const confirmation = (data: RawDataset, index: number) =>
  (measure(data, index).confirmations as Raw[])[0]!;

/** A tariff event of one measure, for steps that follow "in-force". */
const step = (id: string, date: string, tariff: Raw): Raw => ({
  ...inForce(withConfirmations()),
  id,
  date,
  target: [tariff.country],
  tariffs: [tariff],
});

function problemsAfter(breakIt: (data: RawDataset) => void): string[] {
  const data = withConfirmations();
  breakIt(data);
  return validateDataset(data).problems;
}

const where = 'data/events.json: event "in-force": tariffs';

describe('tariff measure confirmations', () => {
  it('accept a later source reporting a rate or a suspension in force, and keep them', () => {
    const result = validateDataset(withConfirmations());
    expect(result.problems).toEqual([]);
    const event = result.ok && result.dataset.events.find((e) => e.id === 'in-force');
    expect(event && event.tariffs![0]!.confirmations).toEqual([
      { date: '2025-02-20', source: 'review', quote: 'Mexico pays 25%' },
    ]);
  });

  it.each<[string, (data: RawDataset) => void, string]>([
    [
      'on a threat',
      (data) => {
        const threat = (data.events.events[0]!.tariffs as Raw[])[0]!;
        threat.confirmations = [{ date: '2025-02-02', source: 'wire', quote: 'a threat' }];
      },
      'data/events.json: event "orders-signed": tariffs[0].confirmations: belong only on a rate in force (an imposed or suspended measure), not on a threatened one',
    ],
    [
      'before the measure takes effect',
      (data) => (confirmation(data, 0).date = '2025-02-03'),
      `${where}[0].confirmations[0].date: "2025-02-03" is before the measure takes effect (2025-02-04)`,
    ],
    [
      'after the suspension ends',
      (data) => (confirmation(data, 1).date = '2025-03-04'),
      `${where}[1].confirmations[0].date: "2025-03-04" is after the suspension ends (2025-03-03)`,
    ],
    [
      'citing an unknown source',
      (data) => (confirmation(data, 0).source = 'blog'),
      `${where}[0].confirmations[0].source: "blog" is not an id in data/sources.json`,
    ],
    [
      'after its source was published',
      (data) => (confirmation(data, 0).date = '2025-04-01'),
      `${where}[0].confirmations[0].date: "2025-04-01" is after its source was published (2025-03-31)`,
    ],
    [
      'not a day',
      (data) => (confirmation(data, 0).date = '2025-02'),
      `${where}[0].confirmations[0].date: "2025-02" is known only to the month: a tariff measure needs its day (YYYY-MM-DD)`,
    ],
    [
      'without a quote',
      (data) => delete confirmation(data, 0).quote,
      `${where}[0].confirmations[0].quote: is missing`,
    ],
    [
      'with a field of its own',
      (data) => (confirmation(data, 0).note = 'why'),
      `${where}[0].confirmations[0]: has unknown field(s): note`,
    ],
    [
      'of a rate no longer in effect',
      (data) => {
        confirmation(data, 0).date = '2025-03-10';
        (data.events.events as Raw[]).push(
          step('raised', '2025-03-01', {
            country: 'MX',
            rate: 30,
            status: 'imposed',
            scope: 'all goods',
          }),
        );
      },
      `${where}[0].confirmations[0].date: "2025-03-10" falls on a day when MX's rate in effect is 30%, not this measure's 25%`,
    ],
    [
      'of a suspension already lifted',
      (data) => {
        (data.events.events as Raw[]).push(
          step('lifted', '2025-02-10', {
            country: 'CA',
            rate: 0,
            status: 'lifted',
            scope: 'all goods',
          }),
        );
      },
      `${where}[1].confirmations[0].date: "2025-02-20" falls on a day this suspension is not in force in the CA series`,
    ],
  ])('are refused %s, naming the event and field', (_case, breakIt, problem) => {
    expect(problemsAfter(breakIt)).toEqual([problem]);
  });

  it('may confirm the rate after the last step, as long as it is the one in effect', () => {
    const problems = problemsAfter((data) => {
      confirmation(data, 0).date = '2025-03-31';
    });
    expect(problems).toEqual([]);
  });
});
