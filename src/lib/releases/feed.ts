/**
 * The release feed, /data/feed.xml (Atom): one entry per released version, newest first, its title
 * naming the version, its summary the changelog heading's words, its content the changelog entry,
 * and its link the version's permanent data package.
 */
import { Feed } from 'feed';
import { DateTime } from 'luxon';
import { Marked } from 'marked';
import { DATASET_TITLE } from '../downloads/datapackage';
import * as m from '../paraglide/messages.js';
import { DATA_LICENCE_SHORT, dataLicenceUrl, quotesNotice } from '../site/licence';
import { releaseUrl } from './paths';
import type { Release } from './releases';

/**
 * A release's changelog entry as HTML (the changelog is ours, written in Markdown), its `###`
 * headings one level down: on /data they sit under the version's `<h3>`.
 */
const changelogMarkdown = new Marked({
  walkTokens: (token) => {
    if (token.type === 'heading') token.depth += 1;
  },
});

export const changelogHtml = (markdown: string) =>
  changelogMarkdown.parse(markdown, { async: false });

const utcDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).toJSDate();

/** Atom ids stay the same wherever the site is served. */
const entryId = (version: string) => `urn:tariff-pressure-tracker:dataset:${version}`;

/**
 * The feed library takes absolute addresses only. Without the site's origin the links are written
 * root-relative instead, which Atom resolves against the feed's own address.
 */
const NO_ORIGIN = 'https://no-origin.invalid';

/** The feed of `releases` (newest first); `siteOrigin` '' gives root-relative links. */
export function releaseFeed(releases: Release[], siteOrigin: string): string {
  const origin = siteOrigin || NO_ORIGIN;
  const en = { locale: 'en' } as const;
  const feed = new Feed({
    id: 'urn:tariff-pressure-tracker:dataset',
    title: `${m.site_name({}, en)}: ${DATASET_TITLE}`,
    description: m.feed_description({}, en),
    link: `${origin}/data`,
    feedLinks: { atom: `${origin}/data/feed.xml` },
    language: 'en',
    updated: releases[0] ? utcDay(releases[0].manifest.released) : undefined,
    copyright: `${m.feed_rights({ licence: DATA_LICENCE_SHORT, url: dataLicenceUrl('en') }, en)} ${quotesNotice('en')}`,
    generator: false,
  });
  for (const { manifest, changelog } of releases) {
    feed.addItem({
      id: entryId(manifest.version),
      title: m.feed_entry_title({ version: manifest.version }, en),
      link: releaseUrl(origin, manifest.version, 'datapackage.json'),
      date: utcDay(manifest.released),
      description: changelog?.title ?? '',
      content: changelog ? changelogHtml(changelog.body) : undefined,
    });
  }
  const xml = feed.atom1();
  return siteOrigin ? xml : xml.replaceAll(NO_ORIGIN, '');
}
