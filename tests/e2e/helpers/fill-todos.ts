/**
 * What an editor does to a file `npm run new` made once they have written it: every TODO replaced
 * by a sentence of their own, and the draft published. Shared by the fork tests.
 */
import assert from 'node:assert/strict';

/** Fills every TODO the scaffolder wrote with the next sentence and publishes the draft. */
export function fillTodos(text: string, sentences: Iterator<string>, skills: { group: string; skill: string }): string {
  const next = () => sentences.next().value ?? assert.fail('ran out of sentences');
  return text
    .replace(/^status: draft$/m, 'status: published')
    .replace(/"TODO: name a group of skills[^"]*"/g, JSON.stringify(skills.group))
    .replace(/"TODO: name a skill of this group\."/g, JSON.stringify(skills.skill))
    .replace(/"TODO:[^"]*"/g, () => JSON.stringify(next()))
    .replace(/^TODO:.*$/gm, () => next());
}

/** Sentences made of a few verbs and subjects, each used once, so no two points of a ladder repeat. */
export function* sentencesAbout(subjects: readonly string[], ending: string): Generator<string> {
  const verbs = ['Builds and runs', 'Reviews and improves', 'Designs', 'Monitors', 'Documents', 'Plans the next quarter of'];
  for (const verb of verbs) for (const subject of subjects) yield `${verb} ${subject} ${ending}.`;
}
