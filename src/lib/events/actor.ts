import type { EventRecord } from '../data/schema';
import { labelsFor } from '../data/labels';

/** How each country is named inside actors' names ("Departamento de Estado de EU", "U.S. Senate"). */
const NAMED_AS: Record<EventRecord['actor']['country'], RegExp> = {
  US: /\bEU\b|\bU\.S\.|Estados Unidos|United States/,
  MX: /M[eé]xic/,
  CA: /Canad/,
  CN: /Chin/,
};

/**
 * An event's actor, with its country after it unless the name already says it: "Sheinbaum
 * (México)", but "Gobierno de México" and "Departamento de Estado de EU" as they are.
 */
export function actorWithCountry(actor: EventRecord['actor'], lang: string): string {
  if (NAMED_AS[actor.country].test(actor.name)) return actor.name;
  return `${actor.name} (${labelsFor(lang).country[actor.country]})`;
}
