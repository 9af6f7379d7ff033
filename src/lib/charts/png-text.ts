/**
 * Text in a PNG file: international text chunks (`iTXt`, PNG specification §11.3.3.4), uncompressed
 * UTF-8 with a language tag, as image viewers and reference managers read them (the keyword
 * `Description` holds the chart's alt text). The same code writes them into the browser's downloads
 * and the images written at build time, and reads them back for the tests.
 */

export interface PngText {
  /** 1–79 Latin-1 characters: `Description`, `Copyright`… */
  keyword: string;
  text: string;
  /** The text's language as a BCP 47 tag (`en`, `es`); empty when unknown. */
  lang?: string;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Signature, then IHDR: length (4), type (4), 13 bytes of data, CRC (4). */
const AFTER_HEADER = 8 + 4 + 4 + 13 + 4;

let crcTable: Uint32Array | undefined;

/** The CRC-32 of the PNG specification (ISO 3309) over `bytes`. */
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
  return (
    SIGNATURE.every((byte, i) => png[i] === byte) &&
    String.fromCharCode(...png.subarray(12, 16)) === 'IHDR'
  );
}

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** One iTXt chunk, with its length and CRC. */
function itxtChunk({ keyword, text, lang = '' }: PngText): Uint8Array {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || /^ | $| {2}/.test(keyword)) {
    throw new Error(`Not a PNG text keyword: "${keyword}"`);
  }
  const utf8 = new TextEncoder();
  // Keyword, NUL, compression flag and method (none), language tag, NUL, translated keyword (none), NUL, text.
  const parts = [latin1(keyword), [0, 0, 0], latin1(lang), [0], [0], utf8.encode(text)];
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const chunk = new Uint8Array(12 + length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, length);
  chunk.set(latin1('iTXt'), 4);
  let offset = 8;
  for (const part of parts) {
    chunk.set(part, offset);
    offset += part.length;
  }
  view.setUint32(offset, crc32(chunk.subarray(4, offset)));
  return chunk;
}

/** The PNG with an iTXt chunk for each entry, right after its header; the image is untouched. */
export function withPngText(png: Uint8Array, entries: readonly PngText[]): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new Error('Not a PNG file');
  const chunks = entries.map(itxtChunk);
  const out = new Uint8Array(png.length + chunks.reduce((sum, c) => sum + c.length, 0));
  out.set(png.subarray(0, AFTER_HEADER));
  let offset = AFTER_HEADER;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  out.set(png.subarray(AFTER_HEADER), offset);
  return out;
}

/**
 * The uncompressed iTXt chunks of a PNG whose CRC is right, in file order. A chunk whose CRC does
 * not match its bytes is left out, so a test of a written chunk also checks its CRC.
 */
export function readPngText(png: Uint8Array): PngText[] {
  if (!isPng(png)) throw new Error('Not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: PngText[] = [];
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crcOk =
      view.getUint32(offset + 8 + length) === crc32(png.subarray(offset + 4, offset + 8 + length));
    offset += 12 + length;
    if (type === 'IEND') break;
    if (type !== 'iTXt' || !crcOk) continue;
    const keywordEnd = data.indexOf(0);
    if (data[keywordEnd + 1] !== 0) continue;
    const langEnd = data.indexOf(0, keywordEnd + 3);
    const translatedEnd = data.indexOf(0, langEnd + 1);
    found.push({
      keyword: String.fromCharCode(...data.subarray(0, keywordEnd)),
      lang: String.fromCharCode(...data.subarray(keywordEnd + 3, langEnd)),
      text: new TextDecoder().decode(data.subarray(translatedEnd + 1)),
    });
  }
  return found;
}

/** The keyword of the alt text in every chart image. */
export const DESCRIPTION_KEYWORD = 'Description';

/** The keyword of the terms of reuse in every chart image. */
export const COPYRIGHT_KEYWORD = 'Copyright';

/** A PNG's `Description`, or null when it has none. */
export const pngDescription = (png: Uint8Array): string | null =>
  readPngText(png).find((entry) => entry.keyword === DESCRIPTION_KEYWORD)?.text ?? null;
