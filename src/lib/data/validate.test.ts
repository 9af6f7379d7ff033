import { describe, expect, it } from 'vitest';
import { validDataset, type RawDataset } from './fixtures/valid-dataset';
import { validateDataset } from './validate';

/** The problems reported for the valid fixture after `breakIt` has changed it. */
function problemsAfter(breakIt: (data: RawDataset) => void): string[] {
  const data = validDataset();
  breakIt(data);
  const result = validateDataset(data);
  return result.problems;
}

const firstEvent = (data: RawDataset) => data.events.events[0] as Record<string, unknown>;
const secondEvent = (data: RawDataset) => data.events.events[1] as Record<string, unknown>;
const firstMeasure = (data: RawDataset) =>
  (firstEvent(data).tariffs as Record<string, unknown>[])[0]!;

describe('validateDataset', () => {
  it('accepts the valid fixture and returns typed records', () => {
    const result = validateDataset(validDataset());
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.events.map((event) => event.id)).toEqual([
      'orders-signed',
      'troops-pledged',
    ]);
  });

  it.each<[string, (data: RawDataset) => void, string]>([
    [
      'duplicate ids',
      (data) => (secondEvent(data).id = 'orders-signed'),
      'data/events.json: event "orders-signed": id: "orders-signed" duplicates the id of event #1',
    ],
    [
      'an impossible date',
      (data) => (firstEvent(data).date = '2025-02-30'),
      'data/events.json: event "orders-signed": date: "2025-02-30" is not a calendar date',
    ],
    [
      'a malformed date',
      (data) => (firstEvent(data).date = '1 Feb 2025'),
      'data/events.json: event "orders-signed": date: "1 Feb 2025" is not a date of the form YYYY-MM-DD or YYYY-MM',
    ],
    [
      'an endDate before the date',
      (data) => (firstEvent(data).endDate = '2025-01-31'),
      'data/events.json: event "orders-signed": endDate: "2025-01-31" is before date 2025-02-01',
    ],
    [
      'an unknown source id',
      (data) => ((firstEvent(data).sources as { source: string }[])[0]!.source = 'blog'),
      'data/events.json: event "orders-signed": sources[0].source: "blog" is not an id in data/sources.json',
    ],
    [
      'respondsTo naming an unknown event',
      (data) => (secondEvent(data).respondsTo = ['no-such-event']),
      'data/events.json: event "troops-pledged": respondsTo[0]: "no-such-event" names no event in the dataset',
    ],
    [
      'respondsTo naming a later event',
      (data) => {
        Object.assign(secondEvent(data), { date: '2025-02-03', precision: 'day' });
        firstEvent(data).respondsTo = ['troops-pledged'];
        firstEvent(data).responseNote = 'Wrong way round.';
      },
      'data/events.json: event "orders-signed": respondsTo[0]: "troops-pledged" names a later event (2025-02-03)',
    ],
    [
      'respondsTo naming the event itself',
      (data) => (secondEvent(data).respondsTo = ['troops-pledged']),
      'data/events.json: event "troops-pledged": respondsTo[0]: "troops-pledged" names the event itself',
    ],
    [
      'a tariff event dated only to the month',
      (data) => Object.assign(firstEvent(data), { date: '2025-02', precision: 'month' }),
      'data/events.json: event "orders-signed": date: "2025-02" is known only to the month: a tariff event needs its day (YYYY-MM-DD)',
    ],
    [
      'a tariff event whose day is only nominal (month precision)',
      (data) => (firstEvent(data).precision = 'month'),
      'data/events.json: event "orders-signed": precision: "month" is known only to the month: a tariff event needs its day (YYYY-MM-DD)',
    ],
    [
      'a tariff measure taking effect in a month, no day given',
      (data) => (firstMeasure(data).effective = '2025-03'),
      'data/events.json: event "orders-signed": tariffs[0].effective: "2025-03" is known only to the month: a tariff measure needs its day (YYYY-MM-DD)',
    ],
    [
      'a suspension that ends before it starts',
      (data) => Object.assign(firstMeasure(data), { status: 'suspended', until: '2025-01-27' }),
      'data/events.json: event "orders-signed": tariffs[0].until: "2025-01-27" is before effective 2025-02-04',
    ],
    [
      'a suspension without effective that ends before the event',
      (data) => {
        Object.assign(firstMeasure(data), { status: 'suspended', until: '2025-01-31' });
        delete firstMeasure(data).effective;
      },
      'data/events.json: event "orders-signed": tariffs[0].until: "2025-01-31" is before the event date 2025-02-01',
    ],
    [
      'a suspended measure without until',
      (data) => (firstMeasure(data).status = 'suspended'),
      'data/events.json: event "orders-signed": tariffs[0].until: is required on a suspended measure: the last day of the suspension',
    ],
    [
      'a rate above 100',
      (data) => ((firstEvent(data).tariffs as { rate: number }[])[0]!.rate = 125),
      'data/events.json: event "orders-signed": tariffs[0].rate: 125 is not a rate between 0 and 100',
    ],
    [
      'a negative rate',
      (data) => ((firstEvent(data).tariffs as { rate: number }[])[0]!.rate = -5),
      'data/events.json: event "orders-signed": tariffs[0].rate: -5 is not a rate between 0 and 100',
    ],
    [
      'a quote over 25 words',
      (data) => {
        const words = Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ');
        (firstEvent(data).sources as { quote: string }[])[0]!.quote = words;
      },
      'is longer than 25 words',
    ],
    [
      'an event without sources',
      (data) => (firstEvent(data).sources = []),
      'data/events.json: event "orders-signed": sources: cites no source: at least one is required',
    ],
    [
      'an unknown kind',
      (data) => (firstEvent(data).kind = 'rumour'),
      'data/events.json: event "orders-signed": kind: "rumour" is not a kind (tariff, pressure, concession, statement, outcome)',
    ],
    [
      'a missing dateNote when the date is not printed in the article',
      (data) => delete secondEvent(data).dateNote,
      'data/events.json: event "troops-pledged": dateNote: is required when dateBasis is "inferred"',
    ],
    [
      'a missing required field',
      (data) => delete firstEvent(data).title,
      'data/events.json: event "orders-signed": title: is missing',
    ],
    [
      'an unknown field',
      (data) => (firstEvent(data).colour = 'red'),
      'data/events.json: event "orders-signed": has unknown field(s): colour',
    ],
    [
      'a Spanish title on an article headline',
      (data) =>
        ((data.sources.sources[0] as Record<string, unknown>).titleEs = 'Aranceles pausados'),
      'data/sources.json: source "wire": titleEs: "Aranceles pausados" is only for a title of our own, in brackets: the article\'s headline stays as it is',
    ],
    [
      'a title of our own without its Spanish version',
      (data) =>
        ((data.sources.sources[0] as Record<string, unknown>).title = '[No headline] Tariffs'),
      'data/sources.json: source "wire": titleEs: is required with a title of our own, in brackets',
    ],
    [
      'a bad source record',
      (data) => ((data.sources.sources[0] as Record<string, unknown>).published = '2025-13-01'),
      'data/sources.json: source "wire": published: "2025-13-01" is not a calendar date',
    ],
  ])('rejects %s, naming file, event and field', (_rule, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    expect(
      problems.some((line) => line.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('accepts a one-day suspension, and a suspension without effective from the event date', () => {
    expect(
      problemsAfter((data) =>
        Object.assign(firstMeasure(data), { status: 'suspended', until: '2025-02-04' }),
      ),
    ).toEqual([]);
    expect(
      problemsAfter((data) => {
        Object.assign(firstMeasure(data), { status: 'suspended', until: '2025-02-01' });
        delete firstMeasure(data).effective;
      }),
    ).toEqual([]);
  });

  it('reports a malformed tariff date once, as malformed', () => {
    expect(problemsAfter((data) => (firstEvent(data).date = '1 Feb 2025'))).toEqual([
      'data/events.json: event "orders-signed": date: "1 Feb 2025" is not a date of the form YYYY-MM-DD or YYYY-MM',
    ]);
    expect(problemsAfter((data) => (firstMeasure(data).until = '4 Mar'))).toEqual([
      'data/events.json: event "orders-signed": tariffs[0].until: "4 Mar" is not a date of the form YYYY-MM-DD',
    ]);
  });

  it('accepts Spanish notes and a Spanish version of a title of our own', () => {
    const problems = problemsAfter((data) => {
      Object.assign(data.sources.sources[0]!, {
        title: '[No headline] Tariffs paused',
        titleEs: '[Sin titular] Aranceles pausados',
        publishedNoteEs: 'Reporta la llamada del 3 de febrero como de "ayer".',
      });
      Object.assign(secondEvent(data), {
        dateNoteEs: '"In February", en una nota de marzo de 2025.',
        responseNoteEs: 'La nota vincula el despliegue con la pausa arancelaria.',
        noteEs: 'Una nota editorial.',
      });
    });
    expect(problems).toEqual([]);
  });

  it('names an event by its position when it has no usable id', () => {
    const problems = problemsAfter((data) => (secondEvent(data).id = 42));
    expect(problems).toContain('data/events.json: event #2: id: 42 must be string');
  });

  it('does not flag a month-precision event answered within its month as later', () => {
    const problems = problemsAfter((data) => {
      secondEvent(data).respondsTo = [];
      firstEvent(data).respondsTo = ['troops-pledged'];
      firstEvent(data).responseNote = 'Same month: the order is not provably earlier.';
    });
    expect(problems).toEqual([]);
  });

  it('reports every problem, one line each', () => {
    const problems = problemsAfter((data) => {
      firstEvent(data).date = '2025-02-30';
      secondEvent(data).kind = 'rumour';
    });
    expect(problems).toHaveLength(2);
  });
});
