/** What a chart hands its "Share & embed" panel. */

/** Width of the print-size PNG download, in pixels. */
export const PRINT_WIDTH = 2400;

export interface CsvFile {
  label: string;
  filename: string;
  /** Made when the reader asks for the file; pages load the code that makes it only then. */
  content: () => string | Promise<string>;
}
