/** Pure helpers for npm run bench: reading GNU time, paired ratios, the Markdown table and RESULTS.md. */
import { median } from '../../scripts/lib/median.ts';

export interface TimeReport {
  wallSeconds: number;
  cpuSeconds: number;
  /** Largest single process of the tree, from wait4's rusage (kilobytes → bytes). */
  maxRssBytes: number;
}

/** What `/usr/bin/time -f '%e %U %S %M'` wrote last (the command's own output may precede it). */
export function parseTimeOutput(text: string): TimeReport | undefined {
  const line = text.trim().split('\n').at(-1) ?? '';
  const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(line.trim());
  if (!m) return undefined;
  return { wallSeconds: Number(m[1]), cpuSeconds: Number(m[2]) + Number(m[3]), maxRssBytes: Number(m[4]) * 1024 };
}

/** Resident memory of every process whose parent chain reaches `root`, from /proc/<pid>/stat and status texts. */
export function treeRss(root: number, processes: { pid: number; ppid: number; rssBytes: number }[]): number {
  const children = new Map<number, number[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const rss = new Map(processes.map((p) => [p.pid, p.rssBytes]));
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The parent pid in a /proc/<pid>/stat line (the command name may hold spaces and parentheses). */
export function parentOf(stat: string): number {
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** Median of the per-run ratios a[i] / b[i]: runs were interleaved, so each pair shared the machine's load. */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) if (b[i]! > 0 && Number.isFinite(a[i]!) && Number.isFinite(b[i]!)) ratios.push(a[i]! / b[i]!);
  return ratios.length ? median(ratios) : NaN;
}

export const formatBytes = (bytes: number) => (!Number.isFinite(bytes) ? '–' : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);
export const formatSeconds = (s: number) => (!Number.isFinite(s) ? '–' : s >= 10 ? `${s.toFixed(1)} s` : s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1000).toFixed(0)} ms`);
export const formatRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');
export const formatCount = (n: number) => (Number.isFinite(n) ? (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1)) : '–');

export function markdownTable(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const align = headings.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(headings), line(align), ...rows.map(line)].join('\n');
}

/**
 * RESULTS.md keeps one section per handbook size, headed "## <n> levels". A new run replaces the
 * section of its own size and leaves the others; sections stay in order of size.
 */
export function mergeResults(existing: string, size: number, section: string): string {
  const heading = /^## (\d[\d,]*) levels\b/;
  const lines = existing.split('\n');
  const firstSection = lines.findIndex((l) => heading.test(l));
  const preamble = (firstSection < 0 ? lines : lines.slice(0, firstSection)).join('\n').trimEnd();
  const sections = new Map<number, string>();
  if (firstSection >= 0) {
    let current: { size: number; lines: string[] } | undefined;
    for (const l of lines.slice(firstSection)) {
      const m = heading.exec(l);
      if (m) {
        if (current) sections.set(current.size, current.lines.join('\n').trimEnd());
        current = { size: Number(m[1]!.replace(/,/g, '')), lines: [] };
      }
      current!.lines.push(l);
    }
    if (current) sections.set(current.size, current.lines.join('\n').trimEnd());
  }
  sections.set(size, section.trimEnd());
  const ordered = [...sections.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
  return `${[preamble, ...ordered].filter(Boolean).join('\n\n')}\n`;
}
