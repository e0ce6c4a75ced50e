/** The career-paths index (a card per path) and one page per career path, with its own graph. */
import { paths } from '../../lib/url.ts';
import type { CareerPath, Handbook } from '../model.ts';
import { draftHead, placeLink, reviewLine, type Link, type PageHead, type ReviewLine } from './common.ts';
import { pathGraph, type GraphView } from './graph.ts';

interface PathCard {
  href: string;
  title: string;
  summary: string;
  track: string;
  steps: string;
}

export interface CareerPathsPage {
  head: PageHead;
  cards: PathCard[];
  jobArchitecture: string;
}

export function careerPathsPage(h: Handbook): CareerPathsPage {
  const { words } = h;
  return {
    head: {
      title: words.career.title,
      description: words.career.description(h.roles.length, h.levels.length, h.site.company.name),
      crumbs: [{ label: words.crumbs.careerPaths }],
      section: 'career-paths',
      search: { type: 'career-path' },
    },
    cards: h.careerPaths.map((path) => ({
      href: h.url(paths.careerPath(path.id)),
      title: path.data.title,
      summary: path.data.summary,
      track: words.role.track(words.pathTrackNames[path.data.track]),
      steps: words.career.steps(path.steps.length),
    })),
    jobArchitecture: h.url(paths.jobArchitecture()),
  };
}

export interface CareerPathPage {
  head: PageHead;
  path: CareerPath;
  track: string;
  graph: GraphView;
  steps: { from: Link; to: Link; kind: string; changes: string[]; reason?: string }[];
  review: ReviewLine;
}

export function careerPathPage(path: CareerPath, h: Handbook): CareerPathPage {
  const d = path.data;
  const { words } = h;
  return {
    head: {
      title: d.title,
      description: d.summary,
      crumbs: [{ label: words.crumbs.careerPaths, href: paths.careerPaths() }, { label: d.title }],
      editPath: path.filePath,
      section: 'career-paths',
      search: { type: 'career-path', filters: { track: d.track } },
      ...draftHead([path]),
    },
    path,
    track: words.role.track(words.pathTrackNames[d.track]),
    graph: pathGraph(path, h, { id: 'path-graph', title: words.career.graphTitle(d.title) }),
    steps: path.steps.map((s) => ({ from: placeLink(s.from, h), to: placeLink(s.to, h), kind: words.stepKindNames[s.kind], changes: s.changes, ...(s.reason ? { reason: s.reason } : {}) })),
    review: reviewLine(h, path),
  };
}
