/**
 * The codes the settings are written in (ISO 3166 countries, ISO 4217 currencies, BCP 47 language
 * tags), what is one, and the code an editor meant when writing something else: the name in
 * English or in the handbook's language ("Canada", "Deutschland" → CA, DE), a symbol ("€" → EUR),
 * a code in the wrong case. Names come from the runtime's own data (Intl), so no list is kept here.
 */
import { editDistance } from './did-you-mean.ts';

/** A value to write instead, and what it stands for; `sure` when it is what was written, said another way, rather than a near miss. */
export interface Suggestion {
  value: string;
  means?: string;
  sure: boolean;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));
/** An ISO 4217 code this runtime can format, such as USD or EUR. */
export const isCurrency = (code: string) => currencies.has(code);

const english = {
  language: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
  region: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
  currency: new Intl.DisplayNames(['en'], { type: 'currency', fallback: 'none' }),
};

/** A BCP 47 tag whose language (and region, if given) exist: "xx" passes the pattern but is no language. */
export function isKnownLocale(tag: string): boolean {
  const [language, region] = tag.split('-');
  return english.language.of(language!) !== undefined && (region === undefined || english.region.of(region) !== undefined);
}

/** An ISO 3166 two-letter country code, such as DE. */
export function isCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return false;
  // Aliases such as UK canonicalise to another code (GB): the table should use the real one.
  return english.region.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** Names compared as an editor means them: case, accents, punctuation and a leading "the" aside. */
const plain = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{Sc}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();

/**
 * A typo of a name ("Germny"), by one letter in a short name and two in a long one: more would
 * make Holland a near miss of Poland. Codes and names of three letters or fewer are never near.
 */
function nearest(text: string, names: ReadonlyMap<string, string>): string | undefined {
  if (text.length <= 3) return undefined;
  let best: { code: string; distance: number } | undefined;
  for (const [name, code] of names) {
    if (name.length <= 3) continue;
    const distance = editDistance(text, name);
    if (!best || distance < best.distance) best = { code, distance };
  }
  return best && best.distance <= (text.length >= 9 ? 2 : 1) ? best.code : undefined;
}

/** The locales whose names are understood: English, and the handbook's language where it is another. */
const localesOf = (locale: string | undefined) => [...new Set(['en', ...(locale && isKnownLocale(locale) ? [locale] : [])])];

const memo = <T>(make: (key: string) => T) => {
  const made = new Map<string, T>();
  return (key: string) => made.get(key) ?? made.set(key, make(key)).get(key)!;
};

const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const countryCodes = letters.flatMap((a) => letters.map((b) => a + b)).filter(isCountry);

/** Every country's names in a locale, long and short ("United Kingdom", "UK"), by their plain form. */
const countryNames = memo((locale) => {
  const names = new Map<string, string>();
  for (const style of ['long', 'short'] as const) {
    const display = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
    for (const code of countryCodes) {
      const name = display.of(code);
      if (name && !names.has(plain(name))) names.set(plain(name), code);
    }
  }
  return names;
});

/** The country code for a name or a code in another case: "Canada" → CA, "uk" → GB. */
export function suggestCountry(written: string, locale?: string): Suggestion | undefined {
  const text = written.trim();
  const means = (code: string) => english.region.of(code)!;
  if (/^[a-z]{2}$/i.test(text)) {
    const code = Intl.getCanonicalLocales(`und-${text.toUpperCase()}`)[0]!.slice(4);
    if (isCountry(code)) return { value: code, means: means(code), sure: true };
  }
  for (const l of localesOf(locale)) {
    const code = countryNames(l).get(plain(text));
    if (code) return { value: code, means: means(code), sure: true };
  }
  const code = nearest(plain(text), countryNames('en'));
  return code ? { value: code, means: means(code), sure: false } : undefined;
}

