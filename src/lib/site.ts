export const SITE_NAME = 'Tariff Pressure Tracker';
export const SITE_TAGLINE =
  'U.S. tariff threats against Mexico, Canada and China, and what Mexico did in response';

/** The one-line credit under every chart, embed and image. */
export const creditLine = (version: string, sourceCount: number) =>
  `Source: ${SITE_NAME}, dataset v${version}, from ${sourceCount} news articles`;
