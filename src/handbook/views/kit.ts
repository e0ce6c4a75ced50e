/**
 * A level's interview kit in words, and its files: Markdown, a CSV in the columns applicant-tracking
 * systems import scorecards from, and an HTML fragment for the printable page. All three are
 * formatted from one KitCopy, made from the kit the read model derives (src/handbook/kits.ts), so
 * the files cannot say different things. Also the public "how we interview" page of a level.
 */
import { csv } from '../../lib/csv.ts';
import { escapeHtml } from '../../lib/html.ts';
import { append } from '../../lib/lists.ts';
import { paths, url } from '../../lib/url.ts';
import { kitFor, reservedMinutes, type Anchor, type Kit } from '../kits.ts';
import type { Handbook, Level } from '../model.ts';
import { kitRules, plural, recommendations, scaleNames, scalePoints } from '../../i18n/words/en.ts';
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
  title: string;
  subtitle: string;
  rules: readonly string[];
  stages: KitStageCopy[];
  competencies: KitCompetencyCopy[];
  recommendations: readonly { name: string; meaning: string }[];
}

/** An anchor in words: the level it comes from and its expectation, word for word, or why there is none. */
function anchorText(anchor: Anchor): string {
  if (!anchor.expectation || !anchor.level) return anchor.missing ?? '';
  const title = anchor.level.data.title;
  return anchor.point === 'below' ? `Short of what ${title} expects: ${anchor.expectation}` : `As ${title}: ${anchor.expectation}`;
}

export function kitCopy(kit: Kit, h: Handbook): KitCopy {
  const { level } = kit;
  return {
    title: `Interview kit: ${level.data.title}`,
    subtitle: `${h.site.company.name} · ${level.grade.name} · for interviewers only`,
    rules: kitRules,
    stages: kit.stages.map((stage, i) => {
      const asked = stage.questions.reduce((sum, q) => sum + q.data.minutes, 0);
      return {
        heading: `${i + 1}. ${stage.name}${stage.minutes ? ` (${stage.minutes} minutes)` : ''}`,
        description: stage.description,
        // Areas are named by semicolons: a name such as "Influence and leadership" holds an "and" of its own.
        focus: stage.areas.length ? `Rates: ${stage.areas.join('; ')}.` : 'Rates no competency.',
        areas: stage.areas,
        questions: stage.questions.map((q) => ({ area: q.data.area, question: q.data.question, minutes: q.data.minutes, followUps: q.data.followUps, listenFor: q.data.listenFor })),
        ...(stage.minutes && stage.questions.length ? { timing: `${plural(asked, 'minute')} of questions in ${stage.minutes}, with ${reservedMinutes} kept for the welcome and the candidate's own questions.` } : {}),
      };
    }),
    competencies: kit.competencies.map((c) => ({ area: c.area, anchors: c.anchors.map((a) => [`${scalePoints.indexOf(a.point) + 1} ${scaleNames[a.point]}`, anchorText(a)]) })),
    recommendations,
  };
}

/** The kit of a level, in words. */
export const levelKit = (level: Level, h: Handbook) => kitCopy(kitFor(level, h), h);

export function kitMarkdown(copy: KitCopy): string {
  const out = [`# ${copy.title}`, '', copy.subtitle, '', '## Before you start', '', ...copy.rules.map((r) => `- ${r}`), '', '## The stages', '', ...copy.stages.map((s) => `- ${s.heading.replace(/^\d+\. /, '')}: ${s.focus}`), ''];
  // A stage that rates nothing of this level is in the list above, with no section of its own.
  for (const stage of copy.stages.filter((s) => s.questions.length)) {
    out.push(`## ${stage.heading}`, '', stage.description, '', stage.focus, '');
    if (stage.timing) out.push(stage.timing, '');
    for (const q of stage.questions) {
      append(out, [`### ${q.area}: ${q.question} (${q.minutes} min)`, '', 'Follow-ups:', '', ...q.followUps.map((f) => `- ${f}`), '', 'Listen for:', '', ...q.listenFor.map((l) => `- ${l}`), '', 'Notes:', '', '', '']);
    }
    for (const c of anchorsOf(copy, stage)) append(out, [`### Rate ${c.area}`, '', ...c.anchors.map(([name, text]) => `- **${name}:** ${text}`), '', 'Rating and evidence:', '', '']);
    out.push(`Your recommendation: ${copy.recommendations.map((r) => r.name).join(' / ')}`, '');
  }
  append(out, ['## Overall recommendation', '', ...copy.recommendations.map((r) => `- **${r.name}:** ${r.meaning}`), '']);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}

/** The anchors of the competencies a stage rates. */
const anchorsOf = (copy: KitCopy, stage: KitStageCopy) => copy.competencies.filter((c) => stage.areas.includes(c.area));

