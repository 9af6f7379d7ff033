/**
 * `npm run data:release`: snapshots the dataset's current version into data/releases/<version>/
 * (see src/lib/releases/releases.ts). Refuses an invalid dataset, a version without a changelog
 * entry, and a version already released with other contents.
 */
import { readDataset } from '../lib/data/read-dataset';
import { writeRelease } from '../lib/releases/write-release';

const result = readDataset();
if (!result.ok) {
  for (const problem of result.problems) console.error(problem);
  console.error('The dataset is invalid: nothing released');
  process.exit(1);
}
const outcome = writeRelease(result.dataset);
if (!outcome.ok) {
  console.error(outcome.problem);
  process.exit(1);
}
console.log(
  outcome.written
    ? `released ${result.dataset.version} to ${outcome.dir}: commit it`
    : `${result.dataset.version} is already released in ${outcome.dir}, with these contents`,
);
