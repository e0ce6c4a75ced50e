/**
 * The last step of `npm install` (postinstall): writes the JSON schemas behind the hints editors
 * see in content/*.yaml (src/schemas/json-schema.ts), so a fresh clone has them before anything
 * else runs. It never fails the install: the hints are a convenience, and an install reported as
 * failed would send an editor hunting for a problem that `npm run check` names far better. So
 * whatever goes wrong (a half-edited schema, a missing package) is one line, and the exit code 0;
 * `npm run dev` writes the schemas again when it starts.
 */
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
try {
  // Imported here, not at the top, so that a module that fails to load is caught below too.
  const { writeEditorSchemas } = await import('../src/schemas/json-schema.ts');
  const files = await writeEditorSchemas(root);
  console.log(`Editor hints: wrote ${files.length} JSON schemas to .astro/schemas/.`);
} catch (error) {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  console.log(`Editor hints were not written (${reason}); npm run dev writes them when it starts.`);
}
