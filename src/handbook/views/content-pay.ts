/** Pay figures inside prose (the LevelPay and RolePay components), from the same table as every page. */
import type { Handbook } from '../model.ts';
import { bandText } from './common.ts';

const zoneOf = (h: Handbook, zoneId: string | undefined) => (zoneId ? h.pay.zones.find((z) => z.id === zoneId) : h.pay.zones[0]);

/** "$95,000 – $130,000 per year": a level's band in a zone (the default zone unless named). */
export function levelPayText(h: Handbook, levelId: string, zoneId?: string): string {
  const zone = zoneOf(h, zoneId);
  const band = h.levels.find((l) => l.id === levelId)?.pay.find((b) => b.zone === zone);
  if (!band) throw new Error(`No pay for ${levelId} in ${zoneId ?? 'the default zone'}: the content check should have reported it`);
  return bandText(band, h);
}

/** "$50,000 – $195,000 per year": from a role's lowest band to its highest, in a zone. */
export function rolePayText(h: Handbook, roleId: string, zoneId?: string): string {
  const zone = zoneOf(h, zoneId);
  const bands = (h.roles.find((r) => r.id === roleId)?.levels ?? []).flatMap((l) => l.pay.filter((b) => b.zone === zone));
  if (!zone || !bands.length) throw new Error(`No pay for ${roleId} in ${zoneId ?? 'the default zone'}: the content check should have reported it`);
  return bandText({ zone, min: Math.min(...bands.map((b) => b.min)), max: Math.max(...bands.map((b) => b.max)) }, h);
}
