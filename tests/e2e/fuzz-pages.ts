/**
 * The pages whose URL parameters are fuzzed: for each, a valid non-default value of every parameter
 * it reads, and what shows it rendered.
 */
import { events } from './dataset';

export interface PageSpec {
  path: string;
  /** A valid, non-default value for each parameter the page reads (as the page writes it back). */
  params: Record<string, string>;
  /** Free-text parameters: they accept most payloads. */
  text?: string[];
  dates?: boolean;
  /** What shows the page rendered (its chart, its table). */
  rendered: string[];
  /** Elements whose count must be the default's when every parameter was rejected. */
  rows?: string;
}

const TIMELINE_PARAMS = {
  country: 'MX~CA',
  kind: 'tariff~concession',
  from: '2025-01-01',
  to: '2025-12-31',
};
const COMPARE_PARAMS = {
  country: 'MX~CA',
  window: '7',
  tier: 'stated',
  kind: 'tariff',
  from: '2025-01-01',
  to: '2025-12-31',
  sort: 'lag',
  dir: 'desc',
};

/** The pages with filters: every parameter they read is fuzzed. */
export const FILTER_PAGES: PageSpec[] = [
  {
    path: '/',
    params: TIMELINE_PARAMS,
    dates: true,
    rendered: ['.chart-box[data-rendered="true"] canvas', 'table#tariff-steps tbody tr'],
    rows: '#tariff-steps tbody tr, #marked-events tbody tr, a.focus-target',
  },
  {
    path: '/compare',
    params: COMPARE_PARAMS,
    dates: true,
    rendered: ['.compare-chart svg', 'figure.index svg', 'table.threat-table tbody tr'],
    rows: '.threat-table tbody tr, .compare-chart a.pair, article.country',
  },
  {
    path: '/events',
    params: {
      kind: 'concession~statement',
      actor: 'MX',
      country: 'US~MX',
      from: '2025-01-01',
      to: '2025-12-31',
      q: 'troops',
      sort: 'title',
      dir: 'desc',
    },
    text: ['q'],
    dates: true,
    rendered: ['table.events-table tbody tr'],
  },
];

/** The embeds: the parameters of the page they show, and a theme. */
export const EMBED_PAGES: PageSpec[] = [
  {
    path: '/embed/tariff-timeline',
    params: { ...TIMELINE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['.chart-box[data-rendered="true"] canvas', 'a.full-view'],
    rows: 'a.focus-target, .key li',
  },
  {
    path: '/embed/threats-responses',
    params: { ...COMPARE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['.compare-chart svg', 'a.full-view'],
    rows: '.compare-chart a.pair',
  },
  {
    path: '/embed/pressure-index',
    params: { ...COMPARE_PARAMS, theme: 'dark' },
    dates: true,
    rendered: ['figure.index svg', 'a.full-view'],
    rows: 'figure.index rect',
  },
];

/** Pages that read no parameter: they must ignore whatever they are given. */
export const PAGES_WITHOUT_PARAMETERS: PageSpec[] = [
  { path: `/events/${events[0]!.id}`, params: {}, rendered: ['blockquote'] },
  { path: '/sources', params: {}, rendered: ['section.source'] },
  { path: '/data', params: {}, rendered: ['table.data'] },
  { path: '/embed', params: {}, rendered: ['pre.snippet', 'iframe'] },
];

/**
 * The Spanish pages read the same parameters through the same code; they are fuzzed too, except that
 * their notices are in Spanish, so a case's English notice text is not looked for there.
 */
export const SPANISH_PAGES: PageSpec[] = ['/', '/compare', '/events', '/embed/tariff-timeline'].map(
  (path) => ({
    ...[...FILTER_PAGES, ...EMBED_PAGES].find((spec) => spec.path === path)!,
    path: `/es${path}`,
  }),
);
