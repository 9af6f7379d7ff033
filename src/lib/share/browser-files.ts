/**
 * Browser-side files: saving a blob under a name, turning a standalone SVG into a PNG, and writing a
 * chart's alt text into a PNG.
 */
import { withPngMetadata } from '../charts/png-metadata';

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const textBlob = (text: string, type: string) =>
  new Blob([text], { type: `${type};charset=utf-8` });

/** Rasterises a standalone SVG document at `width` pixels wide (height to scale). */
export async function svgToPng(svg: string, width: number): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(textBlob(svg, 'image/svg+xml'));
  try {
    image.src = url;
    await image.decode();
    const scale = width / image.naturalWidth;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** The PNG with the chart's alt text (`description`, in `lang`) and the terms of reuse in iTXt chunks. */
export async function describedPng(png: Blob, description: string, lang: string): Promise<Blob> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  return new Blob([withPngMetadata(bytes, description, lang)], { type: 'image/png' });
}
