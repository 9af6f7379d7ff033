/**
 * Chart.js, tree-shaken: only the pieces our charts use are registered. Imported dynamically by the
 * chart components, so Chart.js stays off the critical path (the prerendered tables paint first).
 */
import { Chart } from 'chart.js';
import { CHART_COMPONENTS } from './components';

Chart.register(...CHART_COMPONENTS);

export { Chart };
