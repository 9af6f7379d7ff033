/**
 * Validation of the two dataset files with one line per problem, naming the file, the record and the
 * field: `data/events.json: event "x": date: "2025-02-30" is not a calendar date`.
 */
import type { core } from 'zod';
import { dateSpan } from '../dates/dates';
import { DatasetSchema, type Dataset } from './schema';

export const DATASET_FILES = { sources: 'data/sources.json', events: 'data/events.json' } as const;

export type ValidationResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: string[] };

type PathKey = PropertyKey;

/** Messages for zod's own issues, phrased to follow the offending value. */
function describeIssue(issue: core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? 'is missing' : `must be ${issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return `must have at least ${issue.minimum} item(s)`;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function showValue(value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null)) return '';
  const text = JSON.stringify(value);
  return `${text.length > 60 ? `${text.slice(0, 57)}..."` : text} `;
}

/** `respondsTo[0]`, `tariffs[1].rate`, `actor.country`. */
function fieldName(path: readonly PathKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`,
    )
    .join('');
}

function locate(root: { sources: unknown; events: unknown }, path: readonly PathKey[]) {
  const [file, list, index, ...field] = path;
  const fileName = file === 'sources' ? DATASET_FILES.sources : DATASET_FILES.events;
  const collection = file === 'sources' ? 'source' : 'event';
  if (list !== collection + 's' || typeof index !== 'number') {
    return { where: fileName, field: fieldName(path.slice(1)) };
  }
  const record = valueAt(root, path.slice(0, 3)) as { id?: unknown } | undefined;
  const label =
    typeof record?.id === 'string' && record.id
      ? `${collection} "${record.id}"`
      : `${collection} #${index + 1}`;
  return { where: `${fileName}: ${label}`, field: fieldName(field) };
}

/** Events by first possible day ("2025-02" counts as 1 Feb); ties keep file order. Each day is worked
 * out once, not per comparison; `YYYY-MM-DD` strings sort as plain text. */
function chronological<T extends { date: string }>(events: readonly T[]): T[] {
  const days = events.map((event) => dateSpan(event.date).start);
  return events
    .map((_, index) => index)
    .sort((a, b) => (days[a]! < days[b]! ? -1 : days[a]! > days[b]! ? 1 : a - b))
    .map((index) => events[index]!);
}

/** Validates the parsed contents of `data/sources.json` and `data/events.json`. */
export function validateDataset(raw: { sources: unknown; events: unknown }): ValidationResult {
  const result = DatasetSchema.safeParse(raw, { error: describeIssue });
  if (result.success) {
    const { sources, events } = result.data;
    return {
      ok: true,
      dataset: {
        version: events.version,
        sources: sources.sources,
        events: chronological(events.events),
      },
      problems: [],
    };
  }
  const problems = result.error.issues.map((issue) => {
    const { where, field } = locate(raw, issue.path);
    const value = showValue(valueAt(raw, issue.path));
    return field
      ? `${where}: ${field}: ${value}${issue.message}`
      : `${where}: ${value}${issue.message}`;
  });
  return { ok: false, problems: [...new Set(problems)] };
}

/** Parses a file's text as JSON, naming the file when it is not JSON. */
export function parseJsonFile(
  fileName: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: `${fileName}: is not valid JSON: ${(error as Error).message}` };
  }
}
