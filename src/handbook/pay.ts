/** The pay table as the read model holds it: zones (default first) and grades with their bands. */
import { formatBand, type MoneyFormat } from '../lib/money.ts';
import type { LevelData } from '../schemas/level.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { Grade, Handbook, Level, Pay, Zone, ZoneBand } from './model.ts';

export function buildPay(table: PayTable): Pay {
  const zones: Zone[] = table.zones.map((z) => ({ id: z.id, name: z.name, currency: z.currency, countries: z.countries })).sort((a, b) => Number(b.id === table.defaultZone) - Number(a.id === table.defaultZone));
  const grades: Grade[] = table.grades.map((g, rank) => ({
    id: g.id,
    name: g.name,
    summary: g.summary,
    rank,
    bands: zones.flatMap((zone) => {
      const band = g.bands[zone.id];
      return band ? [{ zone, min: band.min, max: band.max, ...(band.midpoint !== undefined ? { midpoint: band.midpoint } : {}) }] : [];
    }),
    levels: [],
  }));
  return { zones, grades, period: table.period, effective: table.effective, source: table.source };
}

/** A level's bands: its grade's, or those its pay exception states, zone by zone. */
export function levelBands(data: LevelData, grade: Grade): ZoneBand[] {
  const exception = data.payException;
  return grade.bands.map((band) => {
    const own = exception?.bands[band.zone.id];
    return own ? { zone: band.zone, min: own.min, max: own.max, ...(own.midpoint !== undefined ? { midpoint: own.midpoint } : {}), exception: exception!.reason } : band;
  });
}

/** A level's band in one zone (its grade's, or its exception's), where the pay table gives one. */
export const bandIn = (level: Pick<Level, 'pay'>, zone: string): ZoneBand | undefined => level.pay.find((band) => band.zone.id === zone);

/** Amounts in a currency as the model's language writes them (de-DE: 85.000 €). */
export const money = (h: Pick<Handbook, 'locale'>, currency: string): MoneyFormat => ({ locale: h.locale.tag, currency });

/** "$95,000 – $130,000 per year", in the zone's currency and the model's language. */
export const bandText = (band: Pick<ZoneBand, 'min' | 'max' | 'zone'>, h: Pick<Handbook, 'locale' | 'words' | 'pay'>) => formatBand({ min: band.min, max: band.max, period: h.pay.period }, money(h, band.zone.currency), h.words);

/**
 * "$95,000 – $130,000 per year (United States)": a band where nothing around it names its zone,
 * as "$" alone is the currency of many. The zone's name from the pay table, in parentheses, where
 * "in the Western Europe" or "in United Kingdom" would not read.
 */
export const bandInZoneText = (band: Pick<ZoneBand, 'min' | 'max' | 'zone'>, h: Pick<Handbook, 'locale' | 'words' | 'pay'>) => h.words.pay.inZone(bandText(band, h), band.zone.name);
