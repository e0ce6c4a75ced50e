/**
 * What `npm run new` writes: the new file, computed from what the handbook already holds, and the
 * one-line additions that link a new level into its role's ladder. Pure: content in, texts out;
 * scripts/new.ts does the reading and writing.
 */
import { didYouMean } from '../lib/did-you-mean.ts';
import { slugify } from '../lib/slug.ts';
import { formatProblem } from '../problems/problem.ts';
import type { Entry, LoadedContent } from '../reader/content.ts';
import { readFrontmatterFile } from '../reader/frontmatter.ts';
import { collectionSources } from '../schemas/collections.ts';
import { audiences, type Audience } from '../schemas/faq.ts';
import { tracks, type LevelData, type Track } from '../schemas/level.ts';
import { employmentTypes, type EmploymentType } from '../schemas/opening.ts';
import { withOverrides } from '../schemas/hiring.ts';
import type { PayTable } from '../schemas/pay.ts';
import { published } from '../handbook/order.ts';
import { addFrontmatterLine, setOrder } from './edit.ts';
import { GradeError, ScaffoldError } from './error.ts';
import { changesText, faqText, ladderLine, levelText, openingText, roleText, toReachText } from './templates.ts';
import { largest } from '../lib/lists.ts';

export const kinds = ['role', 'level', 'faq', 'opening'] as const;
export type Kind = (typeof kinds)[number];

/** Everything the command line (or the interactive questions) can say; only `kind` and `name` are required. */
export interface Request {
  kind: Kind;
  /** role: data-engineer; level: data-engineer/senior; faq: pay/how-are-bands-set; opening: data-engineer-berlin. */
  name: string;
  title?: string;
  family?: string;
  shortTitle?: string;
  grade?: string;
  after?: string;
  before?: string;
  track?: string;
  question?: string;
  topic?: string;
  audience?: string[];
  level?: string;
  type?: string;
  applyUrl?: string;
}

export interface Plan {
  /** New files, repository-relative, with their text: written only if none exists yet. */
  create: { file: string; text: string }[];
  /** Existing files, with their new text and what changed, for the report. */
  update: { file: string; text: string; change: string }[];
  /** What was chosen, in a sentence the editor can check: title, order, grade… */
  summary: string;
  /** What published neighbours need before the new file is published: npm run new writes no TODO into a published file. */
  reminders: string[];
  /** What to do next, one sentence. */
  next: string;
  /** What the plan chose where the request said nothing, for the questions to offer as their answers. */
  suggested: Suggested;
}

interface Suggested {
  title?: string;
  shortTitle?: string;
  /** A level's grade, and why it was suggested, in words for the editor (none when the request named it). */
  grade?: { id: string; name: string; why?: string };
  audience?: Audience[];
}

/** Existing files' texts by repository-relative path: the plan reads nothing itself. */
export type Texts = (file: string) => string;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const check = (ok: boolean, message: string) => {
  if (!ok) throw new ScaffoldError(message);
};

/** "senior-manager" → "Senior Manager": a readable default for a name given as a file name. */
const titleFromSlug = (slug: string) =>
  slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');

/**
 * Names of one step of a career that handbooks write in different words, such as a level "Mid" and
 * a grade "G2 · Intermediate": the common pairs, so that a ladder and a pay table meet.
 */
const sameStep: Record<string, string> = { mid: 'intermediate', middle: 'intermediate', 'mid-level': 'intermediate', junior: 'entry', 'entry-level': 'entry' };
const step = (name: string) => sameStep[slugify(name)] ?? slugify(name);

/**
 * The grade named like a level: "Intermediate" or "Mid" names G2 · Intermediate, "staff" G5 · Staff.
 * A grade's name is read whole and in its parts between ·, :, | or a dash, case and accents aside.
 */
