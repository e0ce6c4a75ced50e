/**
 * A level's interview kit in words, and its files: Markdown, a CSV in the columns applicant-tracking
 * systems import scorecards from, and an HTML fragment for the printable page. All three are
 * formatted from one KitCopy, made from the kit the read model derives (src/handbook/kits.ts), so
 * the files cannot say different things. Also the public "how we interview" page of a level. All
 * in the read model's language: the copy carries its words, so each file is worded alike.
 */
import { csv } from '../../lib/csv.ts';
import { escapeHtml } from '../../lib/html.ts';
import { append } from '../../lib/lists.ts';
import { paths } from '../../lib/url.ts';
import { kitFor, reservedMinutes, type Anchor, type Kit } from '../kits.ts';
import type { Handbook, Level } from '../model.ts';
import { scalePoints, type Words } from '../../i18n/words/en.ts';
import { draftHead, type PageHead } from './common.ts';

interface KitQuestionCopy {
  area: string;
  question: string;
  minutes: number;
  followUps: string[];
  listenFor: string[];
}

interface KitStageCopy {
  heading: string;
  description: string;
  /** "Rates: Technical depth; Delivery.", or that it rates none. */
  focus: string;
  /** The competencies it rates: each stage's interviewers rate these, on the anchors, after its questions. */
  areas: string[];
  questions: KitQuestionCopy[];
  /** "40 of 50 minutes in questions; 10 for the welcome and the candidate's questions". */
  timing?: string;
}

interface KitCompetencyCopy {
  area: string;
  /** One line per point of the scale, lowest first: [name, anchor]. */
  anchors: [string, string][];
}

export interface KitCopy {
  /** The words the files put around the kit, in its language. */
  words: Pick<Words, 'kit' | 'scaleNames'>;
  title: string;
  subtitle: string;
  rules: readonly string[];
  stages: KitStageCopy[];
  competencies: KitCompetencyCopy[];
  recommendations: readonly { name: string; meaning: string }[];
}

/** An anchor in words: the level it comes from and its expectation, word for word, or why there is none. */
function anchorText(anchor: Anchor, words: Pick<Words, 'kit'>): string {
  if (!anchor.expectation || !anchor.level) return anchor.missing ?? '';
  const title = anchor.level.data.title;
  return anchor.point === 'below' ? words.kit.anchorBelow(title, anchor.expectation) : words.kit.anchorAs(title, anchor.expectation);
}

export function kitCopy(kit: Kit, h: Handbook): KitCopy {
  const { level } = kit;
  const { words } = h;
  const w = words.kit;
  return {
    words,
    title: w.title(level.data.title),
    subtitle: w.subtitle(h.site.company.name, level.grade.name),
    rules: words.kitRules,
    stages: kit.stages.map((stage, i) => {
      const asked = stage.questions.reduce((sum, q) => sum + q.data.minutes, 0);
      return {
        heading: `${i + 1}. ${w.stage(stage.name, stage.minutes)}`,
        description: stage.description,
        focus: w.rates(stage.areas.map(h.areaName)),
        areas: stage.areas.map(h.areaName),
        questions: stage.questions.map((q) => ({ area: h.areaName(q.data.area), question: q.data.question, minutes: q.data.minutes, followUps: q.data.followUps, listenFor: q.data.listenFor })),
        ...(stage.minutes && stage.questions.length ? { timing: w.timing(asked, stage.minutes, reservedMinutes) } : {}),
      };
    }),
    competencies: kit.competencies.map((c) => ({ area: h.areaName(c.area), anchors: c.anchors.map((a) => [w.point(scalePoints.indexOf(a.point) + 1, words.scaleNames[a.point]), anchorText(a, words)]) })),
    recommendations: words.recommendations,
  };
}

/** The kit of a level, in words. */
export const levelKit = (level: Level, h: Handbook) => kitCopy(kitFor(level, h), h);

export function kitMarkdown(copy: KitCopy): string {
  const w = copy.words.kit;
  const out = [`# ${copy.title}`, '', copy.subtitle, '', `## ${w.beforeYouStart}`, '', ...copy.rules.map((r) => `- ${r}`), '', `## ${w.stages}`, '', ...copy.stages.map((s) => `- ${s.heading.replace(/^\d+\. /, '')}: ${s.focus}`), ''];
  // A stage that rates nothing of this level is in the list above, with no section of its own.
  for (const stage of copy.stages.filter((s) => s.questions.length)) {
    out.push(`## ${stage.heading}`, '', stage.description, '', stage.focus, '');
    if (stage.timing) out.push(stage.timing, '');
    for (const q of stage.questions) {
      append(out, [`### ${q.area}: ${q.question} (${w.minutes(q.minutes)})`, '', `${w.followUps}:`, '', ...q.followUps.map((f) => `- ${f}`), '', `${w.listenFor}:`, '', ...q.listenFor.map((l) => `- ${l}`), '', `${w.notes}:`, '', '', '']);
    }
    for (const c of anchorsOf(copy, stage)) append(out, [`### ${w.rate(c.area)}`, '', ...c.anchors.map(([name, text]) => `- **${name}:** ${text}`), '', `${w.ratingAndEvidence}:`, '', '']);
    out.push(`${w.yourRecommendation}: ${copy.recommendations.map((r) => r.name).join(' / ')}`, '');
  }
  append(out, [`## ${w.overall}`, '', ...copy.recommendations.map((r) => `- **${r.name}:** ${r.meaning}`), '']);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}

