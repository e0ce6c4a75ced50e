/**
 * Builds the read model from plain entries. Pure: no astro:content, so unit tests can feed it the
 * content check's loader output, and getHandbook() feeds it Astro's collections.
 */
import { diffLevels } from '../lib/level-diff.ts';
import { mentions } from '../lib/skills.ts';
import { slugify } from '../lib/slug.ts';
import { audiences, type FaqData } from '../schemas/faq.ts';
import type { CareerPathData } from '../schemas/career-path.ts';
import { tracks, type LevelData, type Track } from '../schemas/level.ts';
import type { RoleData } from '../schemas/role.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type {
  CareerGraph,
  CareerPath,
  Faq,
  GraphEdge,
  GraphNode,
  Handbook,
  Level,
  LevelPair,
  Place,
  ResolvedStep,
  Role,
  Skill,
  Source,
  Transition,
} from './model.ts';

export interface HandbookInput {
  site: SiteSettings;
  roles: readonly Source<RoleData>[];
  levels: readonly Source<LevelData>[];
  faqs: readonly Source<FaqData>[];
  careerPaths: readonly Source<CareerPathData>[];
}

const published = <D extends { status?: 'draft' | 'published' }>(entry: Source<D>) => entry.data.status !== 'draft';
const byText = (a: string, b: string) => a.localeCompare(b, 'en');

export function nodeId(place: Place): string {
  return `${place.kind}:${place.id}`;
}

export function buildHandbook(input: HandbookInput): Handbook {
  const { site } = input;

  // Roles
  const roles: Role[] = input.roles
    .filter(published)
    .map((entry) => ({
      kind: 'role' as const,
      id: entry.id,
      data: entry.data,
      filePath: entry.filePath ?? `content/roles/${entry.id}.mdx`,
      levels: [],
      tracks: [],
      track: 'ic' as Track,
      skillGroups: entry.data.skills.map((g) => ({ group: g.group, skills: g.items.map((name) => ({ name, slug: slugify(name) })) })),
      faqs: [],
      leadsTo: [],
      comesFrom: [],
      pairs: [],
    }))
    .sort((a, b) => byText(a.data.title, b.data.title));
  const rolesById = new Map(roles.map((r) => [r.id, r]));

  // Levels, ordered per role and track
  const levels: Level[] = [];
  for (const entry of input.levels.filter(published)) {
    const role = rolesById.get(entry.data.role.id);
    if (!role) continue;
    const slug = entry.id.split('/').at(-1)!;
    const level: Level = {
      kind: 'level',
      id: entry.id,
      slug,
      role,
      data: entry.data,
      filePath: entry.filePath ?? `content/levels/${entry.id}.mdx`,
      currency: entry.data.salary.currency ?? site.currency,
      faqs: [],
    };
    role.levels.push(level);
    levels.push(level);
  }
  const trackIndex = (t: Track) => tracks.indexOf(t);
  for (const role of roles) {
    role.levels.sort((a, b) => trackIndex(a.data.track) - trackIndex(b.data.track) || a.data.order - b.data.order || byText(a.id, b.id));
    role.tracks = tracks.filter((t) => role.levels.some((l) => l.data.track === t));
    const management = role.levels.filter((l) => l.data.track === 'management').length;
    role.track = management > role.levels.length - management ? 'management' : 'ic';
    for (const track of role.tracks) {
      const ladder = role.levels.filter((l) => l.data.track === track);
      ladder.forEach((level, i) => {
        const previous = ladder[i - 1];
        const next = ladder[i + 1];
        if (previous) {
          level.previous = previous;
          level.diffFromPrevious = diffLevels(previous.data, level.data);
        }
        if (next) level.next = next;
      });
    }
    role.pairs = pairsOf(role.levels);
    const range = payRange(role.levels, site.currency);
    if (range) role.payRange = range;
  }
  levels.sort((a, b) => byText(a.role.data.title, b.role.data.title) || ladderIndex(a) - ladderIndex(b));
  const levelsById = new Map(levels.map((l) => [l.id, l]));

  // FAQs
  const faqs: Faq[] = input.faqs
    .filter(published)
    .map((entry) => ({
      id: entry.id,
      anchor: '',
      data: entry.data,
      filePath: entry.filePath ?? `content/faqs/${entry.id}.mdx`,
      roles: entry.data.roles.map((r) => rolesById.get(r.id)).filter((r): r is Role => r !== undefined),
      levels: entry.data.levels.map((l) => levelsById.get(l.id)).filter((l): l is Level => l !== undefined),
    }))
    .sort((a, b) => a.data.order - b.data.order || byText(a.data.question, b.data.question));
  assignAnchors(faqs);
  for (const faq of faqs) {
    for (const role of faq.roles) role.faqs.push(faq);
    for (const level of faq.levels) {
      level.faqs.push(faq);
    }
  }
  const topics = new Map<string, Faq[]>();
  for (const faq of faqs) topics.set(faq.data.topic, [...(topics.get(faq.data.topic) ?? []), faq]);
  const faqsByTopic = [...topics]
    .map(([topic, list]) => ({ topic, slug: `topic-${slugify(topic)}`, faqs: list }))
    .sort((a, b) => Math.min(...a.faqs.map((f) => f.data.order)) - Math.min(...b.faqs.map((f) => f.data.order)) || byText(a.topic, b.topic));
  const faqsByAudience = audiences.map((audience) => ({ audience, faqs: faqs.filter((f) => f.data.audience.includes(audience)) })).filter((g) => g.faqs.length);

  // Career paths and the graph
  const resolve = (ref: string): Place | undefined => (ref.includes('/') ? levelsById.get(ref) : rolesById.get(ref));
  const careerPaths: CareerPath[] = input.careerPaths
    .filter(published)
    .map((entry) => {
      const path: CareerPath = { id: entry.id, data: entry.data, filePath: entry.filePath ?? `content/career-paths/${entry.id}.mdx`, steps: [] };
      for (const step of entry.data.steps) {
        const from = resolve(step.from);
        const to = resolve(step.to);
        if (from && to) path.steps.push({ from, to, kind: step.kind, changes: step.changes } satisfies ResolvedStep);
      }
      return path;
    })
    .sort((a, b) => pathTrackOrder(a) - pathTrackOrder(b) || byText(a.data.title, b.data.title));
  const careerPathsById = new Map(careerPaths.map((p) => [p.id, p]));
  for (const path of careerPaths) {
    for (const step of path.steps) {
      const fromRole = roleOf(step.from);
      const toRole = roleOf(step.to);
      if (fromRole === toRole) continue;
      const transition: Transition = { from: step.from, to: step.to, kind: step.kind, path };
      fromRole.leadsTo.push(transition);
      toRole.comesFrom.push(transition);
    }
  }
  const graph = careerGraph(roles, careerPaths);

  // Skills
  const skillsBySlug = new Map<string, Skill>();
  for (const role of roles) {
    for (const group of role.skillGroups) {
      for (const { name, slug } of group.skills) {
        let skill = skillsBySlug.get(slug);
        if (!skill) {
          skill = { slug, name, groups: [], roles: [], levels: [] };
          skillsBySlug.set(slug, skill);
        }
        if (!skill.groups.includes(group.group)) skill.groups.push(group.group);
        if (!skill.roles.includes(role)) skill.roles.push(role);
      }
    }
  }
  for (const skill of skillsBySlug.values()) {
    for (const level of levels) {
      const d = level.data;
      const text = [...d.requirements, ...d.niceToHaves, ...d.responsibilities, ...d.competencies.map((c) => c.expectation), d.scope].join('\n');
      if (mentions(text, skill.name)) skill.levels.push(level);
    }
  }
  const skills = [...skillsBySlug.values()].sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()));

  const familyNames = [...new Set(roles.map((r) => r.data.family))].sort(byText);
  const families = familyNames.map((family) => ({ family, roles: roles.filter((r) => r.data.family === family) }));

  return {
    site,
    roles,
    rolesById,
    families,
    levels,
    levelsById,
    faqs,
    faqsByTopic,
    faqsByAudience,
    careerPaths,
    careerPathsById,
    graph,
    skills,
    skillsBySlug,
  };
}

