import { eventLink } from '$lib/events/detail';
import { inLang, languageOfPath } from '$lib/i18n';
import * as m from '$lib/paraglide/messages.js';
import { getDataset } from '$lib/server/dataset';
import { sourceByline } from '$lib/data/source-byline';

export function load({ url }) {
  const lang = languageOfPath(url.pathname);
  const { sources, events } = getDataset(lang);
  return {
    sources: sources.map((source) => ({
      ...source,
      byline: sourceByline(source, lang),
      rights: source.publisher
        ? m.sources_rights({ publisher: source.publisher }, inLang(lang))
        : m.sources_rights_unknown({}, inLang(lang)),
      events: events
        .filter((event) => event.sources.some((citation) => citation.source === source.id))
        .map((event) => eventLink(event, lang)),
    })),
  };
}
