/** The career-paths index (a card per path) and one page per career path, with its own graph. */
import { paths, url } from '../../lib/url.ts';
import type { CareerPath, Handbook } from '../model.ts';
import { pathTrackNames, plural, stepKindNames } from '../../i18n/words/en.ts';
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
  return {
    head: {
      title: 'Career paths',
      description: `How the ${h.roles.length} roles and ${h.levels.length} levels at ${h.site.company.name} connect: promotions, moves between tracks and lateral moves.`,
      crumbs: [{ label: 'Career paths' }],
      section: 'career-paths',
      search: { type: 'career-path' },
    },
    cards: h.careerPaths.map((path) => ({
      href: url(paths.careerPath(path.id)),
      title: path.data.title,
      summary: path.data.summary,
      track: `${pathTrackNames[path.data.track]} track`,
      steps: plural(path.steps.length, 'step'),
    })),
    jobArchitecture: url(paths.jobArchitecture()),
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
  return {
    head: {
      title: d.title,
      description: d.summary,
      crumbs: [{ label: 'Career paths', href: paths.careerPaths() }, { label: d.title }],
      editPath: path.filePath,
      section: 'career-paths',
      search: { type: 'career-path', filters: { track: d.track } },
      ...draftHead([path]),
    },
    path,
    track: `${pathTrackNames[d.track]} track`,
    graph: pathGraph(path, { id: 'path-graph', title: `${d.title}: the steps by grade` }),
    steps: path.steps.map((s) => ({ from: placeLink(s.from), to: placeLink(s.to), kind: stepKindNames[s.kind], changes: s.changes, ...(s.reason ? { reason: s.reason } : {}) })),
    review: reviewLine(h.site, path),
  };
}
