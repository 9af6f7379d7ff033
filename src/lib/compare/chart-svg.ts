/**
 * The comparison chart and the pressure index as standalone SVG documents, with their colours written
 * in (no page CSS), a title and a credit: for the SVG download, the build-time images and printing
 * elsewhere. Drawn from the same layouts as the interactive page.
 */
import { kindColour, kindInk, type Theme } from '../charts/palette';
import { CHART_CHROME, CHART_FONT_FAMILY } from '../charts/theme';
import { escapeXml } from '../charts/svg-text';
import * as m from '../paraglide/messages.js';
import type { CompareChartLayout } from './chart-layout';
import type { IndexLayout } from './index-layout';
import { inLang } from '../i18n';
import { rightsStatement } from '../site/licence';

export interface SvgFrame {
  title: string;
  subtitle: string;
  credit: string;
  /** The language of the words drawn inside the chart. */
  lang: string;
  theme?: Theme;
}

const FOOTER = 30;

/** Greedy word wrap by an estimate of the text's width (about 0.58 em a character, bold 0.62). */
function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const perLine = Math.floor(width / (fontSize * (bold ? 0.62 : 0.58)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

function frame(
  width: number,
  height: number,
  body: string,
  { title, subtitle, credit, lang, theme = 'light' }: SvgFrame,
) {
  const chrome = CHART_CHROME[theme];
  const titleLines = wrap(title, width - 24, 18, true);
  const subtitleLines = wrap(subtitle, width - 24, 12);
  const text = (lines: string[], top: number, size: number, attrs: string) =>
    lines.map(
      (line, i) =>
        `<text x="12" y="${top + i * size * 1.3}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    );
  const subtitleTop = 24 + titleLines.length * 18 * 1.3;
  const header = subtitleTop + subtitleLines.length * 12 * 1.3;
  const total = header + height + FOOTER;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(CHART_FONT_FAMILY)}">`,
    `<metadata>${escapeXml(rightsStatement(lang))}</metadata>`,
    `<rect width="100%" height="100%" fill="${chrome.background}"/>`,
    ...text(titleLines, 24, 18, `font-weight="700" fill="${chrome.text}"`),
    ...text(subtitleLines, subtitleTop, 12, `fill="${chrome.muted}"`),
    `<g transform="translate(0 ${header})">${body}</g>`,
    `<text x="12" y="${total - 10}" font-size="11" fill="${chrome.muted}">${escapeXml(credit)}</text>`,
    '</svg>',
  ].join('\n');
}

export function compareChartSvg(
  layout: CompareChartLayout,
  countryName: string,
  options: SvgFrame,
): string {
  const theme = options.theme ?? 'light';
  const chrome = CHART_CHROME[theme];
  const kind = kindColour(theme);
  const ink = kindInk(theme);
  const words = inLang(options.lang);
  const parts: string[] = [
    `<text x="12" y="14" font-size="12" font-weight="600" fill="${chrome.muted}">${escapeXml(m.compare_axis_threats_above({}, words))}</text>`,
    `<text x="12" y="${layout.height - 4}" font-size="12" font-weight="600" fill="${chrome.muted}">${escapeXml(m.compare_axis_responses_below({ country: countryName }, words))}</text>`,
  ];
  const middle = (layout.threatAxisY + layout.responseAxisY) / 2 + 4;
  for (const tick of layout.ticks) {
    parts.push(
      `<line x1="${tick.x}" x2="${tick.x}" y1="22" y2="${layout.height - 30}" stroke="${chrome.grid}" stroke-width="0.5"/>`,
      `<text x="${tick.x}" y="${middle}" font-size="11" text-anchor="middle" fill="${chrome.muted}">${escapeXml(tick.label)}</text>`,
    );
  }
  for (const y of [layout.threatAxisY, layout.responseAxisY]) {
    parts.push(
      `<line x1="12" x2="${layout.width - 12}" y1="${y}" y2="${y}" stroke="${chrome.muted}"/>`,
    );
  }
  for (const pair of layout.pairs) {
    const dashed = pair.basis === 'window';
    parts.push(
      `<path d="${pair.path}" fill="none" stroke="${chrome.text}" stroke-width="1.2" opacity="${dashed ? 0.3 : 0.55}"${dashed ? ' stroke-dasharray="3 3"' : ''}/>`,
    );
  }
  for (const event of [...layout.threats, ...layout.responses]) {
    // Rimmed with the kind's ink, as on the page (CompareChartSvg.svelte).
    const rim = ink(event.kind);
    parts.push(
      event.imprecise
        ? `<circle cx="${event.x}" cy="${event.y}" r="${layout.radius}" fill="${chrome.background}" stroke="${rim}" stroke-width="2"/>`
        : `<circle cx="${event.x}" cy="${event.y}" r="${layout.radius}" fill="${kind(event.kind)}" stroke="${rim}"/>`,
    );
  }
  return frame(layout.width, layout.height, parts.join('\n'), options);
}

export function pressureIndexSvg(
  layout: IndexLayout,
  countryName: string,
  options: SvgFrame,
): string {
  const theme = options.theme ?? 'light';
  const chrome = CHART_CHROME[theme];
  const kind = kindColour(theme);
  const parts: string[] = [];
  for (const tick of layout.yTicks) {
    parts.push(
      `<line x1="36" x2="${layout.width - 8}" y1="${tick.y}" y2="${tick.y}" stroke="${chrome.grid}" stroke-width="0.5"/>`,
      `<text x="30" y="${tick.y + 4}" font-size="11" text-anchor="end" fill="${chrome.muted}">${tick.label}</text>`,
    );
  }
  for (const tick of layout.ticks) {
    parts.push(
      `<text x="${tick.x}" y="${layout.tickLabelY}" font-size="11" text-anchor="middle" fill="${chrome.muted}">${escapeXml(tick.label)}</text>`,
    );
  }
  for (const bar of layout.bars) {
    if (bar.pressureHeight > 0) {
      parts.push(
        `<rect x="${bar.x}" y="${bar.pressureY}" width="${bar.width}" height="${bar.pressureHeight}" fill="${kind('pressure')}"/>`,
      );
    }
    if (bar.cooperationHeight > 0) {
      parts.push(
        `<rect x="${bar.x}" y="${layout.baseline}" width="${bar.width}" height="${bar.cooperationHeight}" fill="${kind('concession')}"/>`,
      );
    }
  }
  parts.push(
    `<line x1="36" x2="${layout.width - 8}" y1="${layout.baseline}" y2="${layout.baseline}" stroke="${chrome.muted}"/>`,
    `<rect x="40" y="5" width="10" height="10" fill="${kind('pressure')}"/>`,
    `<text x="55" y="14" font-size="12" font-weight="600" fill="${chrome.text}">${escapeXml(m.compare_index_pressure({ country: countryName }, inLang(options.lang)))}</text>`,
    `<rect x="40" y="${layout.cooperationLegendY}" width="10" height="10" fill="${kind('concession')}"/>`,
    `<text x="55" y="${layout.cooperationLegendY + 9}" font-size="12" font-weight="600" fill="${chrome.text}">${escapeXml(m.compare_index_cooperation({ country: countryName }, inLang(options.lang)))}</text>`,
  );
  return frame(layout.width, layout.height, parts.join('\n'), options);
}
