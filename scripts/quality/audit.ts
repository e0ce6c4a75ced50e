/**
 * npm test's dependency step: `npm audit --omit=dev` judged by tests/quality/audit.ts. --audit is
 * passed explicitly because a user .npmrc may set audit=false.
 */
import { spawnSync } from 'node:child_process';
import { interpretAudit } from '../../tests/quality/audit.ts';

const run = spawnSync('npm', ['audit', '--audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) throw run.error;
const verdict = interpretAudit(run.stdout);
const required = process.env['ROLEBOOK_AUDIT_REQUIRED'] === '1';
if (verdict.outcome === 'pass') console.log(verdict.message);
else if (verdict.outcome === 'fail') {
  console.error(verdict.message);
  process.exit(1);
} else {
  console.warn(`⚠ ${verdict.message}`);
  if (required) {
    console.error('ROLEBOOK_AUDIT_REQUIRED=1: an audit that cannot run fails.');
    process.exit(1);
  }
  console.warn('Set ROLEBOOK_AUDIT_REQUIRED=1 where the registry supports audits to make this a failure.');
}
