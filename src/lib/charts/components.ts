/** The Chart.js pieces our charts use: registered in the browser (./chartjs.ts) and in Node
 * (./node-render.ts), so both draw the same charts and nothing else is bundled. The time scale reads
 * dates through luxon (chartjs-adapter-luxon, which registers itself on import). */
import 'chartjs-adapter-luxon';
import {
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  TimeScale,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

export const CHART_COMPONENTS = [
  LineController,
  ScatterController,
  LineElement,
  PointElement,
  LinearScale,
  TimeScale,
  Filler,
  annotationPlugin,
];
