/**
 * Reads and validates the dataset from disk (used by `npm run data:check` and by the build). Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, parseJsonFile, validateDataset, type ValidationResult } from './validate';

/** Reads `data/sources.json` and `data/events.json` under `root`; every problem comes back as a line. */
export function readDataset(root = '.'): ValidationResult {
  const problems: string[] = [];
  const contents: Record<keyof typeof DATASET_FILES, unknown> = { sources: null, events: null };
  for (const key of ['sources', 'events'] as const) {
    const fileName = DATASET_FILES[key];
    let text: string;
    try {
      text = readFileSync(join(root, fileName), 'utf8');
    } catch (error) {
      problems.push(
        `${fileName}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? error}`,
      );
      continue;
    }
    const parsed = parseJsonFile(fileName, text);
    if (parsed.ok) contents[key] = parsed.value;
    else problems.push(parsed.problem);
  }
  if (problems.length) return { ok: false, problems };
  return validateDataset(contents);
}
