/**
 * An opening's links to the rest of the handbook: its level exists and is published, it closes on
 * or after the day it is posted, and its own pay stays within its level's band in that zone.
 */
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { payTableFile } from '../../schemas/collections.ts';
import { withOverrides } from '../../schemas/hiring.ts';
import { zoneChoices } from '../pay-zones.ts';
import { dropUndefinedLine, missing } from './references.ts';

export function checkOpenings(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const levelIds = [...content.ids.levels];
  const zones = content.pay?.zones ?? [];
  for (const opening of content.openings) {
    const { file, data } = opening;
    const at = (path: PropertyKey[], problem: Omit<Problem, 'file' | 'severity' | 'line'> & { severity?: Problem['severity'] }) =>
      problems.push(dropUndefinedLine({ severity: 'error', ...problem, file, line: opening.locate(path) } as Problem));

    if (data.validThrough < data.datePosted) {
      at(['validThrough'], { field: 'validThrough', message: `(${data.validThrough}) is before datePosted (${data.datePosted})`, fix: 'an opening closes on or after the day it is posted: correct either date' });
    }

    const level = content.levels.find((l) => l.id === data.level);
    if (!level) {
      if (!levelIds.includes(data.level)) problems.push(missing(file, opening.locate(['level']), 'level', data.level, levelIds, 'content/levels/'));
      continue;
    }
    const role = content.roles.find((r) => r.id === level.data.role.id);
    if (data.status !== 'draft' && (level.data.status === 'draft' || role?.data.status === 'draft')) {
      at(['level'], { field: 'level', message: `points to "${data.level}", which is a draft, so the opening would not appear on the site`, fix: `publish ${data.level} (status: published) or make the opening a draft too` });
    }
    // Job search needs a place: the countries of a remote job, the offices of any other.
    if (content.hiring) {
      const hiring = withOverrides(content.hiring, role?.data.hiring, level.data.hiring, data.hiring);
      const [needs, example] = hiring.workMode === 'remote' ? (['remoteCountries', 'remoteCountries: [US, DE]'] as const) : (['offices', 'offices: [{ city: Berlin, country: DE }]'] as const);
      if (!hiring[needs]?.length) {
        at(data.hiring ? ['hiring'] : ['level'], { field: `hiring.${needs}`, message: `is missing for this ${hiring.workMode} opening, so job search cannot say where it is`, fix: `add it under hiring:, such as ${example}` });
      }
    }

    const pay = data.pay;
    if (!pay || !content.pay) continue;
    const zone = zones.find((z) => z.id === pay.zone);
    if (!zone) {
      at(['pay', 'zone'], { field: 'pay.zone', message: `points to "${pay.zone}", which is not a zone of ${payTableFile}`, fix: `delete pay: to show the level's band, or name one of the zones, with a range in its currency: ${zoneChoices(zones)}` });
      continue;
    }
    if (pay.max < pay.min) {
      at(['pay', 'max'], { field: 'pay.max', message: `(${pay.max}) is below min (${pay.min})`, fix: 'make max the top of the range' });
      continue;
    }
    const band = level.data.payException?.bands[zone.id] ?? content.pay.grades.find((g) => g.id === level.data.grade)?.bands[zone.id];
    if (band && (pay.min < band.min || pay.max > band.max)) {
      at(['pay'], {
        field: 'pay',
        message: `(${pay.min}–${pay.max} ${zone.currency}) is outside the ${level.data.title} band in ${zone.name} (${band.min}–${band.max})`,
        fix: `offer a range within the band, or change the band in ${level.data.payException?.bands[zone.id] ? level.file : payTableFile}`,
      });
    }
  }
  return problems;
}
