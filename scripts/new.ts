/**
 * npm run new: creates a role, level, FAQ or opening from what the handbook already holds, as a
 * draft with every value still to write marked TODO. With nothing after it, in a terminal, it asks step by step;
 * otherwise it takes the command line and never waits for input (CI, tests, scripts). The command
 * itself is scripts/lib/new-command.ts.
 */
import { runNew } from './lib/new-command.ts';

const argv = process.argv.slice(2);
process.exitCode = await runNew({
  root: process.cwd(),
  argv,
  interactive: argv.length === 0 && !!process.stdin.isTTY && !!process.stdout.isTTY && !process.env['CI'],
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
