/**
 * The settings files (content/site.yaml, content/pay.yaml, content/hiring.yaml) are read once, in
 * astro.config.ts, and reach the rest of the build as the virtual module `virtual:rolebook/settings`
 * (pages through src/handbook/settings.ts, the collections' loader for the content check). Editing
 * either restarts `astro dev`, so a change shows at once.
 */
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdir, writeFile } from 'node:fs/promises';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';
import { hiringSchema } from '../schemas/hiring.ts';
import { payTableSchema } from '../schemas/pay.ts';
import { siteSchema } from '../schemas/site.ts';
import type { Settings } from '../reader/settings.ts';

const moduleId = 'virtual:rolebook/settings';
const resolvedId = `\0${moduleId}`;

export function settingsFiles(result: Settings): AstroIntegration {
  return {
    name: 'rolebook:settings',
    hooks: {
      'astro:config:setup': async ({ config, addWatchFile, updateConfig }) => {
        for (const file of [siteSettingsFile, payTableFile, hiringFile]) addWatchFile(new URL(file, config.root));
        await writeJsonSchemas(new URL('.astro/', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rolebook:settings',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? `export const settings = ${JSON.stringify({ ...result, locate: undefined })};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Astro writes JSON schemas for the collections into .astro/collections/; this adds one for each
 * settings file, which its first line points to, so editors get hints there too.
 */
async function writeJsonSchemas(dir: URL) {
  await mkdir(dir, { recursive: true });
  for (const [name, schema] of [['site', siteSchema], ['pay', payTableSchema], ['hiring', hiringSchema]] as const) {
    await writeFile(new URL(`${name}.schema.json`, dir), JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2));
  }
}
