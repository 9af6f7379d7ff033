/**
 * `npm run data:check [root]`: validates data/sources.json and data/events.json, printing one line per
 * problem (file, record, field) and exiting non-zero when there is any.
 */
import { readDataset } from '../lib/data/read-dataset';

const result = readDataset(process.argv[2] ?? '.');
if (result.ok) {
  const { events, sources, version } = result.dataset;
  console.log(`dataset ${version}: ${events.length} events, ${sources.length} sources: valid`);
} else {
  for (const problem of result.problems) console.error(problem);
  console.error(`${result.problems.length} problem(s) in the dataset`);
  process.exit(1);
}