/** Every currency's names, plural names and symbol in a locale, by their plain form. */
const currencyNames = memo((locale) => {
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'none' });
  const symbols = new Map<string, string[]>();
  for (const code of currencies) {
    const add = (name: string | undefined) => name && !names.has(plain(name)) && names.set(plain(name), code);
    add(display.of(code));
    const part = (currencyDisplay: 'name' | 'symbol', n: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay }).formatToParts(n).find((p) => p.type === 'currency')?.value;
    add(part('name', 2));
    const symbol = part('symbol', 1);
    if (symbol && symbol !== code) symbols.set(symbol, [...(symbols.get(symbol) ?? []), code]);
  }
  // A symbol names a currency only where one currency has it in this locale ("$" is USD in English).
  for (const [symbol, codes] of symbols) if (codes.length === 1 && !names.has(plain(symbol))) names.set(plain(symbol), codes[0]!);
  return names;
});

/** The currency code for a name, a symbol or a code in another case: "euro", "€", "eur" → EUR. */
export function suggestCurrency(written: string, locale?: string): Suggestion | undefined {
  const text = written.trim();
  const means = (code: string) => english.currency.of(code)!;
  if (isCurrency(text.toUpperCase())) return { value: text.toUpperCase(), means: means(text.toUpperCase()), sure: true };
  for (const l of localesOf(locale)) {
    const code = currencyNames(l).get(plain(text));
    if (code) return { value: code, means: means(code), sure: true };
  }
  // "yen" for Japanese Yen: the last word of one currency's name, and of no other's.
  const ending = [...new Set([...currencyNames('en')].filter(([name]) => name.endsWith(` ${plain(text)}`)).map(([, c]) => c))];
  const code = ending.length === 1 ? ending[0] : nearest(plain(text), currencyNames('en'));
  return code ? { value: code, means: means(code), sure: false } : undefined;
}

const languageCodes = letters.flatMap((a) => letters.map((b) => (a + b).toLowerCase())).filter((code) => english.language.of(code) !== undefined);

/** Every language's name in English and in itself ("German", "Deutsch"), by their plain form. */
const languageNames = memo(() => {
  const names = new Map<string, string>();
  for (const code of languageCodes) {
    for (const name of [english.language.of(code), new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code)]) {
      if (name && !names.has(plain(name))) names.set(plain(name), code);
    }
  }
  return names;
});

/** A language with the region it is mostly written in, as a tag the site accepts: de → de-DE. */
function withRegion(language: string, region?: string): string | undefined {
  const tag = region ? `${language}-${region}` : `${language}-${new Intl.Locale(language).maximize().region ?? ''}`;
  return /^[a-z]{2,3}-[A-Z]{2}$/.test(tag) && isKnownLocale(tag) ? tag : undefined;
}

/**
 * The language tag for a tag in another case or with an underscore ("en_gb" → en-GB), a
 * language's name ("German" → de-DE, "Deutsch" → de-DE), or a name with its country
 * ("German (Switzerland)", "British English" → de-CH, en-GB).
 */
export function suggestLocale(written: string): Suggestion | undefined {
  const text = written.trim();
  const found = (tag: string | undefined) => (tag ? { value: tag, means: english.language.of(tag)!, sure: true } : undefined);
  const parts = /^([a-z]{2,3})(?:[-_ ]([a-z]{2}))?$/i.exec(text);
  if (parts) {
    const tag = parts[2] ? withRegion(parts[1]!.toLowerCase(), parts[2].toUpperCase()) : withRegion(parts[1]!.toLowerCase());
    if (tag) return found(tag);
  }
  const named = /^(.+?)\s*\((.+)\)$/.exec(text);
  if (named) {
    const language = languageNames('').get(plain(named[1]!));
    const region = suggestCountry(named[2]!)?.value;
    if (language) return found(withRegion(language, region));
  }
  const language = languageNames('').get(plain(text));
  if (language) return found(withRegion(language));
  // Names such as "British English": a language's name after the name of where it is written.
  const spoken = [...languageNames('')].find(([name]) => plain(text).endsWith(` ${name}`))?.[1];
  if (!spoken) return undefined;
  return found(countryCodes.map((region) => `${spoken}-${region}`).find((tag) => isKnownLocale(tag) && plain(english.language.of(tag) ?? '') === plain(text)));
}
