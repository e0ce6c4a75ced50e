/**
 * Route data: each page file's getStaticPaths (or top-level await) takes its view model from
 * here, so pages and components only render. getStaticPaths returns every page of a route at once
 * and Astro keeps them for the whole build, so a page's view model is made when that page renders
 * (`Astro.props.view()`): made up front, the view models of a 10,000-level handbook filled Node's
 * heap and the build stopped.
 *
 * Every page is made once per language (src/pages/[...locale]/): with no `locale` for the default
 * language, and with the translation's key for each other, from that language's read model. A
 * language whose untranslated pages are left out (site.yaml: untranslated: leave-out) gets no page
 * for an entry it has not translated; its links lead to the default language's page instead.
 */
import { localesOf } from '../i18n/locales.ts';
import { getHandbook } from './index.ts';
import type { Drafted, Handbook } from './model.ts';
import { site } from './settings.ts';
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

type Path<View> = { params: Record<string, string | undefined>; props: Route<View> };

/** The pages `make` gives for each language's read model, each with the language's `locale` param. */
async function perLanguage<View>(make: (h: Handbook, page: (params: Record<string, string>, view: () => View) => Path<View>) => Path<View>[]): Promise<Path<View>[]> {
  const languages = await Promise.all(localesOf(site).map((locale) => getHandbook(locale.key)));
  return languages.flatMap((h) => make(h, (params, view) => ({ params: { ...params, locale: h.locale.key }, props: { view } })));
}

/** Whether a language has a page for an entry: always, unless it leaves out what it has not translated. */
const hasPage = (h: Handbook) => (entry: Drafted) => !(entry.fallback && h.locale.untranslated === 'leave-out');

/** A page with no parameter of its own (the home page, the FAQ…), in every language. */
const single =
  <View>(view: (h: Handbook) => View) =>
  () =>
    perLanguage<View>((h, page) => [page({}, () => view(h))]);

export const rolePaths = () => perLanguage((h, page) => h.roles.filter(hasPage(h)).map((role) => page({ role: role.id }, () => rolePage(role, h))));

export const levelPaths = () => perLanguage((h, page) => h.levels.filter(hasPage(h)).map((level) => page({ role: level.role.id, level: level.slug }, () => levelPage(level, h))));

export const adPaths = () => perLanguage((h, page) => h.levels.filter(hasPage(h)).map((level) => page({ role: level.role.id, level: level.slug }, () => adPage(level, h))));

export const selfAssessmentPaths = () => perLanguage((h, page) => h.levels.filter(hasPage(h)).map((level) => page({ role: level.role.id, level: level.slug }, () => selfAssessmentPage(level, h))));

/** A level's "how we interview" page, unless site.yaml turns interview kits off. */
export const interviewsPaths = () => perLanguage((h, page) => (h.site.interviewKits === 'off' ? [] : h.levels.filter(hasPage(h)).map((level) => page({ role: level.role.id, level: level.slug }, () => interviewsPage(level, h)))));

export const comparePaths = () => perLanguage((h, page) => h.roles.filter((r) => r.levels.length > 1 && hasPage(h)(r)).map((role) => page({ role: role.id }, () => comparePage(role, h))));

export const pairPaths = () => perLanguage((h, page) => h.roles.filter(hasPage(h)).flatMap((role) => role.pairs.map((pair) => page({ role: role.id, pair: pair.slug }, () => pairPage(pair, h)))));

export const careerPathPaths = () => perLanguage((h, page) => h.careerPaths.filter(hasPage(h)).map((path) => page({ path: path.id }, () => careerPathPage(path, h))));

export const skillPaths = () => perLanguage((h, page) => h.skills.map((skill) => page({ skill: skill.slug }, () => skillPage(skill, h))));

/** The default zone's page; every other zone gets its own (jobArchitectureZonePaths). */
export const jobArchitecturePaths = single((h) => jobArchitecturePage(h, h.pay.zones[0]!));

export const jobArchitectureZonePaths = () => perLanguage((h, page) => h.pay.zones.slice(1).map((zone) => page({ zone: zone.id }, () => jobArchitecturePage(h, zone))));

export const homePaths = single(homePage);
export const rolesPaths = single(families);
export const careerPathsPaths = single(careerPathsPage);
export const skillsPaths = single(skillsPage);
export const faqPaths = single(faqPage);
export const jobsPaths = single(jobsPage);
/** A page with no content of its own (search), in every language. */
export const languagePaths = single((h) => h);

export const openingPaths = () => perLanguage((h, page) => h.openings.filter(hasPage(h)).map((opening) => page({ opening: opening.id }, () => openingPage(opening, h))));

export const jobsJsonPaths = single(openingsJson);
export const jobsAtomPaths = single(openingsAtom);

/** The 404 page's list of roles, in the default language. */
export const roleFamilies = async () => families(await getHandbook());
