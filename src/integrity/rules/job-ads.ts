/**
 * The words and pay of the job ads: masculine-coded words (Gaucher, Friesen and Kay, 2011) and
 * overlong sentences in the files ads are made from, the coded-word balance of every ad, and the
 * site's pay-transparency rules. Deliberate uses are waived in content, never silently: an entry
 * in content/hiring.yaml (adChecks.allow, with a reason) or a `rolebook-allow: reason` comment on
 * the line (YAML `# …`, MDX `{/* … *\/}` on the line or the one above); the health report lists both.
 */
import { adCountries, levelAd, openingAd } from '../../handbook/ads.ts';
import { adText } from '../../lib/ad-copy.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import { hiringFile, payTableFile } from '../../schemas/collections.ts';
import type { AdChecks } from '../../schemas/hiring.ts';
import { balanceOf, feminineIn, masculineIn, neutralAlternatives, type Balance } from '../coded-words.ts';
import { settingsFiles } from '../settings-files.ts';
import { append, largest } from '../../lib/lists.ts';

export interface Waiver {
  file: string;
  line?: number;
  words: string;
  reason: string;
}

interface AdRow {
  level: string;
  file: string;
  masculine: string[];
  feminine: string[];
  balance: Balance;
  longestSentence: number;
}

export interface AdFindings {
  problems: Problem[];
  waivers: Waiver[];
  ads: AdRow[];
}

