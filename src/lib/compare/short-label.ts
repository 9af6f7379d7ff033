/**
 * Short labels for the chart's rows: a threat's own title (from the dataset, in the page's language),
 * cut at a word with an ellipsis to fit the room a row has. The width of text is estimated, not
 * measured (the layout is DOM-free), with an average character a little wider than most fonts', so a
 * label stays inside its room.
 */

/** Estimated width of one character, as a share of the font size. */
const CHARACTER_WIDTH = 0.58;

/** Estimated width in pixels of `text` set in `fontSize`. */
export const textWidth = (text: string, fontSize: number) =>
  text.length * fontSize * CHARACTER_WIDTH;

/** How many characters fit in `width` pixels at `fontSize`. */
export const charactersIn = (width: number, fontSize: number) =>
  Math.floor(width / (fontSize * CHARACTER_WIDTH));

/**
 * `text` whole if it has at most `max` characters; otherwise cut at the last space that leaves room
 * for the ellipsis (mid-word only when a word alone is too long), with trailing punctuation and any
 * opening quote or bracket dropped.
 */
export function shortLabel(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…';
  const room = text.slice(0, max - 1);
  // The room ends at a word's end when the next character is a space or punctuation.
  const wordEnds = /[\s,;:.)]/u.test(text[max - 1]!);
  const space = room.lastIndexOf(' ');
  const cut = wordEnds || space <= max / 2 ? room : room.slice(0, space);
  return `${cut.replace(/[\s,;:.·–—‘“'"(-]+$/u, '')}…`;
}
