/** Problems about a field of a file, placed and named in one place for every rule of the content check. */
import { fieldName, valuesIn } from './field-name.ts';
import type { Problem } from './problem.ts';

/** A file whose fields a problem can be at: an entry, or a settings file (src/integrity/settings-files.ts). */
export interface FieldSource {
  file: string;
  /** Line of the field at a path, where the file has one. */
  locate: (path: PropertyKey[]) => number | undefined;
  /** What was read, for naming list items as editors know them (field-name.ts). */
  data?: unknown;
}

/**
 * A problem at a field of a file: at its line where the file has one, the field named as editors
 * read it (field-name.ts). `field` names it otherwise where the rule does (hiring.offices for an
 * opening that has no hiring: of its own); null names no field, for a problem about the whole file
 * placed at one field's line. Severity is an error unless said.
 */
export function problemAt(source: FieldSource, path: PropertyKey[], problem: { message: string; fix?: string; severity?: Problem['severity']; field?: string | null }): Problem {
  const line = source.locate(path);
  const field = problem.field === undefined ? fieldName(path, valuesIn(source.data)) : problem.field;
  return {
    file: source.file,
    // exactOptionalPropertyTypes: a line or field that is not known is absent, not undefined.
    ...(line === undefined ? {} : { line }),
    ...(field === null ? {} : { field }),
    message: problem.message,
    ...(problem.fix === undefined ? {} : { fix: problem.fix }),
    severity: problem.severity ?? 'error',
  };
}
