import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip';

describe('zipFiles', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 255]);
  const text = 'año,país\n2025,México\n'.repeat(50);

  it('holds each file under its name, with the same bytes, in order', async () => {
    const zip = await zipFiles([
      { name: 'chart.png', content: new Blob([png], { type: 'image/png' }) },
      { name: 'chart.csv', content: new Blob([text], { type: 'text/csv' }) },
      { name: 'README.txt', content: 'Léame ✓' },
      { name: 'raw.bin', content: png },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['chart.png', 'chart.csv', 'README.txt', 'raw.bin']);
    expect(files['chart.png']).toEqual(png);
    expect(strFromU8(files['chart.csv']!)).toBe(text);
    expect(strFromU8(files['README.txt']!)).toBe('Léame ✓');
    expect(files['raw.bin']).toEqual(png);
  });

  it('stores PNGs and deflates text', async () => {
    const zip = await zipFiles([
      { name: 'a.png', content: png },
      { name: 'b.csv', content: text },
    ]);
    // The local file header's compression method: 0 stored, 8 deflated.
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint16(8, true)).toBe(0);
    expect(zip.length).toBeLessThan(png.length + text.length);
  });

  it('dates each file as asked', async () => {
    const zip = await zipFiles([{ name: 'a.txt', content: 'a' }], new Date(2026, 0, 15, 10, 30));
    const dosDate = new DataView(zip.buffer, zip.byteOffset).getUint16(12, true);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2026, 1, 15]);
  });

  it('refuses two files of the same name', async () => {
    await expect(
      zipFiles([
        { name: 'a.txt', content: 'a' },
        { name: 'a.txt', content: 'b' },
      ]),
    ).rejects.toThrow('Two files named a.txt');
  });
});
