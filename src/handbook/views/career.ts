/** The career-paths index (every role and level in one graph) and one page per career path. */
import { paths, url } from '../../lib/url.ts';
import { nodeId } from '../career.ts';
import type { CareerPath, Handbook } from '../model.ts';
import { pathTrackNames, plural, stepKindNames } from '../words.ts';
import { placeLink, reviewLine, type Link, type PageHead, type ReviewLine } from './common.ts';
import { graphView, type GraphView } from './graph.ts';

export interface PathCard {
  href: string;
  title: string;
  summary: string;
  track: string;
  steps: string;
}

export interface CareerPathsPage {
  head: PageHead;
  graph: GraphView;
  cards: PathCard[];
}

export function careerPathsPage(h: Handbook): CareerPathsPage {
  return {
    head: {
      title: 'Career paths',
      description: `How the ${h.roles.length} roles and ${h.levels.length} levels at ${h.site.company.name} connect: promotions, moves between tracks and lateral moves.`,
      crumbs: [{ label: 'Career paths' }],
      section: 'career-paths',
      search: { type: 'career-path' },
    },
    graph: graphView(h.graph.nodes, h.graph.edges, {
      id: 'career-graph',
      title: 'Career graph of every role and level',
      description: `${h.graph.nodes.length} roles and levels connected by ${h.graph.edges.length} steps. Levels rise from bottom to top. Square boxes are individual-contributor levels, rounded boxes are management levels; solid lines are promotions, dashed lines track switches and dotted lines lateral moves.`,
    }),
    cards: h.careerPaths.map((path) => ({
      href: url(paths.careerPath(path.id)),
      title: path.data.title,
      summary: path.data.summary,
      track: `${pathTrackNames[path.data.track]} track`,
      steps: plural(path.steps.length, 'step'),
    })),
  };
}

export interface CareerPathPage {
  head: PageHead;
  path: CareerPath;
  track: string;
  graph: GraphView;
  steps: { from: Link; to: Link; kind: string; changes: string[] }[];
  review: ReviewLine;
}

export function careerPathPage(path: CareerPath, h: Handbook): CareerPathPage {
  const d = path.data;
  const ids = new Set(path.steps.flatMap((s) => [nodeId(s.from), nodeId(s.to)]));
  const nodes = h.graph.nodes.filter((n) => ids.has(n.id));
  const edges = path.steps.map((s) => ({ from: nodeId(s.from), to: nodeId(s.to), kind: s.kind, paths: [] }));
  return {
    head: {
      title: d.title,
      description: d.summary,
      crumbs: [{ label: 'Career paths', href: paths.careerPaths() }, { label: d.title }],
      editPath: path.filePath,
      section: 'career-paths',
      search: { type: 'career-path', filters: { track: d.track } },
    },
    path,
    track: `${pathTrackNames[d.track]} track`,
    graph: graphView(nodes, edges, {
      id: 'path-graph',
      title: `${d.title}: the steps`,
      description: `${plural(path.steps.length, 'step')} between ${nodes.length} roles and levels. Levels rise from bottom to top.`,
    }),
    steps: path.steps.map((s) => ({ from: placeLink(s.from), to: placeLink(s.to), kind: stepKindNames[s.kind], changes: s.changes })),
    review: reviewLine(h.site, path),
  };
}
