import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { releaseFeed } from './feed';
import { readReleases, type Release } from './releases';

const parse = (xml: string) => new Parser().parseString(xml);

const release = (version: string, released: string, title: string): Release => ({
  manifest: { version, released, files: {} as Release['manifest']['files'] },
  changelog: {
    version,
    date: released,
    title,
    body: `### Added\n\n- \`event-${version}\`: a & b.`,
  },
});

describe('the release feed (Atom)', () => {
  it('has one entry per release in data/releases, with its version, summary and data link', async () => {
    const releases = readReleases();
    const feed = await parse(releaseFeed(releases, 'https://tariffs.example.org'));
    expect(feed.items).toHaveLength(releases.length);
    expect(feed.items.find((item) => item.title === 'Dataset version 1.3.0')).toMatchObject({
      title: 'Dataset version 1.3.0',
      link: 'https://tariffs.example.org/data/v1.3.0/datapackage.json',
      summary: 'a second audit, and confirmations of rates in force',
      id: 'urn:tariff-pressure-tracker:dataset:1.3.0',
    });
    expect(feed.items.map((item) => item.title)).toEqual(
      releases.map((release) => `Dataset version ${release.manifest.version}`),
    );
    expect(feed.items[0]!.content).toContain('<h4>Added</h4>');
    expect(feed.feedUrl).toBe('https://tariffs.example.org/data/feed.xml');
  });

  it('lists several releases newest first, escapes their text and names the data licence', async () => {
    const xml = releaseFeed(
      [release('1.1.0', '2026-12-20', 'fixes <and> more'), release('1.0.0', '2026-12-01', 'first')],
      '',
    );
    const feed = await parse(xml);
    expect(feed.items.map((item) => [item.title, item.link, item.summary])).toEqual([
      ['Dataset version 1.1.0', '/data/v1.1.0/datapackage.json', 'fixes <and> more'],
      ['Dataset version 1.0.0', '/data/v1.0.0/datapackage.json', 'first'],
    ]);
    expect(feed.items[0]!.content).toContain('<code>event-1.1.0</code>: a &amp; b.');
    expect(new Date(feed.items[1]!.pubDate ?? feed.items[1]!.isoDate!).toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    // The feed's rights name the data licence and the quotes' status.
    const rights = /<rights>([^<]*)<\/rights>/.exec(xml)?.[1] ?? '';
    expect(rights).toContain('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(rights).toContain("remains its publisher's copyright");
  });
});
