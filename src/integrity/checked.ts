/**
 * What every rule of the content check reads: the content as read (raw entries, drafts and
 * invalid files included, for rules about syntax, fields and lines), each file's own findings,
 * and the read model built once from it (for rules about what the site will show).
 */
import type { Handbook } from '../handbook/model.ts';
import type { LoadedContent } from '../reader/content.ts';
import type { FileFindings } from './files/findings.ts';

export interface Checked extends LoadedContent {
  /** Each file's own findings by file (src/integrity/files/). */
  findings: Map<string, FileFindings>;
  /**
   * The read model, with drafts in and each marked with the file that keeps it off the published
   * site (Drafted.draft): what the site shows is what has no `draft`. Undefined while a settings
   * file is invalid (the check says why).
   */
  handbook: Handbook | undefined;
  /** The files of the entries the published site shows. */
  onSite: ReadonlySet<string>;
}
