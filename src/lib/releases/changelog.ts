/**
 * The entries of data/CHANGELOG.md, one per released version: a `## <version> — <YYYY-MM-DD>: <title>`
 * heading and the Markdown under it up to the next `## ` heading. `## Unreleased` is no version.
 */
import { DateTime } from 'luxon';

export interface ChangelogEntry {
  version: string;
  /** The release day, `YYYY-MM-DD`. */
  date: string;
  /** What the release is about, from its heading: "a second audit, and confirmations …". */
  title: string;
  /** The entry's Markdown, without its heading. */
  body: string;
}

const VERSION_HEADING = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2}): (.+)$/;

/** Every version's entry, in the changelog's order (newest first). */
export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | null = null;
  const lines: string[] = [];
  const close = () => {
    if (current) entries.push({ ...current, body: lines.join('\n').trim() });
    lines.length = 0;
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) {
      close();
      const match = VERSION_HEADING.exec(line);
      current = match ? { version: match[1]!, date: match[2]!, title: match[3]!, body: '' } : null;
      if (match && !DateTime.fromISO(match[2]!).isValid) {
        throw new Error(`data/CHANGELOG.md: "${line}" has no valid date`);
      }
    } else if (current) {
      lines.push(line);
    }
  }
  close();
  return entries;
}
