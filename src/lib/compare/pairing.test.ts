import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../data/schema';
import { daySpanned, formatLag, isApproximate, lagMax, lagMin } from './lag';
import {
  answeredThreats,
  firstResponse,
  pairsPerThreat,
  type PairBasis,
  type ResponseLike,
  type ThreatLike,
} from './pairing';

interface EventSpec {
  id: string;
  date: string;
  precision: DatePrecision;
  respondsTo?: string[];
}

const threat = (id: string, date: string, precision: DatePrecision = 'day'): EventSpec => ({
  id,
  date,
  precision,
});
const response = (
  id: string,
  date: string,
  respondsTo: string[] = [],
  precision: DatePrecision = 'day',
): EventSpec => ({ id, date, precision, respondsTo });

/** Pairs of the specs, made as the comparison makes them: days worked out, `respondsTo` resolved. */
function pairUp(
  threats: EventSpec[],
  responses: EventSpec[],
  windowDays = 30,
  bases?: PairBasis[],
) {
  const threatLikes = threats.map((t, threatIndex): ThreatLike => ({
    id: t.id,
    threatIndex,
    ...daySpanned(t.date, t.precision),
  }));
  const threatIndexById = new Map(threatLikes.map((t) => [t.id, t.threatIndex]));
  const responseLikes = responses.map((r): ResponseLike => {
    const answers = answeredThreats(r.respondsTo, threatIndexById);
    return { id: r.id, ...daySpanned(r.date, r.precision), answers, responseNote: 'tied' };
  });
  return pairsPerThreat(threatLikes, responseLikes, windowDays, bases).flat();
}

const summary = (threats: EventSpec[], responses: EventSpec[], windowDays = 30) =>
  pairUp(threats, responses, windowDays).map((p) => [
    p.threatId,
    p.responseId,
    p.basis,
    formatLag(p, 'en'),
  ]);

describe('pairing threats with responses', () => {
  it.each<[string, EventSpec[], EventSpec[], (string | number)[][]]>([
    ['a threat with no response', [threat('t', '2025-07-12')], [response('r', '2025-09-30')], []],
    [
      'two responses to one threat',
      [threat('t', '2025-02-01')],
      [response('r1', '2025-02-03', ['t']), response('r2', '2025-02-13')],
      [
        ['t', 'r1', 'stated', '2 days'],
        ['t', 'r2', 'window', '12 days'],
      ],
    ],
    [
      'one response to two threats',
      [threat('t1', '2025-01-20'), threat('t2', '2025-02-01')],
      [response('r', '2025-02-27', ['t1', 't2'])],
      [
        ['t1', 'r', 'stated', '38 days'],
        ['t2', 'r', 'stated', '26 days'],
      ],
    ],
    [
      'a response dated before any threat in the window',
      [threat('t', '2025-02-27')],
      [response('early', '2025-02-20'), response('same-day', '2025-02-27')],
      [['t', 'same-day', 'window', 'same day']],
    ],
    [
      'a month-precision response: a range, not a false exact number',
      [threat('t', '2025-05-10')],
      [response('r', '2025-05', [], 'month')],
      [['t', 'r', 'window', '0–21 days']],
    ],
    [
      'a month-precision threat answered on a known day',
      [threat('t', '2025-05', 'month')],
      [response('r', '2025-06-09', ['t'])],
      [['t', 'r', 'stated', '9–39 days']],
    ],
    [
      'an approximate date is marked as such',
      [threat('t', '2025-08-08', 'approximate')],
      [response('r', '2025-08-08', ['t'])],
      [['t', 'r', 'stated', 'c. same day']],
    ],
    ['a response after the window', [threat('t', '2025-01-01')], [response('r', '2025-02-01')], []],
  ])('%s', (_case, threats, responses, expected) => {
    expect(summary(threats, responses)).toEqual(expected);
  });

  it('keeps a stated pair beyond the window, and widens the window on request', () => {
    const threats = [threat('t', '2025-01-01')];
    const responses = [response('late', '2025-03-01', ['t']), response('r', '2025-02-20')];
    expect(summary(threats, responses)).toEqual([['t', 'late', 'stated', '59 days']]);
    expect(summary(threats, responses, 60).map((p) => p[1])).toEqual(['late', 'r']);
  });

  it('can leave out a tier', () => {
    const pairs = pairUp(
      [threat('t', '2025-02-01')],
      [response('r1', '2025-02-03', ['t']), response('r2', '2025-02-05')],
      30,
      ['stated'],
    );
    expect(pairs.map((p) => p.responseId)).toEqual(['r1']);
  });

  it('picks the earliest response first, a stated one on a tie', () => {
    const pairs = pairUp(
      [threat('t', '2025-02-01')],
      [
        response('w', '2025-02-03'),
        response('s', '2025-02-03', ['t']),
        response('later', '2025-02-10', ['t']),
      ],
    );
    expect(firstResponse(pairs)!.responseId).toBe('s');
  });

  it('computes lags across month ends', () => {
    const [from, to] = [daySpanned('2025-01-31', 'day'), daySpanned('2025-03-01', 'day')];
    expect([lagMin(from, to), lagMax(from, to), isApproximate(from, to)]).toEqual([29, 29, false]);
  });
});

describe('pairing many threats and responses', () => {
  // Every pair checked one by one: what the indexed search must find, in the same order.
  const everyPair = (threats: EventSpec[], responses: EventSpec[], windowDays: number) => {
    const spans = new Map(
      [...threats, ...responses].map((e) => [e, daySpanned(e.date, e.precision)] as const),
    );
    return threats.flatMap((t) =>
      responses.flatMap((r) => {
        const [from, to] = [spans.get(t)!, spans.get(r)!];
        const lag = { min: lagMin(from, to), max: lagMax(from, to) };
        if (r.respondsTo?.includes(t.id)) return [[t.id, r.id, 'stated']];
        return lag.max >= 0 && lag.min <= windowDays ? [[t.id, r.id, 'window']] : [];
      }),
    );
  };

  it('finds exactly the pairs that checking every pair finds, month dates and window edges included', () => {
    // Dates spread over 2024–2026 in a fixed scatter, one in five known only to the month.
    const dateAt = (n: number) => {
      const month = String(((n * 7) % 12) + 1).padStart(2, '0');
      const year = 2024 + (n % 3);
      return n % 5
        ? `${year}-${month}-${String(((n * 11) % 28) + 1).padStart(2, '0')}`
        : `${year}-${month}`;
    };
    const threats = Array.from({ length: 40 }, (_, n) =>
      threat(`t${n}`, dateAt(n), n % 5 ? 'day' : 'month'),
    );
    const responses = Array.from({ length: 60 }, (_, n) =>
      response(
        `r${n}`,
        dateAt(n + 17),
        n % 9 ? [] : [`t${(n * 3) % 40}`],
        n % 5 === 3 ? 'month' : 'day',
      ),
    );
    // Scattered, and in date order as the dataset keeps them (pairing walks those in one run).
    const inDateOrder = responses.toSorted((a, b) => a.date.localeCompare(b.date));
    for (const responseList of [responses, inDateOrder]) {
      for (const windowDays of [1, 7, 30, 365]) {
        const found = pairUp(threats, responseList, windowDays).map((p) => [
          p.threatId,
          p.responseId,
          p.basis,
        ]);
        expect(found).toEqual(everyPair(threats, responseList, windowDays));
        expect(found.length).toBeGreaterThan(0);
      }
    }
  });
});
