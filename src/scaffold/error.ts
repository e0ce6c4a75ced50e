/** A request the handbook cannot take, worded for the editor: what is wrong and what to do. */
export class ScaffoldError extends Error {}

/**
 * A grade that does not fit the level's place on its ladder. The questions of `npm run new` say the
 * problem and ask again for the grade or the place, keeping every other answer; the command line
 * says the problem with its fix in options.
 */
export class GradeError extends ScaffoldError {
  readonly problem: string;
  constructor(problem: string, fix: string) {
    super(`${problem}; ${fix}`);
    this.problem = problem;
  }
}
