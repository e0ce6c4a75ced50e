/**
 * The HTML gate: html-validate (rules in .htmlvalidate.json) on every page, and the Nu Html Checker
 * (vnu-jar, the W3C validator) where a Java runtime is installed.
 */
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { listPages } from '../../src/lib/built-pages.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function loadHtmlValidateConfig(): ConfigData {
  return { ...(JSON.parse(readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData), root: true };
}

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
  severity: 'error' | 'warning';
}

export const formatHtmlProblem = (p: HtmlProblem) => `${p.file}:${p.line}: ${p.severity} ${p.rule}: ${p.message}`;

/** html-validate over every page of a build directory, the editor's included (or the given files inside it). */
export async function runHtmlValidate(dir: string, files?: string[]): Promise<{ files: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(loadHtmlValidateConfig());
  const pages = files ?? (await listPages(dir, { editor: true }));
  const problems: HtmlProblem[] = [];
  for (const file of pages) {
    const report = await validator.validateString(await readFile(path.join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages as Message[]) {
        problems.push({ file, line: m.line, rule: m.ruleId, message: m.message, severity: m.severity === 2 ? 'error' : 'warning' });
      }
    }
  }
  return { files: pages.length, problems };
}

/** The java command, or null when no Java runtime is installed (never downloads one). */
function findJava(): string | null {
  const java = process.env['JAVA_HOME'] ? path.join(process.env['JAVA_HOME'], 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 ? java : null;
}

function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
}

export interface VnuResult {
  ran: boolean;
  reason?: string;
  problems: HtmlProblem[];
}

/** The Nu Html Checker over the given HTML files (absolute paths), errors only. One JVM for all. */
/**
 * The checker runs for seconds, not hours: Java's quick compiler alone and its simplest collector
 * do the same work with half the CPU time, which the steps running beside it need.
 */
const vnuJvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export function runVnu(files: string[], root: string): VnuResult {
  const java = findJava();
  if (!java) return { ran: false, reason: 'no Java runtime (install default-jre-headless to run the Nu Html Checker)', problems: [] };
  const jar = vnuJarPath();
  if (!existsSync(jar)) return { ran: false, reason: `vnu.jar not found at ${jar}; run npm ci --prefix tests`, problems: [] };
  const out = spawnSync(java, [...vnuJvm, '-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (out.error) throw out.error;
  // vnu writes its JSON report to stderr.
  const text = out.stderr.trim() || out.stdout.trim();
  let parsed: { messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error(`the Nu Html Checker did not answer in JSON (exit ${out.status}):\n${text.slice(0, 2000)}`);
  }
  const problems = parsed.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? path.relative(root, decodeURIComponent(new URL(m.url).pathname)) : '?',
      line: m.lastLine ?? 0,
      rule: 'vnu',
      message: m.message,
      severity: 'error' as const,
    }));
  return { ran: true, problems };
}
