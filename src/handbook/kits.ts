/**
 * Interview kits, derived from the ladder: for a level, the interview stages of its hiring details,
 * the competencies each stage rates, questions from the bank that suit the level and fit the stage,
 * and a four-point scale per competency whose anchors are the expectations of the levels around it.
 * An edit to a level's competencies changes every kit that cites it; nothing is written twice. The
 * content check reads these same kits (src/integrity/rules/interview-kits.ts), and views only format them.
 */
import { withOverrides, type Hiring } from '../schemas/hiring.ts';
import type { Handbook, InterviewQuestion, Level } from './model.ts';
import { byText } from './order.ts';
import type { ScalePoint, Words } from '../i18n/words/en.ts';

/** One point of a competency's scale: the expectation it stands for, or why there is none. */
export interface Anchor {
  point: ScalePoint;
  /** The level whose expectation anchors this point, when the ladder has one. */
  level?: Level;
  /** That level's expectation for the competency, word for word. */
  expectation?: string;
  /** Why the ladder gives no anchor here: no level below or above, or one that names no such competency. */
  missing?: string;
}

interface KitCompetency {
  area: string;
  /** This level's expectation. */
  expectation: string;
  anchors: Anchor[];
}

interface KitStage {
  name: string;
  description: string;
  minutes?: number | undefined;
  /** The competencies of this level the stage rates. */
  areas: string[];
  questions: InterviewQuestion[];
  /** Areas in focus with no question in the bank that suits the level. */
  uncovered: string[];
  /** Minutes the questions take, one for each area at least. */
  questionMinutes: number;
}

export interface Kit {
  level: Level;
  stages: KitStage[];
  /** Every competency some stage rates, in the level's order. */
  competencies: KitCompetency[];
}

/** Minutes of a stage kept for the welcome and the candidate's own questions. */
export const reservedMinutes = 10;

const expectationIn = (level: Level | undefined, area: string) => level?.data.competencies.find((c) => c.area === area)?.expectation;

/** The four anchors of a level's competency: below the level under it, that level, this level, the next; why one is missing in the words given. */
export function anchorsFor(level: Level, area: string, words: Pick<Words, 'kit'>): Anchor[] {
  const w = words.kit;
  const own = expectationIn(level, area);
  const around = (point: ScalePoint, other: Level | undefined, none: string): Anchor => {
    if (!other) return { point, missing: none };
    const expectation = expectationIn(other, area);
    return expectation ? { point, level: other, expectation } : { point, level: other, missing: w.noExpectation(other.data.title, area) };
  };
  const noneBelow = w.noneBelow(level.data.title);
  return [
    around('below', level.previous, noneBelow),
    around('not-yet', level.previous, noneBelow),
    own ? { point: 'meets', level, expectation: own } : { point: 'meets', level, missing: w.noExpectation(level.data.title, area) },
    around('exceeds', level.next, w.noneAbove(level.data.title)),
  ];
}

/** The hiring details that apply to a level: the defaults, with its role's and its own on top. */
const hiringOf = (level: Level, h: Handbook): Hiring => withOverrides(h.hiring, level.role.data.hiring, level.data.hiring);

/** Questions for a level's area, the most specific first (those that suit fewest levels), then by file. */
const suitedQuestions = (h: Handbook, level: Level, area: string) => h.interviewQuestions.filter((q) => q.data.area === area && q.levels.includes(level)).sort((a, b) => a.levels.length - b.levels.length || byText(a.id, b.id));

const kits = new WeakMap<Level, Kit>();

/**
 * A level's kit. Each stage asks one question per competency in focus first, then more in turn
 * while they fit its minutes (less the reserved minutes); no question is asked twice in one kit.
 */
export function kitFor(level: Level, h: Handbook): Kit {
  const made = kits.get(level);
  if (made) return made;
  const own = level.data.competencies.map((c) => c.area);
  const used = new Set<InterviewQuestion>();
  const stages = hiringOf(level, h).interviewStages.map((stage): KitStage => {
    const areas = own.filter((a) => stage.areas?.includes(a));
    const pools = areas.map((area) => ({ area, questions: suitedQuestions(h, level, area).filter((q) => !used.has(q)) }));
    const questions: InterviewQuestion[] = [];
    const take = (q: InterviewQuestion) => {
      questions.push(q);
      used.add(q);
    };
    const budget = stage.minutes === undefined ? Infinity : stage.minutes - reservedMinutes;
    let total = 0;
    // One question per competency first: the first that fits, else the shortest (the check reports the overrun).
    for (const pool of pools) {
      if (!pool.questions.length) continue;
      const fits = pool.questions.findIndex((q) => total + q.data.minutes <= budget);
      const index = fits >= 0 ? fits : pool.questions.indexOf(pool.questions.reduce((a, b) => (b.data.minutes < a.data.minutes ? b : a)));
      const [q] = pool.questions.splice(index, 1);
      take(q!);
      total += q!.data.minutes;
    }
    const questionMinutes = total;
    // A stage of no set length asks one question per competency; one with minutes fills them.
    for (let added = stage.minutes !== undefined; added; ) {
      added = false;
      for (const pool of pools) {
        const fits = pool.questions.findIndex((q) => total + q.data.minutes <= budget);
        if (fits < 0) continue;
        const [q] = pool.questions.splice(fits, 1);
        take(q!);
        total += q!.data.minutes;
        added = true;
      }
    }
    // In the order of the competencies, as the interviewer rates them.
    questions.sort((a, b) => areas.indexOf(a.data.area) - areas.indexOf(b.data.area));
    return { name: stage.name, description: stage.description, minutes: stage.minutes, areas, questions, uncovered: pools.filter((p) => !questions.some((q) => q.data.area === p.area)).map((p) => p.area), questionMinutes };
  });
  const rated = new Set(stages.flatMap((s) => s.areas));
  const kit: Kit = {
    level,
    stages,
    competencies: level.data.competencies.filter((c) => rated.has(c.area)).map((c) => ({ area: c.area, expectation: c.expectation, anchors: anchorsFor(level, c.area, h.words) })),
  };
  kits.set(level, kit);
  return kit;
}
