/**
 * Pages nothing links to. The site lists every published entry somewhere: the home page and /roles/
 * every role, a role's page every level of every track (and its comparisons), /skills/ every
 * skill, /faq/ every question under its topic, /career-paths/ every path. (tests/unit/views.test.ts
 * holds the indexes to that.) The one page built with no link to it is a closed opening: it stays
 * at its address, saying it is closed, for anyone arriving from an old link, but the jobs list,
 * the feeds, the sitemap and search leave it out.
 */
import { paths } from '../../lib/url.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Checked } from '../checked.ts';

export function checkUnlinked(content: Checked): Problem[] {
  const closed = new Set((content.handbook?.openings ?? []).filter((o) => !o.draft && !o.open).map((o) => o.filePath));
  return (
    content.openings
      // Dates in the wrong order are already an error in checkOpenings: one message per mistake.
      .filter((o) => closed.has(o.file) && o.data.validThrough >= o.data.datePosted)
      .map((o) =>
        problemAt(o, ['validThrough'], {
          message: `(${o.data.validThrough}) has passed, so the opening is closed: its page /${paths.opening(o.id)} is still published, but nothing links to it any more (the jobs list, the feeds and search leave it out)`,
          fix: 'if you are still hiring, set validThrough to the new closing day and the jobs list links it again; if not, delete the file (or set status: draft) once the post is filled',
          severity: 'warning',
        }),
      )
  );
}
