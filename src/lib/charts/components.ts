/** The Chart.js pieces our charts use: registered in the browser (./chartjs.ts) and in Node
 * (./node-render.ts), so both draw the same charts and nothing else is bundled. */
import {
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
} from 'chart.js';
import { bandsAndLinesPlugin } from './bands-and-lines-plugin';

export const CHART_COMPONENTS = [
  LineController,
  ScatterController,
  LineElement,
  PointElement,
  LinearScale,
  Filler,
  bandsAndLinesPlugin,
];
