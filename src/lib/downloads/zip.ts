/**
 * A zip of named files, for a download that bundles several (a chart's report kit). fflate writes it;
 * pages import this module only when a reader asks for such a file, so none loads fflate up front.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface NamedFile {
  /** The file's name in the zip, e.g. `tariff-timeline.png`. */
  name: string;
  /** Text is written as UTF-8; blobs and bytes as they are. */
  content: Blob | Uint8Array | string;
}

/** Formats that are compressed already: stored as they are, deflating them again gains nothing. */
const COMPRESSED = /\.(png|jpe?g|gif|webp|zip|gz)$/i;

/** A file's content as bytes: text as UTF-8. */
export async function fileBytes(content: NamedFile['content']): Promise<Uint8Array> {
  if (typeof content === 'string') return strToU8(content);
  if (content instanceof Uint8Array) return content;
  return new Uint8Array(await content.arrayBuffer());
}

/** The files as one zip, in their order, each dated `modified`. Names must differ. */
export async function zipFiles(
  files: readonly NamedFile[],
  modified: Date = new Date(),
): Promise<Uint8Array<ArrayBuffer>> {
  const entries: Zippable = {};
  for (const file of files) {
    if (Object.hasOwn(entries, file.name)) throw new Error(`Two files named ${file.name}`);
    entries[file.name] = [
      await fileBytes(file.content),
      { level: COMPRESSED.test(file.name) ? 0 : 9, mtime: modified },
    ];
  }
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}