/** The anchors of the competencies a stage rates. */
const anchorsOf = (copy: KitCopy, stage: KitStageCopy) => copy.competencies.filter((c) => stage.areas.includes(c.area));

/** The header of the CSV: the words applicant-tracking systems use, then one column per point of the scale. */
export const kitCsvHeader = (words: Pick<Words, 'kit' | 'scaleNames'>) => {
  const w = words.kit.csv;
  return [w.stage, w.attribute, w.question, w.followUps, w.listenFor, ...scalePoints.map((p, i) => words.kit.point(i + 1, words.scaleNames[p]))];
};

/** One row per question: its stage, the competency it rates (the attribute) and that competency's anchors. */
export function kitCsv(copy: KitCopy): string {
  const anchors = new Map(copy.competencies.map((c) => [c.area, c.anchors.map(([, text]) => text)]));
  const rows = copy.stages.flatMap((stage) => stage.questions.map((q) => [stage.heading, q.area, q.question, q.followUps.join('\n'), q.listenFor.join('\n'), ...(anchors.get(q.area) ?? scalePoints.map(() => ''))]));
  return csv(kitCsvHeader(copy.words), rows);
}

/** The kit as an HTML fragment: the public page's body, and the printable file of npm run kits. */
export function kitHtml(copy: KitCopy): string {
  const e = escapeHtml;
  const w = copy.words.kit;
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  const parts = [
    `<header class="kit-head"><h1>${e(copy.title)}</h1><p>${e(copy.subtitle)}</p></header>`,
    `<section class="kit-rules"><h2>${e(w.beforeYouStart)}</h2>${list(copy.rules)}</section>`,
    `<section class="kit-plan"><h2>${e(w.stages)}</h2><ol>${copy.stages.map((s) => `<li><strong>${e(s.heading.replace(/^\d+\. /, ''))}.</strong> ${e(s.focus)}</li>`).join('')}</ol></section>`,
  ];
  for (const stage of copy.stages.filter((s) => s.questions.length)) {
    const questions = stage.questions.map(
      (q) =>
        `<article class="kit-question"><h3><span class="kit-area">${e(q.area)}</span> ${e(q.question)} <span class="kit-minutes">${e(w.minutes(q.minutes))}</span></h3><h4>${e(w.followUps)}</h4>${list(q.followUps)}<h4>${e(w.listenFor)}</h4>${list(q.listenFor)}<div class="kit-notes" aria-label="${e(w.notes)}">${e(w.notes)}</div></article>`,
    );
    const anchors = anchorsOf(copy, stage).map(
      (c) =>
        `<div class="kit-rate"><table class="kit-anchors"><caption>${e(w.rate(c.area))}</caption><tbody>${c.anchors.map(([name, text]) => `<tr><th scope="row">${e(name)}</th><td>${e(text)}</td></tr>`).join('')}</tbody></table><div class="kit-notes">${e(w.ratingAndEvidence)}</div></div>`,
    );
    const recommend = `<p class="kit-recommend">${e(w.yourRecommendation)}: ${copy.recommendations.map((r) => `<span>☐ ${e(r.name)}</span>`).join(' ')}</p>`;
    parts.push(`<section class="kit-stage"><h2>${e(stage.heading)}</h2><p>${e(stage.description)}</p><p>${e(stage.focus)}${stage.timing ? ` ${e(stage.timing)}` : ''}</p>${questions.join('')}<div class="kit-scale">${anchors.join('')}${recommend}</div></section>`);
  }
  parts.push(`<section class="kit-overall"><h2>${e(w.overall)}</h2><dl>${copy.recommendations.map((r) => `<dt>${e(r.name)}</dt><dd>${e(r.meaning)}</dd>`).join('')}</dl></section>`);
  return `${parts.join('\n')}\n`;
}

export interface InterviewsPage {
  head: PageHead;
  level: { title: string; href: string };
  stages: { name: string; description: string; areas: string[] }[];
  /** Each competency the stages rate, with this level's expectation. */
  competencies: { term: string; text: string }[];
  /** Each point of the scale, with what it means. */
  scale: { term: string; text: string }[];
  /** Public kits only: the kit, and its files. */
  kit?: { html: string; files: { md: string; csv: string } };
}

/** "How we interview for Senior Backend Engineer": what is assessed and how, for candidates; the kit too where kits are public. */
export function interviewsPage(level: Level, h: Handbook): InterviewsPage {
  const kit = kitFor(level, h);
  const role = level.role;
  const d = level.data;
  const open = h.site.interviewKits === 'public';
  const { words } = h;
  return {
    head: {
      title: words.kit.interviewsTitle(d.title),
      description: words.kit.interviewsDescription(h.site.company.name, d.title),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle, href: paths.level(role.id, level.slug) }, { label: words.crumbs.interviews }],
      editPath: level.filePath,
      section: 'roles',
      ...draftHead([level]),
    },
    level: { title: d.title, href: h.url(paths.level(role.id, level.slug)) },
    stages: kit.stages.map((s) => ({ name: words.kit.stage(s.name, s.minutes), description: s.description, areas: s.areas })),
    competencies: kit.competencies.map((c) => ({ term: h.areaName(c.area), text: c.expectation })),
    scale: scalePoints.map((p) => ({ term: words.scaleNames[p], text: words.kit.scaleMeanings[p] })),
    ...(open ? { kit: { html: kitHtml(kitCopy(kit, h)), files: { md: h.url(paths.kitFile(role.id, level.slug, 'md')), csv: h.url(paths.kitFile(role.id, level.slug, 'csv')) } } } : {}),
  };
}
