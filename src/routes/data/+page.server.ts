import { EVENT_FIELDS } from '$lib/downloads/event-fields';
import { inLang, languageOfPath } from '$lib/i18n';
import { getDataset } from '$lib/server/dataset';
import { formatLongDate } from '$lib/dates/dates';
import { changelogHtml } from '$lib/releases/feed';
import { readReleases } from '$lib/releases/releases';

export function load({ url }) {
  const lang = inLang(languageOfPath(url.pathname));
  const { version, events } = getDataset();
  return {
    version,
    eventCount: events.length,
    // The changelog is written in English only; the Spanish page says so.
    releases: readReleases().map(({ manifest, changelog }) => ({
      version: manifest.version,
      date: formatLongDate(manifest.released, lang.locale),
      title: changelog?.title ?? '',
      html: changelog ? changelogHtml(changelog.body) : '',
    })),
    fields: EVENT_FIELDS.map(({ name, type, description, values }) => ({
      name,
      type,
      description: description({}, lang),
      values: values ?? null,
    })),
  };
}
