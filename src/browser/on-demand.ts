/**
 * Browser modules that load only when a reader uses their feature. src/browser/site.js imports
 * them from /_scripts/<name>.js; src/integrations/on-demand-scripts.ts builds them there (and
 * serves their source in dev). Keeping them out of page bundles keeps every page's up-front
 * JavaScript to site.js alone. The one exception is a page that is itself the feature: the
 * self-assessment page loads its module with a script tag of its own, as it restores the
 * reader's answers as it opens (tests/quality/budgets.ts counts it as a feature page).
 */
export const onDemandModules = {
  search: 'src/search/search-ui.ts',
  copy: 'src/browser/copy-text.ts',
  print: 'src/browser/print.ts',
  'self-assessment': 'src/browser/self-assessment.ts',
} as const;

export type OnDemandModule = keyof typeof onDemandModules;

export const onDemandFolder = '_scripts';

/** The module's address inside the site, without the base: _scripts/search.js */
export const onDemandPath = (name: OnDemandModule) => `${onDemandFolder}/${name}.js`;