const marker = /rolebook-allow:\s*([^*#\n}]*)/;
const sentencesOf = (line: string) =>
  line
    .replace(/^\s*(?:-\s+)?(?:[\w-]+:\s*)?/, '')
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length);

/** Allowed stems, as patterns: "lead" allows lead and leads; "competenc*" allows competency and competencies. */
const allowedBy = (checks: AdChecks) => checks.allow.map((a) => ({ ...a, pattern: new RegExp(`^${a.word.replace(/\*$/, '')}${a.word.endsWith('*') ? '' : '(?:s|es|ed|ing)?$'}`, 'i') }));

export function adFindings(content: Checked): AdFindings {
  const findings: AdFindings = { problems: [], waivers: [], ads: [] };
  const hiring = content.hiring;
  if (!hiring) return findings;
  const checks = hiring.adChecks;
  const allowed = allowedBy(checks);
  for (const a of checks.allow) findings.waivers.push({ file: hiringFile, words: a.word, reason: a.reason });

  const lineFindings = [...content.files.map((source) => content.findings.get(source.file)?.adLines), ...(content.hiringSource ? [adLineFindings(content.hiringSource, checks)] : [])];
  for (const lines of lineFindings) {
    append(findings.problems, lines?.problems ?? []);
    append(findings.waivers, lines?.waivers ?? []);
  }

  const h = content.handbook;
  if (!h) return findings;
  // The ads the published site shows: every published level's, and every open opening's.
  const ads = [
    ...h.levels.filter((level) => !level.draft).map((level) => ({ id: level.id, file: level.filePath, ad: levelAd(level, h) })),
    ...h.openings.filter((o) => o.open && !o.draft).map((opening) => ({ id: `openings/${opening.id}`, file: opening.filePath, ad: openingAd(opening, h) })),
  ];
  // Countries the hiring defaults open ads to without a pay zone: one error at their line in
  // hiring.yaml, rather than one in every level that inherits them.
  const uncoveredIn = (countries: readonly string[]) => countries.filter((c) => !h.pay.zones.some((z) => z.countries.includes(c)));
  const uncoveredByDefault = checks.payTransparency.rangeOnEveryAd ? uncoveredIn(adCountries(hiring)) : [];
  if (uncoveredByDefault.length) {
    findings.problems.push(
      problemAt(settingsFiles(content).hiring, [hiring.workMode === 'remote' ? 'remoteCountries' : 'offices'], {
        message: `opens every job ad to ${uncoveredByDefault.join(', ')}, where no pay zone gives it a range`,
        fix: `the rule rangeOnEveryAd asks every ad to show a pay range where it is open: add those countries to a zone in ${payTableFile}, or take them out here`,
      }),
    );
  }
  const sources = new Map(content.files.map((source) => [source.file, source]));
  for (const { id, file, ad } of ads) {
    const level = { id, filePath: file };
    const text = adText(ad.copy, h.words);
    const masculine = masculineIn(text)
      .filter((w) => !allowed.some((a) => a.pattern.test(w.word)))
      .map((w) => w.word.toLowerCase());
    const feminine = feminineIn(text).map((w) => w.word.toLowerCase());
    const balance = balanceOf(masculine.length, feminine.length);
    findings.ads.push({ level: level.id, file: level.filePath, masculine, feminine, balance, longestSentence: largest(text.split('\n').flatMap(sentencesOf)) });
    if (balance.endsWith('masculine-coded')) {
      findings.problems.push({
        file: level.filePath,
        message: `has a ${balance} job ad (${masculine.length} masculine-coded words: ${[...new Set(masculine)].join(', ')}; ${feminine.length} feminine-coded)`,
        fix: 'describe the work and the team instead of traits; the warnings on the lines say which words and what to write',
        severity: 'warning',
      });
    }
    if (checks.payTransparency.rangeOnEveryAd) {
      const uncovered = uncoveredIn(ad.countries).filter((c) => !uncoveredByDefault.includes(c));
      // An ad with no place at all is reported by the rule that asks for one.
      if (uncovered.length) {
        // At the line that opens the ad to them, where this file does (an opening's or level's own hiring:).
        const field = ad.hiring.workMode === 'remote' ? 'remoteCountries' : 'offices';
        const line = level.filePath === undefined ? undefined : sources.get(level.filePath)?.locate(['hiring', field]);
        findings.problems.push({
          file: level.filePath,
          ...(line ? { line, field: `hiring.${field}` } : {}),
          message: `${line ? 'opens the job ad' : 'has a job ad open'} to ${uncovered.join(', ')}, where no pay zone gives it a range`,
          fix: `the rule rangeOnEveryAd in ${hiringFile} asks every ad to show a pay range where it is open: add those countries to a zone in ${payTableFile}, or narrow the ad's countries`,
          severity: 'error',
        });
      }
    }
  }
  const width = checks.payTransparency.maxRangeWidth;
  if (width !== undefined && content.pay) {
    content.pay.grades.forEach((grade, g) => {
      for (const [zone, band] of Object.entries(grade.bands)) {
        const share = (band.max - band.min) / band.min;
        if (share <= width) continue;
        findings.problems.push(
          problemAt(settingsFiles(content).pay, ['grades', g, 'bands', zone], {
            message: `is ${Math.round(share * 100)}% wide, wider than the ${Math.round(width * 100)}% the rule maxRangeWidth allows`,
            fix: `pay-transparency rules expect a range that tells candidates something: bring max within ${Math.floor(band.min * (1 + width))}, or change the rule in ${hiringFile}`,
          }),
        );
      }
    });
  }
  return findings;
}

/** The files ads are made of: levels, their roles, openings (and the hiring defaults, read apart); and the interview questions, which candidates hear. */
export const isAdFile = (file: string) => /^content\/(levels|roles|openings|interview-questions)\//.test(file);

/** The coded words and long sentences on a file's lines, and the waivers written there. */
export function adLineFindings(source: Pick<SourceFile, 'file' | 'raw'>, checks: AdChecks): Pick<AdFindings, 'problems' | 'waivers'> {
  const findings: Pick<AdFindings, 'problems' | 'waivers'> = { problems: [], waivers: [] };
  const allowed = allowedBy(checks);
  const lines = source.raw.split('\n');
  const yaml = source.file.endsWith('.yaml');
  lines.forEach((text, index) => {
    const line = index + 1;
    // A YAML comment speaks to editors (and may quote the very words to avoid); it is never in an ad.
    if (yaml && text.trimStart().startsWith('#')) return;
    const waived = marker.exec(text) ?? marker.exec(lines[index - 1] ?? '');
    // A field's name (competencies:) is not words of the ad; its value is.
    const words = text.replace(marker, '').replace(/^\s*(?:-\s+)?[\w-]+:(?=\s|$)/, '');
    const masculine = masculineIn(words).filter((w) => !allowed.some((a) => a.pattern.test(w.word)));
    const long = sentencesOf(words).filter((n) => n > checks.maxSentenceWords);
    if (waived && (masculine.length || long.length)) {
      findings.waivers.push({ file: source.file, line, words: [...masculine.map((m) => m.word), ...long.map((n) => `a ${n}-word sentence`)].join(', '), reason: waived[1]!.trim() || '(no reason given)' });
      return;
    }
    for (const m of masculine) {
      findings.problems.push({
        file: source.file,
        line,
        message: `uses "${m.word}", a masculine-coded word that makes an ad less appealing to many women`,
        fix: `try ${neutralAlternatives[m.stem]}, or allow it with a reason in ${hiringFile} (adChecks.allow)`,
        severity: 'warning',
      });
    }
    for (const n of long) {
      findings.problems.push({ file: source.file, line, message: `has a sentence of ${n} words, longer than the ${checks.maxSentenceWords} readers follow easily`, fix: 'split it into two sentences', severity: 'warning' });
    }
  });
  return findings;
}

export const checkJobAds = (content: Checked): Problem[] => adFindings(content).problems;
