/**
 * `npm run audit`: `npm audit --omit=dev`, failing on any high or critical finding. When the registry
 * cannot answer (some mirrors refuse the advisories endpoint with 405), it says so plainly and exits
 * 0: that is a missing measurement to report, not a finding in our dependencies.
 */
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
const verdict = auditVerdict(run.stdout);
(verdict.ok ? console.log : console.error)(verdict.message);
process.exit(verdict.ok ? 0 : 1);