export function gradeNamedLike(names: readonly string[], grades: PayTable['grades']): PayTable['grades'][number] | undefined {
  const wanted = new Set(names.map(step));
  return grades.find((g) => [g.name, ...g.name.split(/[·:|–—]/)].some((part) => wanted.has(step(part))));
}

/** The value most entries share, the first one seen among equals; undefined when there is none. */
export function mostCommon<T>(values: readonly T[], key: (v: T) => string = String): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const k = key(value);
    const seen = counts.get(k);
    if (seen) seen.count++;
    else counts.set(k, { value, count: 1 });
  }
  let best: { value: T; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}

const fallbackOwner = 'TODO: the team or person who keeps this page accurate.';
const ownerOf = (content: LoadedContent) => mostCommon([...content.roles, ...content.levels, ...content.openings].map((e) => e.data.owner)) ?? fallbackOwner;

function unknown(what: string, value: string, known: readonly string[], fix: string): ScaffoldError {
  const guess = didYouMean(value, known);
  return new ScaffoldError(`there is no ${what} "${value}"${guess ? ` (did you mean ${guess}?)` : ''}; ${fix}`);
}

const fileOf = (kind: Kind, name: string) => `${collectionSources[kind === 'role' ? 'roles' : kind === 'level' ? 'levels' : kind === 'faq' ? 'faqs' : 'openings'].base}/${name}.mdx`;

/** Why `value` cannot be part of a file name. */
export const slugRefusal = (value: string, what: string, example: string) => (slugPattern.test(value) ? undefined : `"${value}" cannot be ${what}: use lowercase letters, digits and single hyphens, such as ${example}`);

/**
 * Why `name` cannot name the new file: not a file name, or one the handbook already has. The plan
 * refuses with it and the questions of `npm run new` check each answer with it as it is typed.
 */
export function nameRefusal(kind: Kind, name: string, content: LoadedContent): string | undefined {
  switch (kind) {
    case 'role':
      return slugRefusal(name, 'the name of a role', 'data-engineer') ?? (content.ids.roles.has(name) ? `the role ${name} already exists (${fileOf('role', name)}); choose another name, or add a level to it with npm run new -- level ${name}/<level>` : undefined);
    case 'level': {
      const [roleId, slug, ...rest] = name.split('/');
      if (rest.length > 0 || !roleId || !slug) return `"${name}" is not a level: write it as <role>/<level>, such as data-engineer/senior`;
      return slugRefusal(slug, 'the name of a level', 'senior') ?? (content.ids.levels.has(name) ? `the level ${name} already exists (${fileOf('level', name)}); choose another name` : undefined);
    }
    case 'faq':
      return (
        name
          .split('/')
          .map((s) => slugRefusal(s, 'part of the name of a question', 'pay/how-are-bands-set'))
          .find(Boolean) ?? (content.ids.faqs.has(name) ? `the question ${name} already exists (${fileOf('faq', name)}); choose another name` : undefined)
      );
    case 'opening':
      return slugRefusal(name, 'the name of an opening', 'data-engineer-berlin') ?? (content.ids.openings.has(name) ? `the opening ${name} already exists (${fileOf('opening', name)}); choose another name` : undefined);
  }
}

