/** Finding skill names inside free text, so a skill page can list the levels that ask for it. */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new Map<string, RegExp>();

/**
 * The whole name as a word: "Go" matches "Go services" but not "good"; "Java" does not match
 * "JavaScript"; "SQL" does not match "PostgreSQL". Names of three letters or fewer match
 * case-sensitively ("Go" is not "go"), longer ones ignore case.
 */
function mentionPattern(name: string): RegExp {
  let pattern = cache.get(name);
  if (!pattern) {
    const flags = name.length <= 3 ? 'u' : 'iu';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}+#]|\\.[\\p{L}\\p{N}])`, flags);
    cache.set(name, pattern);
  }
  return pattern;
}

export function mentions(text: string, name: string): boolean {
  return mentionPattern(name).test(text);
}
