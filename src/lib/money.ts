/** Pay amounts and bands in a page's locale and a zone's currency. */
import type { Words } from '../i18n/words/en.ts';

export interface MoneyFormat {
  locale: string;
  currency: string;
}

export type PayPeriod = 'year' | 'month' | 'hour';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: compact ? 1 : 0,
      minimumFractionDigits: 0,
      ...(compact ? { notation: 'compact' as const } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** 95000 → "$95,000" (en-US, USD). */
export function formatMoney(amount: number, { locale, currency }: MoneyFormat): string {
  return formatter(locale, currency, false).format(amount);
}

/** 95000 → "$95K" (en-US, USD): for axes and tight spaces. */
export function formatMoneyCompact(amount: number, { locale, currency }: MoneyFormat): string {
  return formatter(locale, currency, true).format(amount);
}

/** "$95,000 – $130,000 per year": the amounts in the money's locale, the period in the words' language. */
export function formatBand(band: { min: number; max: number; period?: PayPeriod }, money: MoneyFormat, words: Pick<Words, 'pay'>): string {
  const range = band.min === band.max ? formatMoney(band.min, money) : `${formatMoney(band.min, money)} – ${formatMoney(band.max, money)}`;
  return words.pay.band(range, band.period ?? 'year');
}

const currencyNames = new Map<string, string>();

/**
 * "US dollars", "euros": a currency as a sentence names it, in the site's language (Intl's plural
 * name, as in "2 US dollars", which is lowercase where the language writes it so).
 */
export function currencyName({ locale, currency }: MoneyFormat): string {
  const key = `${locale}|${currency}`;
  let name = currencyNames.get(key);
  if (name === undefined) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(2);
    name = parts.find((p) => p.type === 'currency')?.value ?? currency;
    currencyNames.set(key, name);
  }
  return name;
}

/** A number written as text: "138,000", "€95 000", "95k", "1.234.567" → the number, when it is one beyond doubt. */
export function plainNumber(written: string): number | undefined {
  const text = written
    .trim()
    .replace(/^[^\d.,-]+|[^\d.,kK]+$/g, '')
    .replace(/[\s'’\u00a0\u202f]/g, '');
  const thousands = /^(\d{1,3})((?:[,.]\d{3})+)(k?)$/i.exec(text);
  const decimal = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text);
  if (thousands) {
    // Separators must agree ("1,234,567" or "1.234.567"); one dot and three digits (1.500) is left alone, as 1.5 is as likely.
    const separators = new Set(thousands[2]!.match(/[,.]/g));
    if (separators.size !== 1 || (separators.has('.') && thousands[2]!.length === 4)) return undefined;
    return Number(thousands[1]! + thousands[2]!.replace(/[,.]/g, '')) * (thousands[3] ? 1000 : 1);
  }
  if (decimal) return Number(decimal[1]) * (decimal[2] ? 1000 : 1);
  return undefined;
}
