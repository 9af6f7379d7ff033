import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { rightsStatement } from '../site/licence';
import { withPngMetadata } from './png-metadata';
import { pngDescription, readPngText, withPngText } from './png-text';

const png = createCanvas(4, 3).encodeSync('png');

describe('PNG text chunks', () => {
  it('writes the iTXt Description and Copyright, which read back in UTF-8 with their language', () => {
    const text = 'Gráfica de los aranceles de EU a México: 25% en vigor, “30%” amenazado.';
    const out = withPngMetadata(png, text, 'es');
    expect(readPngText(out)).toEqual([
      { keyword: 'Description', text, lang: 'es' },
      { keyword: 'Copyright', text: rightsStatement('es'), lang: 'es' },
    ]);
    expect(rightsStatement('es')).toContain('CC BY 4.0');
    expect(pngDescription(out)).toBe(text);
    // Right after the header, as an iTXt chunk with an uncompressed text.
    expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('iTXt');
  });

  it('leaves the image as it was: it still decodes, at its size', async () => {
    const out = withPngText(png, [
      { keyword: 'Description', text: 'A chart', lang: 'en' },
      { keyword: 'Copyright', text: 'CC BY 4.0' },
    ]);
    const image = await loadImage(Buffer.from(out));
    expect([image.width, image.height]).toEqual([4, 3]);
    expect(readPngText(out).map((entry) => entry.keyword)).toEqual(['Description', 'Copyright']);
  });

  it('reads no text from a PNG without any, or from a chunk whose CRC is wrong', () => {
    expect(pngDescription(png)).toBeNull();
    const out = withPngText(png, [{ keyword: 'Description', text: 'A chart', lang: 'en' }]);
    out[45] = out[45]! ^ 0xff;
    expect(readPngText(out)).toEqual([]);
  });

  it('refuses what is not a PNG, and a keyword the format does not allow', () => {
    expect(() => withPngMetadata(new Uint8Array(40), 'A chart', 'en')).toThrow(/Not a PNG/);
    expect(() => withPngText(png, [{ keyword: ' Title', text: '' }])).toThrow(/keyword/);
    expect(() => withPngText(png, [{ keyword: 'x'.repeat(80), text: '' }])).toThrow();
  });
});
