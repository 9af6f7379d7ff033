/**
 * The addresses each page is fuzzed with. Payloads are combined into few addresses so the tests stay
 * quick on 2 cores: one address per core payload, in every parameter at once; the other payloads
 * spread over the parameters, one each; one address per parameter with a huge value there and valid
 * values elsewhere (which must still apply); date pairs; unknown and repeated names; everything
 * hostile at once.
 */
import {
  CORE_PAYLOADS,
  DATE_PAIRS,
  HUGE,
  MORE_PAYLOADS,
  SCRIPT_PAYLOADS,
  UNKNOWN_NAMES,
} from './fuzz-payloads';
import type { PageSpec } from './fuzz-pages';

export interface Case {
  name: string;
  query: string;
  /** Parameters that must have been dropped from the address (rejected, so at their default). */
  dropped?: string[];
  /** Parameters that must have survived with exactly this value. */
  kept?: Record<string, string>;
  /** Every parameter was rejected: the page must look exactly like its default. */
  defaults?: boolean;
  /** A notice text that must be shown. */
  notice?: string;
  /** Nothing the page reads was rejected: no notice at all. */
  quiet?: boolean;
}

type Pair = [string, string];
const join = (pairs: Pair[]) => pairs.map(([k, v]) => `${k}=${v}`).join('&');

export function casesFor(spec: PageSpec): Case[] {
  const names = Object.keys(spec.params);
  const strict = names.filter((n) => !spec.text?.includes(n));
  const valid = (n: string): Pair => [n, spec.params[n]!];
  const cases: Case[] = [];
  const all = [...CORE_PAYLOADS, ...MORE_PAYLOADS];

  if (!names.length) {
    // The page reads no parameter: it must ignore whatever it is given.
    const generic = ['country', 'q', 'theme', 'id', 'page', 'sort', 'from', 'to', 'kind', 'window'];
    cases.push({
      name: 'every payload as a value, and repeated parameters',
      query:
        join(all.map((p, j) => [generic[j % generic.length]!, p.raw])) +
        '&country=MX&country=CA&country=%3Cscript%3E',
    });
    cases.push({ name: 'unknown names and a huge value', query: `${UNKNOWN_NAMES}&q=${HUGE}` });
    return cases;
  }

  const rejectedEverywhere = {
    dropped: strict,
    defaults: true,
    notice: `Ignored ${strict[0]}=`,
  };

  // One address per core payload, in every parameter at once.
  for (const payload of CORE_PAYLOADS) {
    cases.push({
      name: `${payload.name} in every parameter`,
      query: join(names.map((n) => [n, payload.raw])),
      ...rejectedEverywhere,
    });
  }

  // The other payloads, one per parameter, rotating over the parameters; each parameter repeated
  // with a second payload behind it (only the first counts).
  for (let i = 0; i < MORE_PAYLOADS.length; i += names.length) {
    const at = (j: number) => MORE_PAYLOADS[(i + j) % MORE_PAYLOADS.length]!;
    cases.push({
      name: `${names.map((n, j) => `${n}: ${at(j).name}`).join(', ')}`,
      query: join(
        names.flatMap((n, j): Pair[] => [
          [n, at(j).raw],
          [n, at(j + 1).raw],
        ]),
      ),
      ...rejectedEverywhere,
    });
  }

  // One address per parameter: a huge hostile value there, valid values everywhere else, which
  // must still apply.
  for (const name of names) {
    cases.push({
      name: `${name} huge, the others valid`,
      query: join(names.map((n) => (n === name ? [n, HUGE] : valid(n)))),
      dropped: [name],
      kept: Object.fromEntries(names.filter((n) => n !== name).map(valid)),
      notice: `Ignored ${name}=`,
    });
  }

  if (spec.dates) {
    for (const [from, to] of DATE_PAIRS) {
      cases.push({
        name: `from=${from}&to=${to}`,
        query: `from=${from}&to=${to}`,
        dropped: ['from', 'to'],
        defaults: true,
        notice: `Ignored from="${decodeURIComponent(from)}"`,
      });
    }
    cases.push({
      name: 'reversed date range',
      query: 'from=2025-12-31&to=2025-01-01',
      dropped: ['from', 'to'],
      defaults: true,
      notice: 'ends before it starts',
    });
  }

  cases.push({
    name: 'unknown parameter names beside valid ones',
    query: `${UNKNOWN_NAMES}&${join(names.map(valid))}`,
    kept: spec.params,
    quiet: true,
  });
  cases.push({
    name: 'every parameter repeated, valid first',
    query: join(names.flatMap((n): Pair[] => [valid(n), [n, SCRIPT_PAYLOADS[0]!.raw]])),
    kept: spec.params,
    quiet: true,
  });
  if (names.includes('country')) {
    // The first value counts (MX is /compare's default, so CA first).
    cases.push({
      name: 'country=CA&country=MX',
      query: `country=CA&country=MX&${strict[1]}=${SCRIPT_PAYLOADS[3]!.raw}`,
      kept: { country: 'CA' },
      dropped: [strict[1]!],
    });
  }
  // Everything hostile at once: a different payload in each parameter, each repeated, a valid value
  // behind it, and the unknown names.
  cases.push({
    name: 'everything hostile at once',
    query:
      join(
        names.flatMap((n, i): Pair[] => [
          [n, all[(i * 5) % all.length]!.raw],
          valid(n),
          [n, HUGE.slice(0, 300)],
        ]),
      ) + `&${UNKNOWN_NAMES}`,
    ...rejectedEverywhere,
  });
  return cases;
}
