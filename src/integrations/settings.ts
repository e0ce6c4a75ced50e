/**
 * The settings files (content/site.yaml, content/pay.yaml, content/hiring.yaml) are read once, in
 * astro.config.ts, and reach the rest of the build as the virtual module `virtual:rolebook/settings`
 * (pages through src/handbook/settings.ts, the collections' loader for the content check). Editing
 * either restarts `astro dev`, so a change shows at once.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';
import { writeEditorSchemas } from '../schemas/json-schema.ts';
import type { Settings } from '../reader/settings.ts';

const moduleId = 'virtual:rolebook/settings';
const resolvedId = `\0${moduleId}`;

export function settingsFiles(result: Settings): AstroIntegration {
  return {
    name: 'rolebook:settings',
    hooks: {
      'astro:config:setup': async ({ config, addWatchFile, updateConfig }) => {
        for (const file of [siteSettingsFile, payTableFile, hiringFile]) addWatchFile(new URL(file, config.root));
        // npm install wrote them too; writing again here carries a changed schema to the hints.
        await writeEditorSchemas(fileURLToPath(config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rolebook:settings',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? `export const settings = ${JSON.stringify(result)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
