/**
 * The text around a chart image: the title, subtitle, key row, source and note lines, wrapped to the
 * image's width and drawn in the image's type sizes (./chart-image.ts draws the chart between them).
 */
import type { Chart as ChartType } from 'chart.js';
import { CHART_CHROME } from '../charts/theme';
import { wrapText } from '../charts/text-wrap';

export type Context2D = CanvasRenderingContext2D;

export interface ImageEnvironment {
  /** Chart.js with the controllers, scales and plugins the charts use registered. */
  Chart: typeof ChartType;
  /** A CSS font-family value for every label. */
  fontFamily: string;
  createCanvas(width: number, height: number): { getContext(type: '2d'): unknown };
}

/** A mark in the key row under the subtitle. */
export type KeyMark =
  | { mark: 'solid-line' | 'dashed-line' | 'band' | 'dot' | 'ring'; label: string }
  | { mark: 'none'; label: string };

export interface ImageFrame {
  /** Layout size in CSS pixels; the PNG is `width × pixelRatio` by `height × pixelRatio`. */
  width: number;
  height: number;
  pixelRatio: number;
  title: string;
  subtitle: string;
  key?: KeyMark[];
  /** Source line, then any note lines; each wraps to the image width. */
  footer: string[];
}

/** Type sizes of the image, in CSS pixels: larger than on screen, so the image survives print. */
export const TYPE = {
  title: 28,
  subtitle: 17,
  key: 15,
  footer: 14,
  /** Chart labels are scaled by this from their on-screen sizes (12 px ticks become 16 px). */
  chartScale: 4 / 3,
  chartBase: 16,
} as const;
export const MARGIN = 28;
/** Width of every y axis in the image (the config's on-screen width is too narrow for its type). */
export const IMAGE_AXIS_WIDTH = 124;
const LINE_GAP = 1.3;

export const chrome = CHART_CHROME.light;

export function font(family: string, size: number, bold = false) {
  return `${bold ? 'bold ' : ''}${size}px ${family}`;
}

interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
  color: string;
}

const blockHeight = (block: TextBlock) => block.lines.length * block.size * LINE_GAP;

const KEY_MARK_WIDTH = 30;
const KEY_GAP = 22;

/** Lays out the header and footer text for a frame; returns the blocks and their heights. */
export function layoutFrame(frame: ImageFrame, env: ImageEnvironment) {
  const measure = env.createCanvas(10, 10).getContext('2d') as Context2D;
  const family = env.fontFamily;
  const maxWidth = frame.width - 2 * MARGIN;
  const block = (text: string, size: number, color: string, bold = false): TextBlock => {
    measure.font = font(family, size, bold);
    return { lines: wrapText(measure, text, maxWidth), size, bold, color };
  };
  const header = [
    block(frame.title, TYPE.title, chrome.text, true),
    block(frame.subtitle, TYPE.subtitle, chrome.muted),
  ];
  // Key marks on one or more rows.
  measure.font = font(family, TYPE.key);
  const keyRows: { mark: KeyMark; x: number }[][] = [];
  let row: { mark: KeyMark; x: number }[] = [];
  let x = 0;
  for (const mark of frame.key ?? []) {
    const width =
      (mark.mark === 'none' ? 0 : KEY_MARK_WIDTH + 8) + measure.measureText(mark.label).width;
    if (row.length && x + width > maxWidth) {
      keyRows.push(row);
      row = [];
      x = 0;
    }
    row.push({ mark, x });
    x += width + KEY_GAP;
  }
  if (row.length) keyRows.push(row);
  const footer = frame.footer.map((text, i) =>
    block(text, TYPE.footer, i === 0 ? chrome.text : chrome.muted),
  );
  const keyRowHeight = TYPE.key * 1.6;
  const headerHeight =
    MARGIN +
    header.reduce((sum, b) => sum + blockHeight(b), 0) +
    6 +
    keyRows.length * keyRowHeight +
    14;
  const footerHeight = 16 + footer.reduce((sum, b) => sum + blockHeight(b), 0) + MARGIN - 6;
  return { header, keyRows, keyRowHeight, footer, headerHeight, footerHeight };
}

export function drawBlock(ctx: Context2D, block: TextBlock, top: number, family: string): number {
  ctx.font = font(family, block.size, block.bold);
  ctx.fillStyle = block.color;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  let y = top;
  for (const line of block.lines) {
    y += block.size * LINE_GAP;
    ctx.fillText(line, MARGIN, y - block.size * (LINE_GAP - 1) - block.size * 0.2);
  }
  return y;
}

export function drawKeyMark(ctx: Context2D, mark: KeyMark, x: number, midY: number): number {
  ctx.save();
  ctx.strokeStyle = chrome.text;
  ctx.fillStyle = chrome.text;
  switch (mark.mark) {
    case 'solid-line':
    case 'dashed-line':
      ctx.lineWidth = 4;
      ctx.setLineDash(mark.mark === 'dashed-line' ? [7, 5] : []);
      ctx.beginPath();
      ctx.moveTo(x, midY);
      ctx.lineTo(x + KEY_MARK_WIDTH, midY);
      ctx.stroke();
      break;
    case 'band':
      ctx.fillStyle = chrome.band;
      ctx.fillRect(x, midY - 9, KEY_MARK_WIDTH, 18);
      break;
    case 'dot':
    case 'ring':
      ctx.lineWidth = 2;
      ctx.strokeStyle = chrome.muted;
      ctx.fillStyle = chrome.muted;
      for (const [dx, r] of [
        [6, 3],
        [20, 7],
      ] as const) {
        ctx.beginPath();
        ctx.arc(x + dx, midY, r, 0, Math.PI * 2);
        if (mark.mark === 'dot') ctx.fill();
        else ctx.stroke();
      }
      break;
    case 'none':
      ctx.restore();
      return x;
  }
  ctx.restore();
  return x + KEY_MARK_WIDTH + 8;
}
