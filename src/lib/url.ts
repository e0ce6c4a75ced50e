/**
 * Every internal link goes through here so the site works under any base path (/ or /handbook/).
 * Paths are given without the base and without a leading slash: url('roles/backend-engineer/').
 */
export function joinBase(base: string, path = ''): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}

/** A base path as Astro's BASE_URL has it, with a leading and a trailing slash: 'handbook' → '/handbook/'. */
export function normaliseBase(base: string): string {
  const b = base.trim() || '/';
  return `${b.startsWith('/') ? '' : '/'}${b}${b.endsWith('/') ? '' : '/'}`;
}

function currentBase(): string {
  // import.meta.env exists inside Astro (Vite); plain Node (unit tests) has no env and gets '/'.
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

/** A root-relative link inside the site: url('faq/') → '/handbook/faq/' under base /handbook/. */
export function url(path = ''): string {
  return joinBase(currentBase(), path);
}

/** The absolute address of a page, for canonical links, sitemaps and JSON-LD. */
export function absoluteUrl(path: string, site: string, base = currentBase()): string {
  return new URL(joinBase(base, path), site).href;
}

/** Path segments for the common pages, in one place so routes and links cannot drift apart. */
export const paths = {
  home: () => '',
  roles: () => 'roles/',
  role: (role: string) => `roles/${role}/`,
  level: (role: string, level: string) => `roles/${role}/${level}/`,
  ad: (role: string, level: string) => `roles/${role}/${level}/job-ad/`,
  adFile: (role: string, level: string, ext: 'md' | 'txt' | 'html' | 'json') => `roles/${role}/${level}/job-ad.${ext}`,
  interviews: (role: string, level: string) => `roles/${role}/${level}/interviews/`,
  kitFile: (role: string, level: string, ext: 'md' | 'csv') => `roles/${role}/${level}/interview-kit.${ext}`,
  selfAssessment: (role: string, level: string) => `roles/${role}/${level}/self-assessment/`,
  compare: (role: string) => `roles/${role}/compare/`,
  comparePair: (role: string, a: string, b: string) => `roles/${role}/compare/${a}-vs-${b}/`,
  jobArchitecture: (zone?: string) => (zone ? `job-architecture/${zone}/` : 'job-architecture/'),
  careerPaths: () => 'career-paths/',
  careerPath: (path: string) => `career-paths/${path}/`,
  faq: (anchor?: string) => (anchor ? `faq/#${anchor}` : 'faq/'),
  skills: () => 'skills/',
  skill: (skill: string) => `skills/${skill}/`,
  search: () => 'search/',
  jobs: () => 'jobs/',
  opening: (id: string) => `jobs/${id}/`,
  jobsFeed: () => 'jobs/feed.xml',
  jobsJson: () => 'jobs/index.json',
  handbookGuide: () => 'handbook-guide/',
};

/** A web address written without its https:// ("handbook.acme.com"), as a full one. */
export function webAddressFrom(written: string): string | undefined {
  const text = written.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[^\s/]+\.[a-z]{2,}(?:[/?#]\S*)?$/i.test(text)) return undefined;
  return URL.canParse(`https://${text}`) ? `https://${text}` : undefined;
}
