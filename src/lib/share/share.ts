/** What a chart hands its "Share & embed" panel. */

/**
 * Width of the print-size PNG download (and the report kit's `-print.png`), in pixels. A fixed width
 * rather than a multiple of the screen size: 2400 px is 8 inches at 300 dpi, a letter or A4 page's
 * full text width at print resolution, whichever chart it is (the timeline's screen PNG is 1200 px
 * wide, the comparison charts' 1000 px), so every chart prints equally sharp across a page.
 */
export const PRINT_WIDTH = 2400;

export interface CsvFile {
  label: string;
  filename: string;
  /** Made when the reader asks for the file; pages load the code that makes it only then. */
  content: () => string | Promise<string>;
}
