/**
 * Pay inside prose (the LevelPay, RolePay and PayZones components), from the same table as every
 * page. Every figure names the zone it is for, with the zone's name from the pay table: prose
 * around it cannot know which zones a handbook has or which one is the default, so a sentence
 * that named the place itself went wrong the day a fork changed either. Undefined where there is
 * nothing to show: the content check names that component at its line.
 */
import { currencyName } from '../../lib/money.ts';
import type { Handbook, Zone } from '../model.ts';
import { bandInZoneText, money } from '../pay.ts';
import { largest, smallest } from '../../lib/lists.ts';

const zoneOf = (h: Handbook, zoneId: string | undefined) => (zoneId ? h.pay.zones.find((z) => z.id === zoneId) : h.pay.zones[0]);

/** A level's band in a zone (the default zone unless named). */
export function levelPayText(h: Handbook, levelId: string, zoneId?: string): string | undefined {
  const zone = zoneOf(h, zoneId);
  const band = h.levels.find((l) => l.id === levelId)?.pay.find((b) => b.zone === zone);
  return band && bandInZoneText(band, h);
}

/** From a role's lowest band to its highest, in a zone (the default zone unless named). */
export function rolePayText(h: Handbook, roleId: string, zoneId?: string): string | undefined {
  const zone = zoneOf(h, zoneId);
  const bands = (h.roles.find((r) => r.id === roleId)?.levels ?? []).flatMap((l) => l.pay.filter((b) => b.zone === zone));
  if (!zone || !bands.length) return undefined;
  return bandInZoneText({ zone, min: smallest(bands.map((b) => b.min)), max: largest(bands.map((b) => b.max)) }, h);
}

/** Text between the items of a list, or one figure of it. */
export type ListPart = { text: string } | { figure: string };

/**
 * Every zone of the pay table, default first, as a list in the site's language: with a level, its
 * band in each ("$95,000 – $130,000 per year (United States) and …"), without one the currency each
 * is paid in ("United States (US dollars), Western Europe (euros) and United Kingdom (British
 * pounds)"), so a sentence that describes the zones stays true whichever zones a handbook has.
 */
export function payZonesParts(h: Handbook, levelId?: string): ListPart[] | undefined {
  if (levelId === undefined)
    return listParts(
      h,
      h.pay.zones.map((zone) => ({ text: zoneWithCurrency(zone, h) })),
    );
  const level = h.levels.find((l) => l.id === levelId);
  return (
    level &&
    listParts(
      h,
      level.pay.map((band) => ({ figure: bandInZoneText(band, h) })),
    )
  );
}

const zoneWithCurrency = (zone: Zone, h: Handbook) => h.words.pay.zoneCurrency(zone.name, currencyName(money(h, zone.currency)));

/** The items joined as the model's language joins a list ("a, b and c", "a, b und c"). */
function listParts(h: Handbook, items: ListPart[]): ListPart[] {
  const parts = new Intl.ListFormat(h.locale.tag, { type: 'conjunction' }).formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)]! : { text: part.value }));
}

/** The parts as one text, as a reader reads them. */
export const listText = (parts: ListPart[]) => parts.map((p) => ('text' in p ? p.text : p.figure)).join('');
