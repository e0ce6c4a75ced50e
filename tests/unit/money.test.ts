import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyName, formatBand, formatMoney, formatMoneyCompact } from '../../src/lib/money.ts';
import { de } from '../../src/i18n/words/de.ts';
import { en } from '../../src/i18n/words/en.ts';

const usd = { locale: 'en-US', currency: 'USD' };

test('formatMoney uses the locale and currency from site settings', () => {
  assert.equal(formatMoney(95000, usd), '$95,000');
  assert.equal(formatMoney(95000, { locale: 'en-GB', currency: 'GBP' }), '£95,000');
  // German puts the sign after the amount and groups with dots; spaces may be non-breaking.
  assert.equal(formatMoney(95000, { locale: 'de-DE', currency: 'EUR' }).replace(/\s/g, ' '), '95.000 €');
});

test('formatMoneyCompact shortens thousands', () => {
  assert.equal(formatMoneyCompact(95000, usd), '$95K');
  assert.equal(formatMoneyCompact(1250000, usd), '$1.3M');
});

test('formatBand writes a range and the period', () => {
  assert.equal(formatBand({ min: 95000, max: 130000, period: 'year' }, usd, en), '$95,000 – $130,000 per year');
  assert.equal(formatBand({ min: 40, max: 40, period: 'hour' }, usd, en), '$40 per hour');
  assert.equal(formatBand({ min: 5000, max: 6000 }, usd, en), '$5,000 – $6,000 per year');
  assert.equal(formatBand({ min: 85000, max: 120000, period: 'year' }, { locale: 'de-DE', currency: 'EUR' }, de).replace(/\s/g, ' '), '85.000 € – 120.000 € pro Jahr');
});

test('currencyName names a currency as a sentence does, in the site language', () => {
  assert.equal(currencyName(usd), 'US dollars');
  assert.equal(currencyName({ locale: 'en-GB', currency: 'GBP' }), 'British pounds');
  assert.equal(currencyName({ locale: 'en-CA', currency: 'EUR' }), 'euros');
  assert.equal(currencyName({ locale: 'de-DE', currency: 'CAD' }), 'Kanadische Dollar');
});
