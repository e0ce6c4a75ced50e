/**
 * npm test's dependency step, on both lockfiles: `npm audit --omit=dev --json` for the site's
 * production dependencies (package-lock.json), and `npm audit --prefix tests --json` for the browser
 * tools the tests install apart (tests/package-lock.json, all of them devDependencies, which run on
 * every maintainer's machine and CI), each judged by interpretAudit. High or critical advisories fail; a registry that cannot answer audits (a
 * mirror without the advisory endpoint, as here: it only allows GET and HEAD) is reported as
 * unavailable, not as a pass, and fails only when ROLEBOOK_AUDIT_REQUIRED=1.
 */
import { spawnSync } from 'node:child_process';

export type AuditVerdict = { outcome: 'pass'; message: string } | { outcome: 'fail'; message: string } | { outcome: 'unavailable'; message: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { name?: string; severity?: string; via?: unknown[]; range?: string }>;
  message?: string;
  statusCode?: number;
  uri?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

const blocking = ['high', 'critical'];

export function interpretAudit(stdout: string, what = 'production dependencies'): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { outcome: 'unavailable', message: `npm audit printed no JSON report: ${stdout.trim().slice(0, 300) || '(nothing)'}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts) {
    const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => blocking.includes(v.severity ?? ''));
    const summary = Object.entries(counts)
      .filter(([k, n]) => k !== 'total' && n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    if (serious.length || (counts['high'] ?? 0) + (counts['critical'] ?? 0) > 0) {
      const list = serious.map((v) => `  ${v.severity}: ${v.name}${v.range ? ` ${v.range}` : ''}`).join('\n');
      return { outcome: 'fail', message: `npm audit: ${summary} in ${what}:\n${list}\nRun npm audit fix, or update the package.` };
    }
    return { outcome: 'pass', message: `npm audit: no high or critical advisories in ${what}${summary ? ` (${summary})` : ''}.` };
  }
  const why = [report.statusCode ? `HTTP ${report.statusCode}` : '', report.error?.code ?? '', report.message ?? report.error?.summary ?? ''].filter(Boolean).join(' ');
  return {
    outcome: 'unavailable',
    message: `npm audit could not run on ${what}: the registry did not answer the advisory request (${why || 'no reason given'}). No advisory data: dependencies NOT audited.`,
  };
}

// The unit test imports interpretAudit; only running the file asks the registry.
if (import.meta.main) {
  const audits = [
    { args: ['--omit=dev'], what: 'production dependencies' },
    { args: ['--prefix', 'tests'], what: 'the browser tools (tests/package-lock.json)' },
  ];
  let failed = false;
  for (const { args, what } of audits) {
    // --audit is explicit because a user .npmrc may set audit=false.
    const run = spawnSync('npm', ['audit', '--audit', ...args, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    if (run.error) throw run.error;
    const verdict = interpretAudit(run.stdout, what);
    if (verdict.outcome === 'pass') console.log(verdict.message);
    else if (verdict.outcome === 'fail') {
      console.error(verdict.message);
      failed = true;
    } else {
      console.warn(`⚠ ${verdict.message}`);
      if (process.env['ROLEBOOK_AUDIT_REQUIRED'] === '1') {
        console.error('ROLEBOOK_AUDIT_REQUIRED=1: an audit that cannot run fails.');
        failed = true;
      } else console.warn('Set ROLEBOOK_AUDIT_REQUIRED=1 where the registry supports audits to make this a failure.');
    }
  }
  if (failed) process.exit(1);
}
