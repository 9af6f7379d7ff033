import { EVENT_FIELDS } from '$lib/downloads/event-fields';
import { languageOfPath } from '$lib/i18n';
import { EVENT_FIELD_DESCRIPTIONS_ES } from '$lib/i18n/event-fields-es';
import { getDataset } from '$lib/server/dataset';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const { version, events } = getDataset();
  return {
    version,
    eventCount: events.length,
    fields: EVENT_FIELDS.map(({ name, type, description, values }) => ({
      name,
      type,
      description: (lang === 'es' && EVENT_FIELD_DESCRIPTIONS_ES[name]) || description,
      values: values ?? null,
    })),
  };
}
