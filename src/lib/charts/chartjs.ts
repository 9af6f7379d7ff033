/**
 * Chart.js, tree-shaken: only the pieces our charts use are registered. Imported dynamically by the
 * chart components, so Chart.js stays off the critical path (the prerendered tables paint first).
 */
import { Chart } from 'chart.js';
import annotationPlugin, { type AnnotationElement } from 'chartjs-plugin-annotation';
import { CHART_COMPONENTS } from './components';

Chart.register(...CHART_COMPONENTS);

export { Chart };

export interface DrawnLabel {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const textOf = (content: unknown) =>
  typeof content === 'string'
    ? content
    : Array.isArray(content) && content.every((line) => typeof line === 'string')
      ? content.join(' ')
      : null;

/**
 * The text labels the annotation plugin lays out on a chart (bands' labels too; a label of several
 * lines as one text), in CSS pixels.
 */
export function drawnLabels(chart: Chart): DrawnLabel[] {
  const shown = (element: AnnotationElement | undefined): element is AnnotationElement => {
    const options = element?.options as { display?: unknown; content?: unknown } | undefined;
    return options?.display === true && textOf(options.content) !== null;
  };
  return annotationPlugin
    .getAnnotations(chart)
    .flatMap((element) => [element.options.type === 'label' ? element : undefined, element.label])
    .filter(shown)
    .map((element) => ({
      text: textOf((element.options as { content: unknown }).content)!,
      left: element.x,
      top: element.y,
      right: element.x2,
      bottom: element.y2,
    }));
}
