/**
 * Settings the publishing host knows better than the shipped example values.
 *
 * A fresh fork still holds upstream's addresses (shippedSite). An HR editor publishing with GitHub
 * Pages should not have to look up and type their own: on GitHub Actions the repository and the
 * edit link become the fork's, and the site address becomes the Pages address the workflow passes
 * in ROLEBOOK_URL. Only values still equal to the shipped ones are replaced, so whatever an editor
 * wrote always wins. readSettings applies this, so the check, the build and every page agree.
 */
import { shippedSite, type SiteSettings } from '../schemas/site.ts';

/** The environment variables this reads (process.env in practice; a plain object in tests). */
export interface HostEnv {
  /** "true" on GitHub Actions. */
  GITHUB_ACTIONS?: string | undefined;
  /** https://github.com, or a GitHub Enterprise server. */
  GITHUB_SERVER_URL?: string | undefined;
  /** owner/repo of the fork the workflow runs in. */
  GITHUB_REPOSITORY?: string | undefined;
  /** The branch a pull request targets (set only for pull requests). */
  GITHUB_BASE_REF?: string | undefined;
  /** The branch or tag the run is for; for a pull request "<number>/merge", which is no branch to edit. */
  GITHUB_REF_NAME?: string | undefined;
  /** "branch" or "tag". */
  GITHUB_REF_TYPE?: string | undefined;
  /** Where the site is published, such as https://acme.github.io (deploy.yml sets it from actions/configure-pages). */
  ROLEBOOK_URL?: string | undefined;
}

export function hostDefaults(site: SiteSettings, env: HostEnv): SiteSettings {
  const out = { ...site };
  const pagesOrigin = originOf(env.ROLEBOOK_URL);
  if (pagesOrigin && site.url === shippedSite.url) out.url = pagesOrigin;

  const repository = gitHubRepository(env);
  if (repository) {
    if (site.repository === shippedSite.repository) out.repository = repository;
    const branch = editBranch(env);
    if (branch && site.editUrl === shippedSite.editUrl) out.editUrl = `${repository}/edit/${branch}/{path}`;
  }
  return out;
}

/** https://github.com/owner/repo when running on GitHub Actions, else undefined. */
function gitHubRepository(env: HostEnv): string | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY || !/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY)) return undefined;
  const server = originOf(env.GITHUB_SERVER_URL ?? 'https://github.com');
  return server ? `${server}/${env.GITHUB_REPOSITORY}` : undefined;
}

/** The branch editors change: a pull request's target, else the pushed branch (never a tag or a merge ref). */
function editBranch(env: HostEnv): string | undefined {
  if (env.GITHUB_BASE_REF) return env.GITHUB_BASE_REF;
  if (env.GITHUB_REF_TYPE && env.GITHUB_REF_TYPE !== 'branch') return undefined;
  return env.GITHUB_REF_NAME || undefined;
}

/** The origin of an http(s) address (configure-pages' base_url carries the base path too), or undefined. */
function originOf(address: string | undefined): string | undefined {
  if (!address || !URL.canParse(address)) return undefined;
  const parsed = new URL(address);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
}
