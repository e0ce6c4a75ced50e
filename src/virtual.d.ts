declare module 'virtual:rolebook/settings' {
  /** content/site.yaml and content/pay.yaml as astro.config.ts read them (src/integrations/settings.ts). */
  export const settings: import('./reader/settings.ts').Settings;
}
