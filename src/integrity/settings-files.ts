/** The settings files as sources problemAt (src/problems/at-field.ts) places a field in, as it does an entry. */
import type { FieldSource } from '../problems/at-field.ts';
import type { LoadedContent } from '../reader/content.ts';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';

export function settingsFiles(content: LoadedContent): Record<'site' | 'pay' | 'hiring', FieldSource> {
  return {
    site: { file: siteSettingsFile, locate: content.locate.site, data: content.site },
    pay: { file: payTableFile, locate: content.locate.pay, data: content.pay },
    // No content/hiring.yaml to read: no line to point at.
    hiring: { file: hiringFile, locate: content.hiringSource?.locate ?? (() => undefined), data: content.hiring },
  };
}
