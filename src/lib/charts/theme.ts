/** Colours for chart chrome (text, grid, bands) in each theme; data colours come from the palette. */
import type { Theme } from './palette';

export interface ChartChrome {
  text: string;
  muted: string;
  grid: string;
  band: string;
  background: string;
}

export const CHART_CHROME: Record<Theme, ChartChrome> = {
  light: {
    text: '#1a1a1a',
    muted: '#595959',
    grid: '#e6e6e6',
    band: 'rgba(120,120,120,0.14)',
    background: '#ffffff',
  },
  dark: {
    text: '#ececec',
    muted: '#b0b0b0',
    grid: '#33363b',
    band: 'rgba(200,200,200,0.14)',
    background: '#121417',
  },
};

/** The system font stack of the site, for canvas text. */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
