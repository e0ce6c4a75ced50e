/**
 * Runs the content check before Astro loads any collection, so a build with bad content stops
 * with the same one-line-per-problem report as npm run check instead of a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { siteSchema } from '../schemas/site.ts';
import { checkHandbook } from '../integrity/index.ts';
import { countBySeverity, formatReport } from '../problems/problem.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'rolebook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        await writeSiteJsonSchema(new URL('.astro/', config.root));
        const { problems } = await checkHandbook(fileURLToPath(config.root));
        const { errors } = countBySeverity(problems);
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (errors > 0 && command === 'build') {
          console.error(`\n${report}\n\nThe build stopped because the content has errors. Fix them and run npm run build again.`);
          process.exit(1);
        }
        // In dev the server keeps running so editors can fix files and see the result live.
        logger.warn(`\n${report}`);
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
