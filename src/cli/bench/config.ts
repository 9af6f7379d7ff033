/** Settings shared by the benchmark's sections. */
export const BUILD_DIR = 'build';
/** BENCH_PORT lets two checkouts run the bench at once. */
export const PORT = Number(process.env.BENCH_PORT) || 4410;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The project's targets, to flag misses in the summary. */
export const TARGETS = {
  performance: 97,
  accessibility: 100,
  chartPageJsKb: 160,
  plainPageJsKb: 35,
  cls: 0.02,
  /** Every step a reader's interaction runs, on a synthetic dataset of 10k events. */
  interaction10kMs: 100,
};

/** Progress goes to stderr; the summary to stdout. */
export const log = (...parts: unknown[]) => console.error(...parts);
