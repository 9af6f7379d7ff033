/** What every chart PNG says of itself: its alt text and the terms of reuse, in its language. */
import { rightsStatement } from '../site/licence';
import { COPYRIGHT_KEYWORD, DESCRIPTION_KEYWORD, withPngText } from './png-text';

/** The PNG with the chart's alt text as its `Description` and the terms as its `Copyright`. */
export const withPngMetadata = (png: Uint8Array, description: string, lang: string) =>
  withPngText(png, [
    { keyword: DESCRIPTION_KEYWORD, text: description, lang },
    { keyword: COPYRIGHT_KEYWORD, text: rightsStatement(lang), lang },
  ]);
