/**
 * An opening's links to the rest of the handbook: its level exists and is published, it closes on
 * or after the day it is posted, its ad says where the job is, and its own pay stays within its
 * level's band in that zone. Judged on the read model: the opening, level and ad the site shows.
 */
import { openingAd } from '../../handbook/ads.ts';
import { bandIn } from '../../handbook/pay.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Checked } from '../checked.ts';
import { payTableFile } from '../../schemas/collections.ts';
import { zoneChoices } from '../pay-zones.ts';
import { missing } from './references.ts';

export function checkOpenings(content: Checked): Problem[] {
  const problems: Problem[] = [];
  const levelIds = [...content.ids.levels];
  const h = content.handbook;
  const placed = new Map((h?.openings ?? []).map((o) => [o.filePath, o]));
  for (const entry of content.openings) {
    const { file, data } = entry;
    if (data.validThrough < data.datePosted) {
      problems.push(problemAt(entry, ['validThrough'], { message: `(${data.validThrough}) is before datePosted (${data.datePosted})`, fix: 'an opening closes on or after the day it is posted: correct either date' }));
    }

    const opening = placed.get(file);
    if (!h || !opening) {
      // A level that exists but could not be placed (its own fields are wrong) has its own errors.
      if (!levelIds.includes(data.level)) problems.push(missing(entry, ['level'], data.level, levelIds, 'content/levels/'));
      continue;
    }
    const level = opening.level;
    if (opening.draft && opening.draft !== file) {
      problems.push(problemAt(entry, ['level'], { message: `points to "${data.level}", which is a draft, so the opening would not appear on the site`, fix: `publish ${data.level} (status: published) or make the opening a draft too` }));
    }
    // Job search needs a place: the countries of a remote job, the offices of any other.
    const { hiring } = openingAd(opening, h);
    const [needs, example] = hiring.workMode === 'remote' ? (['remoteCountries', 'remoteCountries: [US, DE]'] as const) : (['offices', 'offices: [{ city: Berlin, country: DE }]'] as const);
    if (!hiring[needs]?.length) {
      problems.push(problemAt(entry, data.hiring ? ['hiring'] : ['level'], { field: `hiring.${needs}`, message: `is missing for this ${hiring.workMode} opening, so job search cannot say where it is`, fix: `add it under hiring:, such as ${example}` }));
    }

    const pay = data.pay;
    if (!pay) continue;
    const zone = h.pay.zones.find((z) => z.id === pay.zone);
    if (!zone) {
      problems.push(problemAt(entry, ['pay', 'zone'], { message: `points to "${pay.zone}", which is not a zone of ${payTableFile}`, fix: `delete pay: to show the level's band, or name one of the zones, with a range in its currency: ${zoneChoices(h.pay.zones)}` }));
      continue;
    }
    if (pay.max < pay.min) {
      problems.push(problemAt(entry, ['pay', 'max'], { message: `(${pay.max}) is below min (${pay.min})`, fix: 'make max the top of the range' }));
      continue;
    }
    const band = bandIn(level, zone.id);
    if (band && (pay.min < band.min || pay.max > band.max)) {
      problems.push(
        problemAt(entry, ['pay'], {
          message: `(${pay.min}–${pay.max} ${zone.currency}) is outside the ${level.data.title} band in ${zone.name} (${band.min}–${band.max})`,
          fix: `offer a range within the band, or change the band in ${band.exception ? level.filePath : payTableFile}`,
        }),
      );
    }
  }
  return problems;
}
