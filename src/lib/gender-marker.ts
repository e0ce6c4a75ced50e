/**
 * Whether a job title already says it is open to every gender: German job ads must (AGG), and
 * the German catalogue adds " (m/w/d)" to a title that does not (src/i18n/words/de.ts, ad.title).
 * A marker is a bracketed list of gender letters or words, (m/w/d), (w/m/d), (m/f/d), (d/m/w),
 * (all genders), (alle Geschlechter), (gn), or a gender-inclusive ending: Entwickler*in,
 * Entwickler:in, Entwickler_in, Entwickler·in, Entwickler/in, Entwickler/-in, and their plurals
 * (*innen). The capital I of EntwicklerIn is left out: it would find LinkedIn in a title.
 */

/** Letters and words that stand for a gender inside brackets: m, w, f, d, x, i (inter), div., all genders. */
const bracketed = /\(\s*(?:[mwfdxi]|div\.?|divers)\s*(?:[/|,;]\s*(?:[mwfdxi]|div\.?|divers)\s*)+\)/i;
const allGenders = /\(\s*(?:all genders|alle geschlechter|any gender|gn)\s*\)/i;
/** Entwickler*in, Entwickler:in, Entwickler_in, Entwickler·in, Entwickler/in, Entwickler/-in (and -innen). */
const inclusiveEnding = /\p{L}(?:[*:_·]|\/-?)in(?:nen)?(?!\p{L})/u;

export function hasGenderMarker(title: string): boolean {
  return bracketed.test(title) || allGenders.test(title) || inclusiveEnding.test(title);
}
