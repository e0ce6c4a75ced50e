/**
 * The job architecture: grades as rows (highest first), roles as columns (individual contributors,
 * then management), each cell the levels of that role at that grade (a role with two tracks can have
 * one on each) with their bands in one zone. One page per
 * zone, so choosing a location needs no JavaScript.
 */
import { formatDate } from '../../lib/dates.ts';
import { paths } from '../../lib/url.ts';
import type { Track } from '../../schemas/level.ts';
import type { Handbook, Zone } from '../model.ts';
import { bandText } from '../pay.ts';
import type { Link, PageHead } from './common.ts';

interface ArchitectureCell {
  href: string;
  title: string;
  band: string;
  /** Why the level is paid outside its grade's band, where it is. */
  exception?: string;
}

export interface JobArchitecturePage {
  head: PageHead;
  zone: Zone;
  zones: (Link & { current: boolean })[];
  groups: { name: string; roles: Link[] }[];
  /** cells: for each role, its levels at the row's grade, in ladder order; empty where it has none. */
  rows: { id: string; name: string; summary: string; band: string; cells: ArchitectureCell[][] }[];
  note: string;
}

export function jobArchitecturePage(h: Handbook, zone: Zone): JobArchitecturePage {
  const isDefault = zone === h.pay.zones[0];
  const groups = (['ic', 'management'] as Track[]).map((track) => ({ track, roles: h.roles.filter((r) => r.track === track && r.levels.length) })).filter((g) => g.roles.length);
  const roles = groups.flatMap((g) => g.roles);
  const { words } = h;
  const w = words.architecture;
  return {
    head: {
      title: isDefault ? w.title : w.zoneTitle(zone.name),
      description: w.description(h.site.company.name, zone.name),
      crumbs: [{ label: w.title }],
      section: 'grades',
      ...(isDefault ? { search: { type: 'grades' } } : {}),
    },
    zone,
    zones: h.pay.zones.map((z, i) => ({ href: h.url(paths.jobArchitecture(i === 0 ? undefined : z.id)), text: z.name, current: z === zone })),
    groups: groups.map((g) => ({ name: words.trackNames[g.track], roles: g.roles.map((r) => ({ href: h.url(paths.role(r.id)), text: r.data.title })) })),
    rows: [...h.pay.grades].reverse().map((grade) => {
      const band = grade.bands.find((b) => b.zone === zone);
      return {
        id: grade.id,
        name: grade.name,
        summary: grade.summary,
        band: band ? bandText(band, h) : '',
        cells: roles.map((role) =>
          role.levels.flatMap((level) => {
            const own = level.grade === grade ? level.pay.find((b) => b.zone === zone) : undefined;
            return own ? [{ href: h.url(paths.level(role.id, level.slug)), title: level.data.title, band: bandText(own, h), ...(own.exception ? { exception: own.exception } : {}) }] : [];
          }),
        ),
      };
    }),
    note: w.note(h.pay.period, formatDate(h.pay.effective, h.locale.tag), h.pay.source),
  };
}
