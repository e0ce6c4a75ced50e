declare module 'virtual:rolebook/site' {
  /** content/site.yaml as astro.config.ts read it (src/integrations/site-settings.ts). */
  export const siteResult: import('./reader/site.ts').SiteResult;
}
