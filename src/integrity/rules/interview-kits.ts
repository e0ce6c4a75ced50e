/**
 * The question bank and the interview kits made from it (src/handbook/kits.ts): every question
 * names a competency area some level has and grades and levels that exist, asks nothing on a
 * protected subject, and every kit asks at least one question on each competency a stage rates,
 * in the minutes the stage has. Coded words and long sentences in the bank are job-ads.ts's, as
 * for the files ads are made of.
 */
import { kitFor, reservedMinutes } from '../../handbook/kits.ts';
import { didYouMean } from '../../lib/did-you-mean.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Checked } from '../checked.ts';
import { collectionSources, hiringFile, payTableFile } from '../../schemas/collections.ts';
import { settingsFiles } from '../settings-files.ts';
import { missing } from './references.ts';

/**
 * Subjects an interviewer must not ask about: they say nothing about the work, and asking invites
 * a discrimination claim (US EEOC guidance on pre-employment inquiries, the UK Equality Act 2010,
 * and the salary-history bans of many US states). Each is named in the message, so the editor
 * knows which rule it is.
 */
const protectedSubjects: { subject: string; pattern: RegExp }[] = [
  { subject: 'age', pattern: /\b(how old|your age|year (?:were you|you were) born|date of birth|birth ?(?:date|year)|when did you graduate|graduation year|retirement|plan to retire)\b/i },
  { subject: 'family', pattern: /\b(married|marital|spouse|husband|wife|partner's job|children|kids|pregnan\w*|maternity|paternity|childcare|family plans?|start a family)\b/i },
  { subject: 'health', pattern: /\b(your health|health (?:conditions?|problems?|issues?)|illness(?:es)?|disabilit(?:y|ies)|disabled|medical (?:conditions?|history)|medication|sick (?:days|leave)|mental health|handicap\w*)\b/i },
  { subject: 'religion', pattern: /\b(religio\w*|church|mosque|synagogue|pray(?:er|ing)?|your faith|holy days?)\b/i },
  { subject: 'origin', pattern: /\b(where (?:are you|were you) (?:from|born)|nationality|citizenship|native (?:language|tongue|country)|mother tongue|accent|ethnic\w*|your race|racial|country of origin)\b/i },
  { subject: 'pay history', pattern: /\b(current (?:salary|pay|compensation)|salary history|pay history|previous (?:salary|pay)|last (?:salary|pay)|how much (?:do|did) you (?:earn|make))\b/i },
];

/** The protected subject a text touches, and the words that touch it. */
function protectedSubjectIn(text: string): { subject: string; words: string } | undefined {
  for (const { subject, pattern } of protectedSubjects) {
    const match = pattern.exec(text);
    if (match) return { subject, words: match[0] };
  }
  return undefined;
}

const bank = collectionSources.interviewQuestions.base;

export function checkInterviewKits(content: Checked): Problem[] {
  const problems: Problem[] = [];
  const h = content.handbook;
  const areas = [...new Set(content.levels.flatMap((l) => l.data.competencies.map((c) => c.area)))];
  const grades = (content.pay?.grades ?? []).map((g) => g.id);
  const levelIds = [...content.ids.levels];

  for (const question of content.interviewQuestions) {
    const d = question.data;
    if (areas.length && !areas.includes(d.area)) {
      const close = didYouMean(d.area, areas);
      problems.push(problemAt(question, ['area'], { message: `is "${d.area}", which no level names under competencies, so no kit asks this question`, fix: close ? `did you mean ${close}?` : `use one of: ${areas.join(', ')}` }));
    }
    d.grades.forEach((grade, i) => {
      if (grades.length && !grades.includes(grade)) problems.push(problemAt(question, ['grades', i], { message: `is "${grade}", which is not a grade of ${payTableFile}`, fix: `use one of: ${grades.join(', ')}` }));
    });
    d.levels.forEach((ref, i) => {
      if (!content.ids.levels.has(ref.id)) problems.push(missing(question, ['levels', i], ref.id, levelIds, 'content/levels/'));
    });
    const asked: [PropertyKey[], string][] = [[['question'], d.question], ...d.followUps.map((f, i): [PropertyKey[], string] => [['followUps', i], f])];
    for (const [path, text] of asked) {
      const found = protectedSubjectIn(text);
      if (!found) continue;
      problems.push(
        problemAt(question, path, {
          message: `asks about ${found.subject} ("${found.words}"), a protected subject: the rule on protected subjects bars questions on age, family, health, religion, origin and pay history, which say nothing about the work and invite discrimination claims`,
          fix: 'ask about the work the level does instead, or delete the question',
        }),
      );
    }
  }

  const hiring = settingsFiles(content).hiring;
  content.hiring?.interviewStages.forEach((stage, i) => {
    (stage.areas ?? []).forEach((area, j) => {
      if (areas.length && !areas.includes(area)) {
        const close = didYouMean(area, areas);
        problems.push(problemAt(hiring, ['interviewStages', i, 'areas', j], { message: `is "${area}", which no level names under competencies, so this stage rates nothing by it`, fix: close ? `did you mean ${close}?` : `use one of: ${areas.join(', ')}` }));
      }
    });
  });

  if (!h || h.site.interviewKits === 'off') return problems;
  for (const level of h.levels) {
    if (level.draft) continue;
    const source = content.levels.find((l) => l.id === level.id);
    if (!source) continue;
    for (const stage of kitFor(level, h).stages) {
      for (const area of stage.uncovered) {
        const index = level.data.competencies.findIndex((c) => c.area === area);
        problems.push(
          problemAt(source, ['competencies', index, 'area'], {
            message: `has no interview question on ${area} that suits it, so its kit's "${stage.name}" stage asks nothing on ${area}`,
            fix: `add one in ${bank}/ with area: ${area} and grades: [${level.grade.id}] (or levels: [${level.id}])`,
            severity: 'warning',
          }),
        );
      }
      if (stage.minutes !== undefined && stage.questionMinutes > stage.minutes - reservedMinutes) {
        problems.push(
          problemAt(source, ['competencies'], {
            message: `needs ${stage.questionMinutes} minutes for one question on each competency of the "${stage.name}" stage, which has ${stage.minutes - reservedMinutes} for questions (${stage.minutes}, less ${reservedMinutes} for the welcome and the candidate's own questions)`,
            fix: `give the stage more minutes in ${hiringFile}, or add shorter questions for this level in ${bank}/`,
            field: null,
          }),
        );
      }
    }
  }
  return problems;
}

/** Per published level: how many questions its kit asks in each stage, and the competencies no question covers. */
export function kitCoverage(content: Checked): { level: string; stages: { name: string; questions: number; uncovered: string[] }[] }[] {
  const h = content.handbook;
  if (!h || h.site.interviewKits === 'off') return [];
  return h.levels
    .filter((l) => !l.draft)
    .map((level) => ({
      level: level.id,
      stages: kitFor(level, h)
        .stages.filter((s) => s.areas.length)
        .map((s) => ({ name: s.name, questions: s.questions.length, uncovered: s.uncovered })),
    }));
}
