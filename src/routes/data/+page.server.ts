import { EVENT_FIELDS } from '$lib/downloads/event-fields';
import { inLang, languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';

export function load({ url }) {
  const lang = inLang(languageOfPath(url.pathname));
  const { version, events } = getDataset();
  return {
    version,
    eventCount: events.length,
    fields: EVENT_FIELDS.map(({ name, type, description, values }) => ({
      name,
      type,
      description: description({}, lang),
      values: values ?? null,
    })),
  };
}
