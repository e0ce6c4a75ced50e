/**
 * content/site.yaml is read once, in astro.config.ts, and reaches the rest of the build as the
 * virtual module `virtual:rolebook/site` (pages through src/handbook/site.ts, the collections'
 * loader for the content check). Editing it restarts `astro dev`, so a change shows at once.
 */
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdir, writeFile } from 'node:fs/promises';
import { siteSettingsFile } from '../schemas/collections.ts';
import { siteSchema } from '../schemas/site.ts';
import type { SiteResult } from '../reader/site.ts';

const moduleId = 'virtual:rolebook/site';
const resolvedId = `\0${moduleId}`;

export function siteSettings(result: SiteResult): AstroIntegration {
  return {
    name: 'rolebook:site-settings',
    hooks: {
      'astro:config:setup': async ({ config, addWatchFile, updateConfig }) => {
        addWatchFile(new URL(siteSettingsFile, config.root));
        await writeSiteJsonSchema(new URL('.astro/', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rolebook:site-settings',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? `export const siteResult = ${JSON.stringify(result)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Astro writes JSON schemas for the collections into .astro/collections/; this adds one for
 * content/site.yaml, which its first line points to, so editors get hints there too.
 */
async function writeSiteJsonSchema(dir: URL) {
  await mkdir(dir, { recursive: true });
  const schema = z.toJSONSchema(siteSchema, { io: 'input', unrepresentable: 'any' });
  await writeFile(new URL('site.schema.json', dir), JSON.stringify(schema, null, 2));
}
