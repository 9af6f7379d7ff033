/** The dataset as the site was built from it, for assertions about what the pages show. */
import { readFileSync } from 'node:fs';

interface EventLike {
  id: string;
  date: string;
  kind: string;
  title: string;
  actor: { country: string };
  target: string[];
  tariffs?: { country: string }[];
}

export const events: EventLike[] = JSON.parse(readFileSync('data/events.json', 'utf8')).events;
export const sources: { id: string; title: string; publisher: string | null }[] = JSON.parse(
  readFileSync('data/sources.json', 'utf8'),
).sources;
