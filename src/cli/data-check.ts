/**
 * `npm run data:check [root]`: validates data/sources.json and data/events.json, and checks that every
 * release in data/releases/ is as it was released and that the current version has one, printing one
 * line per problem (file, record, field) and exiting non-zero when there is any.
 */
import { readDataset } from '../lib/data/read-dataset';
import { checkReleases } from '../lib/releases/releases';

const root = process.argv[2] ?? '.';
const result = readDataset(root);
const problems = result.ok ? checkReleases(result.dataset.version, root) : result.problems;
if (result.ok && problems.length === 0) {
  const { events, sources, version } = result.dataset;
  console.log(`dataset ${version}: ${events.length} events, ${sources.length} sources: valid`);
} else {
  for (const problem of problems) console.error(problem);
  console.error(`${problems.length} problem(s) in the dataset`);
  process.exit(1);
}
