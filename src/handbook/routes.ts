/**
 * Route data, computed once per build: each page file's getStaticPaths (or top-level await) takes
 * its view model from here, so pages and components only render.
 */
import { getHandbook } from './index.ts';
import { careerPathPage, careerPathsPage } from './views/career.ts';
import { comparePage, pairPage } from './views/compare.ts';
import { faqPage } from './views/faq.ts';
import { families, homePage } from './views/home.ts';
import { jobArchitecturePage } from './views/job-architecture.ts';
import { adFor, adJson, jobDescriptionFormats, jobDescriptionPage } from './views/job-description.ts';
import { levelPage } from './views/level.ts';
import { jobsPage, openingPage, openingsAtom, openingsJson } from './views/opening.ts';
import { rolePage } from './views/role.ts';
import { skillPage, skillsPage } from './views/skills.ts';

export async function rolePaths() {
  const h = await getHandbook();
  return h.roles.map((role) => ({ params: { role: role.id }, props: rolePage(role, h) }));
}

export async function levelPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => ({ params: { role: level.role.id, level: level.slug }, props: levelPage(level, h) }));
}

export async function jobDescriptionPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => ({ params: { role: level.role.id, level: level.slug }, props: jobDescriptionPage(level, h) }));
}

export async function jobDescriptionFilePaths() {
  const h = await getHandbook();
  return h.levels.flatMap((level) => {
    const ad = adFor(level, h);
    const json = adJson(level, ad, h);
    return jobDescriptionFormats.map((format) => ({ params: { role: level.role.id, level: level.slug, format }, props: { jd: ad.jd, json, format } }));
  });
}

export async function comparePaths() {
  const h = await getHandbook();
  return h.roles.filter((r) => r.levels.length > 1).map((role) => ({ params: { role: role.id }, props: comparePage(role, h) }));
}

export async function pairPaths() {
  const h = await getHandbook();
  return h.roles.flatMap((role) => role.pairs.map((pair) => ({ params: { role: role.id, pair: pair.slug }, props: pairPage(pair, h) })));
}

export async function careerPathPaths() {
  const h = await getHandbook();
  return h.careerPaths.map((path) => ({ params: { path: path.id }, props: careerPathPage(path, h) }));
}

export async function skillPaths() {
  const h = await getHandbook();
  return h.skills.map((skill) => ({ params: { skill: skill.slug }, props: skillPage(skill) }));
}

/** The default zone's page; every other zone gets its own (jobArchitectureZonePaths). */
export const jobArchitecture = async () => {
  const h = await getHandbook();
  return jobArchitecturePage(h, h.pay.zones[0]!);
};

export async function jobArchitectureZonePaths() {
  const h = await getHandbook();
  return h.pay.zones.slice(1).map((zone) => ({ params: { zone: zone.id }, props: jobArchitecturePage(h, zone) }));
}

export const home = async () => homePage(await getHandbook());
export const roleFamilies = async () => families(await getHandbook());
export const careerPaths = async () => careerPathsPage(await getHandbook());
export const skills = async () => skillsPage(await getHandbook());
export const faq = async () => faqPage(await getHandbook());

export async function openingPaths() {
  const h = await getHandbook();
  return h.openings.map((opening) => ({ params: { opening: opening.id }, props: openingPage(opening, h) }));
}

export const jobs = async () => jobsPage(await getHandbook());
export const jobsJson = async () => openingsJson(await getHandbook());
export const jobsAtom = async () => openingsAtom(await getHandbook());
