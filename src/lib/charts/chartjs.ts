/**
 * Chart.js, tree-shaken: only the pieces our charts use are registered. Imported dynamically by the
 * chart components, so Chart.js stays off the critical path (the prerendered tables paint first).
 */
import {
  Chart,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  TimeScale,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import 'chartjs-adapter-luxon';

Chart.register(
  LineController,
  ScatterController,
  LineElement,
  PointElement,
  LinearScale,
  TimeScale,
  Filler,
  annotationPlugin,
);

export { Chart };
