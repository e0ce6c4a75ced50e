/** The pay table as the read model holds it: zones (default first) and grades with their bands. */
import type { LevelData } from '../schemas/level.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { Grade, Pay, Zone, ZoneBand } from './model.ts';

export function buildPay(table: PayTable): Pay {
  const zones: Zone[] = table.zones
    .map((z) => ({ id: z.id, name: z.name, currency: z.currency, countries: z.countries }))
    .sort((a, b) => Number(b.id === table.defaultZone) - Number(a.id === table.defaultZone));
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
