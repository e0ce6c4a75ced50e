/**
 * npm run new (scripts/new.ts) as a function of its folder, arguments and output: the script passes
 * the process's, and tests run it in their own, which costs far less than starting a process each time.
 * It never overwrites a file: new files are created with the `wx` flag.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { didYouMean } from '../../src/lib/did-you-mean.ts';
import { append } from '../../src/lib/lists.ts';
import { readContent, type LoadedContent } from '../../src/reader/content.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { ScaffoldError } from '../../src/scaffold/error.ts';
import { kinds, plan, type Kind, type Plan, type Request } from '../../src/scaffold/plan.ts';
import { draftNote } from '../../src/scaffold/templates.ts';

const usage = `Usage: npm run new -- <what> <name> [options]
  npm run new -- role <role> [--title "Data Engineer"] [--family Engineering]
  npm run new -- level <role>/<level> [--title "Senior Data Engineer"] [--short-title Senior]
                 [--grade g3] [--after <level> | --before <level>] [--track ic|management]
  npm run new -- faq <topic>/<question> [--question "How are pay bands set?"] [--topic Pay]
                 [--audience candidate,employee]
  npm run new -- opening <opening> --level <role>/<level> [--title "…"] [--type FULL_TIME]
                 [--apply-url https://… | mailto:…]
Names are lowercase words joined by hyphens; they become the file name and the page address.
Run npm run new with nothing after it, in a terminal, to be asked step by step.`;

const options = {
  title: { type: 'string' },
  family: { type: 'string' },
  'short-title': { type: 'string' },
  grade: { type: 'string' },
  after: { type: 'string' },
  before: { type: 'string' },
  track: { type: 'string' },
  question: { type: 'string' },
  topic: { type: 'string' },
  audience: { type: 'string' },
  level: { type: 'string' },
  type: { type: 'string' },
  'apply-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The command line as a request, or the reason it is not one. */
function requestFrom(argv: string[]): Request | { help: true } | { error: string } {
  const parse = () => parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    const unknown = /Unknown option '(-[^']+)'/.exec((error as Error).message)?.[1];
    if (!unknown) return { error: (error as Error).message.split('\n')[0]! };
    const guess = didYouMean(unknown.replace(/^-+/, ''), Object.keys(options));
    return { error: `"${unknown}" is not an option of npm run new${guess ? ` (did you mean --${guess}?)` : ''}` };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { help: true };
  const [kind, name, ...extra] = positionals;
  if (!kind) return { error: 'say what to create: role, level, faq or opening' };
  if (!(kinds as readonly string[]).includes(kind)) return { error: `"${kind}" is not something npm run new creates; use role, level, faq or opening` };
  if (!name) return { error: `give the ${kind} a name, such as ${examples[kind as Kind]}` };
  if (extra.length) return { error: `"${extra.join(' ')}" is not understood; put quotes around a value with spaces, such as --title "Data Engineer"` };
  const defined = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    kind: kind as Kind,
    name,
    ...defined('title', v.title),
    ...defined('family', v.family),
    ...defined('shortTitle', v['short-title']),
    ...defined('grade', v.grade),
    ...defined('after', v.after),
    ...defined('before', v.before),
    ...defined('track', v.track),
    ...defined('question', v.question),
    ...defined('topic', v.topic),
    ...defined(
      'audience',
      v.audience
        ?.split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
    ...defined('level', v.level),
    ...defined('type', v.type),
    ...defined('applyUrl', v['apply-url']),
  };
}

const examples: Record<Kind, string> = {
  role: 'data-engineer',
  level: 'data-engineer/senior',
  faq: 'pay/how-are-bands-set',
  opening: 'data-engineer-berlin',
};

async function load(root: string): Promise<LoadedContent> {
  return (await readContent(root, await readSettings(root))).content;
}

/** Writes the plan: new files only if none exists (all checked before anything is written), then the updates. */
async function apply(root: string, result: Plan): Promise<string[]> {
  const lines: string[] = [];
  for (const { file, text } of result.create) {
    const full = path.join(root, file);
    await mkdir(path.dirname(full), { recursive: true });
    try {
      await writeFile(full, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(`${file} already exists and is left as it is; choose another name`);
      throw error;
    }
    lines.push(`Created ${file}`, `  ${result.summary}`, `  ${draftNote}`);
  }
  for (const { file, text, change } of result.update) {
    await writeFile(path.join(root, file), text);
    lines.push(`Updated ${file}: ${change}`);
  }
  append(
    lines,
    result.reminders.map((r) => `${r}.`),
  );
  lines.push(`Next: ${result.next}.`);
  return lines;
}

/** Where the command runs and talks: the script gives it the process's, tests their own. */
export interface NewCommand {
  root: string;
  argv: string[];
  /** A terminal to ask in, step by step, when argv is empty. */
  interactive: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** npm run new, start to end: the exit code, with what it has to say handed to out and err. */
export async function runNew({ root, argv, interactive, out, err }: NewCommand): Promise<number> {
  const texts = (file: string) => readFileSync(path.join(root, file), 'utf8');
  try {
    let request: Request;
    if (interactive) {
      const { ask } = await import('./new-questions.ts');
      const asked = await ask(await load(root), texts);
      if (!asked) return 1;
      request = asked;
    } else {
      const parsed = requestFrom(argv);
      if ('help' in parsed) {
        out(usage);
        return 0;
      }
      if ('error' in parsed) {
        err(`npm run new: ${argv.length === 0 ? 'nothing to create (and no terminal to ask in)' : parsed.error}.\n\n${usage}`);
        return 1;
      }
      request = parsed;
    }
    const content = await load(root);
    const result = plan(request, content, texts, content.today);
    out((await apply(root, result)).join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      err(`npm run new: ${error.message}.`);
      return 1;
    }
    throw error;
  }
}