function ladderIndex(level: Level): number {
  return level.role.levels.indexOf(level);
}

function pathTrackOrder(path: CareerPath): number {
  return ['ic', 'management', 'lateral'].indexOf(path.data.track);
}

export function roleOf(place: Place): Role {
  return place.kind === 'role' ? place : place.role;
}

export function trackOf(place: Place): Track {
  return place.kind === 'role' ? place.track : place.data.track;
}

function pairsOf(levels: readonly Level[]): LevelPair[] {
  const pairs: LevelPair[] = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const a = levels[i]!;
      const b = levels[j]!;
      pairs.push({ a, b, slug: `${a.slug}-vs-${b.slug}`, diff: diffLevels(a.data, b.data) });
    }
  }
  return pairs;
}

function payRange(levels: readonly Level[], fallbackCurrency: string): Role['payRange'] {
  if (!levels.length) return undefined;
  const currency = levels[0]!.currency ?? fallbackCurrency;
  const period = levels[0]!.data.salary.period;
  const same = levels.filter((l) => l.currency === currency && l.data.salary.period === period);
  return {
    min: Math.min(...same.map((l) => l.data.salary.min)),
    max: Math.max(...same.map((l) => l.data.salary.max)),
    currency,
    period,
  };
}

/** Anchors from the file name; folders are added only where two files share a name. */
function assignAnchors(faqs: Faq[]): void {
  const counts = new Map<string, number>();
  for (const faq of faqs) {
    const last = faq.id.split('/').at(-1)!;
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  for (const faq of faqs) {
    const last = faq.id.split('/').at(-1)!;
    faq.anchor = `faq-${(counts.get(last)! > 1 ? faq.id : last).replace(/\//g, '-')}`;
  }
}

/**
 * Nodes are every role and level. Each role node leads into its first level and each level to the
 * next on its ladder (ladder edges), and every career-path step adds an edge, merged when several
 * paths take the same step.
 */
function careerGraph(roles: readonly Role[], paths: readonly CareerPath[]): CareerGraph {
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const add = (from: Place, to: Place, kind: GraphEdge['kind'], path?: CareerPath) => {
    const key = `${nodeId(from)}>${nodeId(to)}`;
    const existing = edges.get(key);
    if (existing) {
      if (path && !existing.paths.includes(path)) existing.paths.push(path);
      if (existing.kind === 'ladder' && kind !== 'ladder') existing.kind = kind;
      return;
    }
    edges.set(key, { from: nodeId(from), to: nodeId(to), kind, paths: path ? [path] : [] });
  };
  for (const role of roles) {
    nodes.push({ id: nodeId(role), place: role, track: role.track });
    for (const level of role.levels) nodes.push({ id: nodeId(level), place: level, track: level.data.track });
    const firsts = role.tracks.map((t) => role.levels.find((l) => l.data.track === t)!);
    for (const first of firsts) add(role, first, 'ladder');
    for (const level of role.levels) if (level.next) add(level, level.next, 'ladder');
  }
  for (const path of paths) for (const step of path.steps) add(step.from, step.to, step.kind, path);
  return { nodes, edges: [...edges.values()] };
}
