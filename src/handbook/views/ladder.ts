/** A role's levels on one pay scale: the ladder on the role page and the bar on each level page. */
import { formatYears } from '../../lib/level-diff.ts';
import { formatMoneyCompact } from '../../lib/money.ts';
import { barGeometry, payScale, type BarGeometry } from '../../lib/pay-bar.ts';
import { paths } from '../../lib/url.ts';
import type { Track } from '../../schemas/level.ts';
import type { Handbook, Level, Role } from '../model.ts';
import { bandText, money } from '../pay.ts';

export interface LadderStep {
  level: Level;
  href: string;
  band: string;
  years: string;
  bar: BarGeometry;
}

export interface LadderView {
  /** The scale's width in SVG units, and its ends as compact amounts. */
  width: number;
  low: string;
  high: string;
  tracks: { track: Track; name: string; steps: LadderStep[] }[];
  steps: Map<Level, LadderStep>;
}

const width = 400;
const cache = new WeakMap<Role, LadderView>();

export function ladderView(role: Role, h: Handbook): LadderView {
  let view = cache.get(role);
  if (view) return view;
  const scale = payScale(
    role.levels.map((l) => l.band),
    width,
  );
  const steps = new Map(
    role.levels.map((level) => [
      level,
      {
        level,
        href: h.url(paths.level(role.id, level.slug)),
        band: bandText(level.band, h),
        years: formatYears(level.data.experience, h.words),
        bar: barGeometry(level.band, scale, width / 100),
      },
    ]),
  );
  view = {
    width,
    low: role.payRange ? formatMoneyCompact(scale.low, money(h, role.payRange.zone.currency)) : '',
    high: role.payRange ? formatMoneyCompact(scale.high, money(h, role.payRange.zone.currency)) : '',
    tracks: role.tracks.map((track) => ({ track, name: h.words.role.track(h.words.trackNames[track]), steps: role.levels.filter((l) => l.data.track === track).map((l) => steps.get(l)!) })),
    steps,
  };
  cache.set(role, view);
  return view;
}
