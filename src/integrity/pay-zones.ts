/**
 * Pay zones as places, for the rules that judge what content says about them. Zones are places,
 * so a zone an editor names that the pay table does not have is never matched to the nearest
 * spelling: "uk" is one letter from "us", and guessing would publish one country's pay under
 * another's name. The fix lists every zone with the place it is instead.
 */
import { isCountry } from '../schemas/fields.ts';
import type { PayTable } from '../schemas/pay.ts';

type Zone = Pick<PayTable['zones'][number], 'id' | 'name' | 'countries'>;

/** "europe (Europe), uk (United Kingdom)": the zones an editor may name, each with its place. */
export const zoneChoices = (zones: readonly Zone[]) => zones.map((z) => `${z.id} (${z.name})`).join(', ');

/** "a", "a and b", "a, b and c": how the check's messages list things. */
export const andList = (items: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);

/** A place named in a text, and the ids of the zones of the pay table it lies in (none: no zone covers it). */
export interface PlaceMention {
  name: string;
  index: number;
  zones: string[];
}

/**
 * The world's regions by their UN M.49 codes, as Intl names them (Europe, Western Europe, Latin
 * America…): not countries, but places prose names. Listed, as looking up every number from 002
 * to 999 took longer than the rest of the check; 001, "world", names no place.
 */
const regionCodes = '002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(' ');
const countryCodes = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(isCountry);

/** Every name of a country or region in a language, long and short ("United Kingdom", "UK"), with its code. */
function namesIn(locale: string): [string, string][] {
  const names: [string, string][] = [];
  for (const style of ['long', 'short'] as const) {
    const of = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    for (const code of [...countryCodes, ...regionCodes]) {
      const name = of.of(code);
      if (name) names.push([name, code]);
    }
  }
  return names;
}

const catalogues = new Map<string, [string, string][]>();

/** Names in the site's language and in English, which most handbooks are written in whatever their locale. */
function placeNames(locale: string): [string, string][] {
  let names = catalogues.get(locale);
  if (!names) {
    names = [...namesIn(locale), ...namesIn('en')];
    catalogues.set(locale, names);
  }
  return names;
}

/** The words of a text with where each starts: "US" is never found in "USB", nor "India" in "Indiana". */
const wordsOf = (text: string) => Array.from(text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu), (m) => ({ word: m[0], index: m.index }));

/** Whether the words of one name run, in order, inside another's ("Europe" in "Western Europe"). */
const runsIn = (part: string[], whole: string[]) => whole.some((_, i) => part.every((w, k) => whole[i + k] === w));

/**
 * What finds the places a text names: every zone's name, and every country and world region in
 * the site's language and in English, so a sentence naming a place the pay table has dropped (or
 * never had) is found too. Names are matched word for word with their capitals, as places are
 * written, so "us" and "chad" are words, not countries; where names overlap, the longest wins
 * ("Western Europe", not "Europe").
 *
 * A place lies in a zone when the zone covers its country, or when one name holds the other
 * ("Europe" and the zone "Western Europe").
 */
export function placeFinder(locale: string, zones: readonly Zone[]): (text: string) => PlaceMention[] {
  const places = new Map<string, { words: string[]; zones: Set<string> }>();
  const add = (name: string, zoneIds: string[]) => {
    const words = wordsOf(name).map((w) => w.word);
    const key = words.join(' ');
    if (!key) return;
    const place = places.get(key) ?? { words, zones: new Set<string>() };
    for (const id of zoneIds) place.zones.add(id);
    places.set(key, place);
  };
  for (const zone of zones) add(zone.name, [zone.id]);
  for (const [name, code] of placeNames(locale))
    add(
      name,
      zones.filter((z) => z.countries.includes(code)).map((z) => z.id),
    );
  for (const zone of zones) {
    const zoneWords = wordsOf(zone.name).map((w) => w.word);
    for (const place of places.values()) if (runsIn(place.words, zoneWords) || runsIn(zoneWords, place.words)) place.zones.add(zone.id);
  }
  const byFirstWord = new Map<string, { words: string[]; zones: Set<string> }[]>();
  for (const place of [...places.values()].sort((a, b) => b.words.length - a.words.length)) {
    byFirstWord.set(place.words[0]!, [...(byFirstWord.get(place.words[0]!) ?? []), place]);
  }
  return (text) => {
    const words = wordsOf(text);
    const found: PlaceMention[] = [];
    for (let i = 0; i < words.length; ) {
      const place = byFirstWord.get(words[i]!.word)?.find((p) => p.words.every((w, k) => words[i + k]?.word === w));
      if (!place) {
        i++;
        continue;
      }
      const last = words[i + place.words.length - 1]!;
      found.push({ name: text.slice(words[i]!.index, last.index + last.word.length), index: words[i]!.index, zones: [...place.zones] });
      i += place.words.length;
    }
    return found;
  };
}