/** The header of the CSV: the words applicant-tracking systems use, then one column per point of the scale. */
export const kitCsvHeader = ['Stage', 'Attribute', 'Question', 'Follow-ups', 'What to listen for', ...scalePoints.map((p, i) => `${i + 1} ${scaleNames[p]}`)];

/** One row per question: its stage, the competency it rates (the attribute) and that competency's anchors. */
export function kitCsv(copy: KitCopy): string {
  const anchors = new Map(copy.competencies.map((c) => [c.area, c.anchors.map(([, text]) => text)]));
  const rows = copy.stages.flatMap((stage) => stage.questions.map((q) => [stage.heading, q.area, q.question, q.followUps.join('\n'), q.listenFor.join('\n'), ...(anchors.get(q.area) ?? scalePoints.map(() => ''))]));
  return csv(kitCsvHeader, rows);
}

/** The kit as an HTML fragment: the public page's body, and the printable file of npm run kits. */
export function kitHtml(copy: KitCopy): string {
  const e = escapeHtml;
  const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
  const parts = [
    `<header class="kit-head"><h1>${e(copy.title)}</h1><p>${e(copy.subtitle)}</p></header>`,
    `<section class="kit-rules"><h2>Before you start</h2>${list(copy.rules)}</section>`,
    `<section class="kit-plan"><h2>The stages</h2><ol>${copy.stages.map((s) => `<li><strong>${e(s.heading.replace(/^\d+\. /, ''))}.</strong> ${e(s.focus)}</li>`).join('')}</ol></section>`,
  ];
  for (const stage of copy.stages.filter((s) => s.questions.length)) {
    const questions = stage.questions.map(
      (q) =>
        `<article class="kit-question"><h3><span class="kit-area">${e(q.area)}</span> ${e(q.question)} <span class="kit-minutes">${q.minutes} min</span></h3><h4>Follow-ups</h4>${list(q.followUps)}<h4>Listen for</h4>${list(q.listenFor)}<div class="kit-notes" aria-label="Notes">Notes</div></article>`,
    );
    const anchors = anchorsOf(copy, stage).map(
      (c) =>
        `<div class="kit-rate"><table class="kit-anchors"><caption>Rate ${e(c.area)}</caption><tbody>${c.anchors.map(([name, text]) => `<tr><th scope="row">${e(name)}</th><td>${e(text)}</td></tr>`).join('')}</tbody></table><div class="kit-notes">Rating and evidence</div></div>`,
    );
    const recommend = `<p class="kit-recommend">Your recommendation: ${copy.recommendations.map((r) => `<span>☐ ${e(r.name)}</span>`).join(' ')}</p>`;
    parts.push(`<section class="kit-stage"><h2>${e(stage.heading)}</h2><p>${e(stage.description)}</p><p>${e(stage.focus)}${stage.timing ? ` ${e(stage.timing)}` : ''}</p>${questions.join('')}<div class="kit-scale">${anchors.join('')}${recommend}</div></section>`);
  }
  parts.push(`<section class="kit-overall"><h2>Overall recommendation</h2><dl>${copy.recommendations.map((r) => `<dt>${e(r.name)}</dt><dd>${e(r.meaning)}</dd>`).join('')}</dl></section>`);
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

/** What each point of the scale means, in general: the kits anchor each one in the ladder. */
const scaleMeanings: Record<(typeof scalePoints)[number], string> = {
  below: 'The evidence falls short of what the level below this one expects.',
  'not-yet': 'The evidence matches the level below this one.',
  meets: 'The evidence matches what this level expects.',
  exceeds: 'The evidence matches what the next level up expects.',
};

/** "How we interview for Senior Backend Engineer": what is assessed and how, for candidates; the kit too where kits are public. */
export function interviewsPage(level: Level, h: Handbook): InterviewsPage {
  const kit = kitFor(level, h);
  const role = level.role;
  const d = level.data;
  const open = h.site.interviewKits === 'public';
  return {
    head: {
      title: `How we interview for ${d.title}`,
      description: `What ${h.site.company.name} assesses when it interviews for ${d.title}, in which stage, and the scale interviewers rate on.`,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle, href: paths.level(role.id, level.slug) }, { label: 'Interviews' }],
      editPath: level.filePath,
      section: 'roles',
      ...draftHead([level]),
    },
    level: { title: d.title, href: url(paths.level(role.id, level.slug)) },
    stages: kit.stages.map((s) => ({ name: s.minutes ? `${s.name} (${s.minutes} minutes)` : s.name, description: s.description, areas: s.areas })),
    competencies: kit.competencies.map((c) => ({ term: c.area, text: c.expectation })),
    scale: scalePoints.map((p) => ({ term: scaleNames[p], text: scaleMeanings[p] })),
    ...(open ? { kit: { html: kitHtml(kitCopy(kit, h)), files: { md: url(paths.kitFile(role.id, level.slug, 'md')), csv: url(paths.kitFile(role.id, level.slug, 'csv')) } } } : {}),
  };
}
