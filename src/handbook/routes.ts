/**
 * Route data: each page file's getStaticPaths (or top-level await) takes its view model from
 * here, so pages and components only render. getStaticPaths returns every page of a route at once
 * and Astro keeps them for the whole build, so a page's view model is made when that page renders
 * (`Astro.props.view()`): made up front, the view models of a 10,000-level handbook filled Node's
 * heap and the build stopped.
 */
import { getHandbook } from './index.ts';
import { careerPathPage, careerPathsPage } from './views/career.ts';
import { comparePage, pairPage } from './views/compare.ts';
import { faqPage } from './views/faq.ts';
import { families, homePage } from './views/home.ts';
import { jobArchitecturePage } from './views/job-architecture.ts';
import { adPage } from './views/ad.ts';
import { interviewsPage } from './views/kit.ts';
import { levelPage } from './views/level.ts';
import { jobsPage, openingPage, openingsAtom, openingsJson } from './views/opening.ts';
import { rolePage } from './views/role.ts';
import { selfAssessmentPage } from './views/self-assessment.ts';
import { skillPage, skillsPage } from './views/skills.ts';

/** A page's props: its view model, made on demand. */
export interface Route<View> {
  view: () => View;
}

const route = <View>(params: Record<string, string>, view: () => View): { params: Record<string, string>; props: Route<View> } => ({ params, props: { view } });

export async function rolePaths() {
  const h = await getHandbook();
  return h.roles.map((role) => route({ role: role.id }, () => rolePage(role, h)));
}

export async function levelPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => route({ role: level.role.id, level: level.slug }, () => levelPage(level, h)));
}

export async function adPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => route({ role: level.role.id, level: level.slug }, () => adPage(level, h)));
}

export async function selfAssessmentPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => route({ role: level.role.id, level: level.slug }, () => selfAssessmentPage(level, h)));
}

/** A level's "how we interview" page, unless site.yaml turns interview kits off. */
export async function interviewsPaths() {
  const h = await getHandbook();
  if (h.site.interviewKits === 'off') return [];
  return h.levels.map((level) => route({ role: level.role.id, level: level.slug }, () => interviewsPage(level, h)));
}

export async function comparePaths() {
  const h = await getHandbook();
  return h.roles.filter((r) => r.levels.length > 1).map((role) => route({ role: role.id }, () => comparePage(role, h)));
}

export async function pairPaths() {
  const h = await getHandbook();
  return h.roles.flatMap((role) => role.pairs.map((pair) => route({ role: role.id, pair: pair.slug }, () => pairPage(pair, h))));
}

export async function careerPathPaths() {
  const h = await getHandbook();
  return h.careerPaths.map((path) => route({ path: path.id }, () => careerPathPage(path, h)));
}

export async function skillPaths() {
  const h = await getHandbook();
  return h.skills.map((skill) => route({ skill: skill.slug }, () => skillPage(skill, h)));
}

/** The default zone's page; every other zone gets its own (jobArchitectureZonePaths). */
export const jobArchitecture = async () => {
  const h = await getHandbook();
  return jobArchitecturePage(h, h.pay.zones[0]!);
};

export async function jobArchitectureZonePaths() {
  const h = await getHandbook();
  return h.pay.zones.slice(1).map((zone) => route({ zone: zone.id }, () => jobArchitecturePage(h, zone)));
}

export const home = async () => homePage(await getHandbook());
export const roleFamilies = async () => families(await getHandbook());
export const careerPaths = async () => careerPathsPage(await getHandbook());
export const skills = async () => skillsPage(await getHandbook());
export const faq = async () => faqPage(await getHandbook());

export async function openingPaths() {
  const h = await getHandbook();
  return h.openings.map((opening) => route({ opening: opening.id }, () => openingPage(opening, h)));
}

export const jobs = async () => jobsPage(await getHandbook());
export const jobsJson = async () => openingsJson(await getHandbook());
export const jobsAtom = async () => openingsAtom(await getHandbook());