/** Why an opening cannot take `applyUrl`: neither a web address nor an inbox. */
export const applyUrlRefusal = (applyUrl: string) =>
  /^(https:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/.test(applyUrl) ? undefined : `"${applyUrl}" is neither an https: address nor a mailto: address; give the application form (https://…) or an inbox (mailto:jobs@example.com)`;

const options = { title: '--title', shortTitle: '--short-title', family: '--family', question: '--question', topic: '--topic' } as const;

export function plan(request: Request, content: LoadedContent, texts: Texts, today: string): Plan {
  // An empty value would be written as it is: an empty title, and neighbours that say "reach ."
  for (const [key, option] of Object.entries(options)) check(request[key as keyof typeof options]?.trim() !== '', `${option} is empty; write a value, or leave ${option} out to take the suggestion`);
  const refusal = nameRefusal(request.kind, request.name, content);
  if (refusal) throw new ScaffoldError(refusal);
  switch (request.kind) {
    case 'role':
      return planRole(request, content, today);
    case 'level':
      return planLevel(request, content, texts, today);
    case 'faq':
      return planFaq(request, content, today);
    case 'opening':
      return planOpening(request, content, today);
  }
}

function planRole(request: Request, content: LoadedContent, today: string): Plan {
  const slug = request.name;
  const family = request.family ?? mostCommon(content.roles.map((r) => r.data.family)) ?? 'TODO: the family the role belongs to, such as Engineering.';
  const title = request.title ?? titleFromSlug(slug);
  const text = roleText({ title, family, owner: ownerOf(content), today });
  return {
    create: [{ file: fileOf('role', slug), text }],
    update: [],
    summary: `${title}, in the family ${family}.`,
    reminders: [],
    next: `give the role its first level with npm run new -- level ${slug}/<level>, then fill in the TODOs and run npm run check`,
    suggested: {},
  };
}

type Level = Entry<'levels', LevelData>;

function planLevel(request: Request, content: LoadedContent, texts: Texts, today: string): Plan {
  const [roleId, slug] = request.name.split('/') as [string, string];
  const role = content.roles.find((r) => r.id === roleId);
  if (!role) {
    check(!content.ids.roles.has(roleId), `the role ${roleId} has mistakes, so its levels cannot be worked out; run npm run check and fix ${fileOf('role', roleId)} first`);
    throw unknown('role', roleId, [...content.ids.roles], `create it first with npm run new -- role ${roleId}`);
  }
  const id = `${roleId}/${slug}`;
  const siblings = content.levels.filter((l) => l.data.role.id === roleId).sort((a, b) => a.data.order - b.data.order);
  const broken = [...content.ids.levels].filter((l) => l.startsWith(`${roleId}/`) && !siblings.some((s) => s.id === l));
  if (broken.length) {
    // Where the reader cannot read the file at all, its own words say what to fix.
    const file = fileOf('level', broken[0]!);
    const read = readFrontmatterFile(file, texts(file));
    throw new ScaffoldError(read.ok ? `${file} has mistakes, so the ladder of ${roleId} cannot be worked out; run npm run check and fix it first` : `${formatProblem(read.problems[0]!)} Until that is fixed the ladder of ${roleId} cannot be worked out, so nothing was changed`);
  }

  const sibling = (name: string, option: string) => {
    const found = siblings.find((s) => s.id === name || s.id === `${roleId}/${name}`);
    if (!found)
      throw unknown(
        `level of ${roleId} named`,
        name,
        siblings.map((s) => s.id.split('/')[1]!),
        `${option} takes one of the role's levels`,
      );
    return found;
  };
  check(!(request.after && request.before), 'give either --after or --before, not both');
  const anchor = request.after ? sibling(request.after, '--after') : request.before ? sibling(request.before, '--before') : siblings.at(-1);
  if (request.track !== undefined) check((tracks as readonly string[]).includes(request.track), `"${request.track}" is not a track; use ${tracks.join(' or ')}`);
  const track = (request.track as Track | undefined) ?? anchor?.data.track ?? 'ic';

  // The order number: right after (or before) the anchor, moving the levels above up by one only when no number is free.
  const taken = new Set(siblings.map((s) => s.data.order));
  let order: number;
  if (request.before) {
    const target = anchor!.data.order;
    order = target > 1 && !taken.has(target - 1) ? target - 1 : target;
  } else order = anchor ? anchor.data.order + 1 : 1;
  const edited = new Map<string, string>();
  const textOf = (level: Level) => edited.get(level.file) ?? texts(level.file);
  const moved = new Set<Level>();
  for (let n = order; taken.has(n); n++) {
    const level = siblings.find((s) => s.data.order === n)!;
    moved.add(level);
    edited.set(level.file, setOrder(level.file, textOf(level), n + 1));
  }
  const orderAfter = (l: Level) => (moved.has(l) ? l.data.order + 1 : l.data.order);
  const ladder = siblings.filter((s) => s.data.track === track);
  const below = ladder.filter((s) => orderAfter(s) < order).at(-1);
  const above = ladder.find((s) => orderAfter(s) > order);

  const payGrades = content.pay?.grades ?? [];
  const grades = payGrades.map((g) => g.id);
  check(grades.length > 0, 'content/pay.yaml has no grades to give the level; run npm run check and fix it first');
  const peers = content.levels.filter((l) => l.id.split('/')[1] === slug && l.data.role.id !== roleId);
  const shortTitle = request.shortTitle ?? mostCommon(peers.map((p) => p.data.shortTitle)) ?? titleFromSlug(slug);
  const rank = (grade: string) => grades.indexOf(grade);
  const fits = (g: string | undefined): g is string => g !== undefined && (!below || rank(g) > rank(below.data.grade)) && (!above || rank(g) < rank(above.data.grade));
  let grade: string;
  let why: string | undefined;
  if (request.grade !== undefined) {
    if (!grades.includes(request.grade)) throw unknown('grade', request.grade, grades, `use a grade of content/pay.yaml: ${grades.join(', ')}`);
    grade = request.grade;
  } else {
    // Levels of the same name in other roles are its likely peers (a senior is a senior); then a
    // grade named like the level; each only where it fits between this ladder's neighbours.
    const peerGrade = mostCommon(peers.map((p) => p.data.grade));
    const peer = peers.find((p) => p.data.grade === peerGrade);
    const named = gradeNamedLike([slug, shortTitle], payGrades);
    const next = below ? grades[rank(below.data.grade) + 1] : above ? grades[rank(above.data.grade) - 1] : grades[0];
    if (peer && fits(peerGrade)) [grade, why] = [peerGrade, `like ${peer.data.title}`];
    else if (named && fits(named.id)) [grade, why] = [named.id, 'named like the level'];
    else {
      if (below && above && !fits(next))
        throw new GradeError(
          `content/pay.yaml has no grade between ${below.data.grade} and ${above.data.grade}, the grades of ${below.data.shortTitle} and ${above.data.shortTitle} around it`,
          'add a grade to content/pay.yaml, or place the level elsewhere with --after or --before',
        );
      if (next === undefined) {
        throw below
          ? new GradeError(`${below.data.shortTitle} (${below.data.grade}) already has the top grade of content/pay.yaml, so nothing above it can pay more`, 'add a grade to content/pay.yaml, or place the level lower with --after or --before')
          : new GradeError(`${above?.data.shortTitle} (${above?.data.grade}) has the lowest grade of content/pay.yaml, so nothing below it can pay less`, 'add a grade to content/pay.yaml, or place the level higher with --after');
      }
      grade = next;
      const misfit = peer ? `the grade of ${peer.data.title} (${peerGrade})` : named ? `${named.name}, named like it,` : undefined;
      why = `${below ? `one above ${below.data.shortTitle} (${below.data.grade}), the level below it` : above ? `one below ${above.data.shortTitle} (${above.data.grade}), the level above it` : 'the lowest grade'}, as ${misfit ? `${misfit} would not fit its place on the ladder` : `no grade and no level of another role is named ${shortTitle}`}`;
    }
  }
  if (below && rank(grade) <= rank(below.data.grade)) throw new GradeError(`grade ${grade} is not above ${below.data.grade}, the grade of ${below.data.shortTitle} below it`, `a more senior level needs a higher grade: choose one above ${below.data.grade} with --grade`);
  if (above && rank(grade) >= rank(above.data.grade)) throw new GradeError(`grade ${grade} is not below ${above.data.grade}, the grade of ${above.data.shortTitle} above it`, 'choose a grade between with --grade, or place the level elsewhere with --after or --before');
  const gradeName = payGrades.find((g) => g.id === grade)!.name;

  const neighbour = below ?? above;
  const areas = neighbour ? neighbour.data.competencies.map((c) => c.area) : sharedAreas(content);
  const minYears = below ? (below.data.experience.maxYears ?? below.data.experience.minYears + 2) : (mostCommon(peers.map((p) => p.data.experience.minYears)) ?? 0);

  const title = request.title ?? `${shortTitle} ${role.data.title}`;
  const text = levelText({
    role: roleId,
    title,
    shortTitle,
    order,
    track,
    grade,
    areas,
    minYears,
    owner: ownerOf(content),
    today,
    ...(below ? { below: below.data.shortTitle } : {}),
    ...(above ? { above: above.data.shortTitle } : {}),
  });

  // The new top needs the old top to say how to reach it; a new bottom, the old bottom to say what
  // changes. A TODO written into a published neighbour would be on the site at once (and fail the
  // check), so a published neighbour is left as it is and the editor is told what it needs.
  const onSite = (level: Level) => published(level) && published(role);
  const reminders: string[] = [];
  const ladderField = (level: Level, field: 'toReachNext' | 'changesFromPrevious', item: string, what: string) => {
    if (level.data[field]) return;
    if (onSite(level)) reminders.push(`${level.file} is published, so npm run new added no TODO to it: before you publish ${shortTitle}, give it ${field}, ${what}`);
    else edited.set(level.file, addFrontmatterLine(level.file, textOf(level), ladderLine(field, item)));
  };
  if (below && !above) ladderField(below, 'toReachNext', toReachText(shortTitle), `what it takes to reach ${shortTitle}`);
  if (above && !below) ladderField(above, 'changesFromPrevious', changesText(shortTitle, above.data.shortTitle), `what changes from ${shortTitle} to ${above.data.shortTitle}`);
  const update = [...edited].map(([file, newText]) => {
    const level = siblings.find((s) => s.file === file)!;
    const changes = [
      moved.has(level) && `order ${level.data.order} → ${level.data.order + 1}`,
      level === below && !above && !level.data.toReachNext && !onSite(level) && 'added toReachNext (a TODO line)',
      level === above && !below && !level.data.changesFromPrevious && !onSite(level) && 'added changesFromPrevious (a TODO line)',
    ].filter(Boolean);
    return { file, text: newText, change: changes.join(', ') };
  });
  const place = [below && `above ${below.data.shortTitle}`, above && `below ${above.data.shortTitle}`].filter(Boolean).join(' and ');
  return {
    create: [{ file: fileOf('level', id), text }],
    update,
    summary: `${title} (short title ${shortTitle}): order ${order} on the ${track} ladder${place ? `, ${place}` : ', its first level'}, grade ${grade} (${gradeName})${why ? `, ${why}` : ''}.`,
    reminders,
    next: 'fill in the TODOs, then run npm run check',
    suggested: { title, shortTitle, grade: { id: grade, name: gradeName, ...(why ? { why } : {}) } },
  };
}

/** For a role's first level: the competency areas most roles share, so the new role lines up with them. */
export function sharedAreas(content: LoadedContent): string[] {
  const byRole = Map.groupBy(content.levels, (l) => l.data.role.id);
  const roleCount = new Map<string, number>();
  for (const levels of byRole.values()) {
    for (const area of new Set(levels.flatMap((l) => l.data.competencies.map((c) => c.area)))) roleCount.set(area, (roleCount.get(area) ?? 0) + 1);
  }
  const shared = [...roleCount].filter(([, n]) => n * 2 > byRole.size).map(([area]) => area);
  return shared.length ? shared : ['Craft', 'Delivery', 'Collaboration'];
}

function planFaq(request: Request, content: LoadedContent, today: string): Plan {
  const segments = request.name.split('/');
  const folder = segments.slice(0, -1).join('/');
  const neighbours = content.faqs.filter((f) => f.id.split('/').slice(0, -1).join('/') === folder);
  for (const a of request.audience ?? []) check((audiences as readonly string[]).includes(a), `"${a}" is not an audience; use ${audiences.join(', ')}`);
  const audience = (request.audience as Audience[] | undefined) ??
    mostCommon(
      neighbours.map((f) => f.data.audience),
      (a) => a.join(),
    ) ?? ['candidate'];
  const topic = request.topic ?? mostCommon(neighbours.map((f) => f.data.topic)) ?? (folder ? titleFromSlug(segments.at(-2)!) : 'General');
  const sameTopic = content.faqs.filter((f) => f.data.topic === topic).map((f) => f.data.order);
  const question = (request.question ?? titleFromSlug(segments.at(-1)!).replace(/ (\w)/g, (_, c: string) => ` ${c.toLowerCase()}`)).trim();
  const facts = { question: question.endsWith('?') ? question : `${question}?`, audience, topic, order: sameTopic.length ? largest(sameTopic) + 10 : 10, today };
  return {
    create: [{ file: fileOf('faq', request.name), text: faqText(facts) }],
    update: [],
    summary: `"${facts.question}" under the topic ${topic}, for ${audience.join(', ')}, order ${facts.order}.`,
    reminders: [],
    next: 'write the answer in place of the TODO, then run npm run check',
    suggested: { audience },
  };
}

const daysLater = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** How long a new opening stays open unless the editor changes validThrough. */
const openingDays = 60;

function planOpening(request: Request, content: LoadedContent, today: string): Plan {
  const slug = request.name;
  check(request.level !== undefined, 'an opening needs the level it hires for: add --level <role>/<level>, such as --level data-engineer/senior');
  const level = content.levels.find((l) => l.id === request.level);
  if (!level)
    throw unknown(
      'level',
      request.level!,
      content.levels.map((l) => l.id),
      'name an existing level as <role>/<level>, or create it first with npm run new -- level',
    );
  const type = (request.type ?? 'FULL_TIME') as EmploymentType;
  check(employmentTypes.includes(type), `"${request.type}" is not an employment type; use one of ${employmentTypes.join(', ')}`);
  const applyUrl = request.applyUrl ?? 'https://TODO.example/the-address-of-the-application-form';
  const refusal = applyUrlRefusal(applyUrl);
  check(!refusal, `${refusal} with --apply-url`);

  // Job search needs to know where the job is: when no setting says so yet, the opening does, with a TODO where a fact is missing.
  const role = content.roles.find((r) => r.id === level.data.role.id);
  const hiring = content.hiring && withOverrides(content.hiring, role?.data.hiring, level.data.hiring);
  const zone = content.pay?.zones.find((z) => z.id === content.pay?.defaultZone) ?? content.pay?.zones[0];
  const country = zone?.countries[0] ?? 'US';
  const place = !hiring ? undefined : hiring.workMode === 'remote' ? (hiring.remoteCountries?.length ? undefined : { remoteCountries: zone?.countries ?? [country] }) : hiring.offices?.length ? undefined : { officeCountry: country };

  const validThrough = daysLater(today, openingDays);
  const text = openingText({
    level: level.id,
    ...(request.title ? { title: request.title } : {}),
    employmentType: type,
    validThrough,
    applyUrl,
    directApply: false,
    owner: ownerOf(content),
    today,
    ...(place ? { place } : {}),
  });
  return {
    create: [{ file: fileOf('opening', slug), text }],
    update: [],
    summary: `${request.title ?? level.data.title}, posted ${today}, open until ${validThrough}.`,
    reminders: [],
    next: 'check the dates and the application address, fill in the TODOs, then run npm run check',
    suggested: {},
  };
}
