/**
 * Pay zones as places, for the rules that judge what content says about them. Zones are places,
 * so a zone an editor names that the pay table does not have is never matched to the nearest
 * spelling: "uk" is one letter from "us", and guessing would publish one country's pay under
 * another's name. The fix lists every zone with the place it is instead.
 */
import type { PayTable } from '../schemas/pay.ts';

type Zone = Pick<PayTable['zones'][number], 'id' | 'name' | 'countries'>;

/** "europe (Europe), uk (United Kingdom)": the zones an editor may name, each with its place. */
export const zoneChoices = (zones: readonly Zone[]) => zones.map((z) => `${z.id} (${z.name})`).join(', ');

/** "a", "a and b", "a, b and c": how the check's messages list things. */
export const andList = (items: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
