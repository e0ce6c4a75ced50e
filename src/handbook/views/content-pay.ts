/**
 * Pay figures inside prose (the LevelPay and RolePay components), from the same table as every
 * page. Undefined where there is nothing to show: the content check names that component at its line.
 */
import type { Handbook } from '../model.ts';
import { bandText } from './common.ts';

const zoneOf = (h: Handbook, zoneId: string | undefined) => (zoneId ? h.pay.zones.find((z) => z.id === zoneId) : h.pay.zones[0]);

/** "$95,000 – $130,000 per year": a level's band in a zone (the default zone unless named). */
export function levelPayText(h: Handbook, levelId: string, zoneId?: string): string | undefined {
  const zone = zoneOf(h, zoneId);
  const band = h.levels.find((l) => l.id === levelId)?.pay.find((b) => b.zone === zone);
  return band && bandText(band, h);
}

/** "$50,000 – $195,000 per year": from a role's lowest band to its highest, in a zone. */
export function rolePayText(h: Handbook, roleId: string, zoneId?: string): string | undefined {
  const zone = zoneOf(h, zoneId);
  const bands = (h.roles.find((r) => r.id === roleId)?.levels ?? []).flatMap((l) => l.pay.filter((b) => b.zone === zone));
  if (!zone || !bands.length) return undefined;
  return bandText({ zone, min: Math.min(...bands.map((b) => b.min)), max: Math.max(...bands.map((b) => b.max)) }, h);
}
