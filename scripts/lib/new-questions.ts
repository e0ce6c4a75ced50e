/**
 * The questions `npm run new` asks in a terminal. They only gather a Request, the same one the
 * command line gives, so both ways write exactly the same files; every suggestion comes from plan().
 * A suggestion is the answer already typed in (Enter keeps it, Backspace changes it), never grey
 * text that Enter would leave empty; each answer is checked as it is given, with the plan's own
 * rules, so a wrong one is asked again at once and no earlier answer is lost.
 */
import * as p from '@clack/prompts';
import type { Readable, Writable } from 'node:stream';
import { fileNameOf } from '../../src/lib/slug.ts';
import type { LoadedContent } from '../../src/reader/content.ts';
import { GradeError, ScaffoldError } from '../../src/scaffold/error.ts';
import { applyUrlRefusal, mostCommon, nameRefusal, plan, slugRefusal, type Kind, type Request, type Texts } from '../../src/scaffold/plan.ts';
import { audiences } from '../../src/schemas/faq.ts';

/** The terminal to ask in: the process's own, or streams a test types into and reads from. */
export interface Terminal {
  input?: Readable;
  output?: Writable;
}

class Cancelled extends Error {}
/** Escape or Ctrl+C at any question ends the command without writing anything. */
const answer = <T>(value: T): Exclude<T, symbol> => {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
};

/** A refusal for an empty answer where a value is needed, else the next rule's. */
const needed =
  (example: string, rule: (value: string) => string | undefined = () => undefined) =>
  (value: string | undefined) =>
    value?.trim() ? rule(value.trim()) : `Write ${example}`;

/** What to create and its facts, or undefined when the editor cancelled. */
export async function ask(content: LoadedContent, texts: Texts, terminal: Terminal = {}): Promise<Request | undefined> {
  p.intro('Add to the handbook', terminal);
  try {
    const kind = answer(
      await p.select<Kind>({
        ...terminal,
        message: 'What do you want to add?',
        options: [
          { value: 'role', label: 'A role', hint: 'its guide; its levels come next' },
          { value: 'level', label: 'A level of a role', hint: 'such as Senior Data Engineer' },
          { value: 'faq', label: 'A question and answer' },
          { value: 'opening', label: 'An opening', hint: 'a real vacancy at one level' },
        ],
      }),
    );
    const request = await questionsFor(kind, content, texts, terminal);
    p.outro('Writing the file…', terminal);
    return request;
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    p.cancel('Nothing was written.', terminal);
    return undefined;
  }
}

async function questionsFor(kind: Kind, content: LoadedContent, texts: Texts, terminal: Terminal): Promise<Request> {
  switch (kind) {
    case 'role': {
      // Editors think in titles; the file name is suggested from it, as the question's is.
      const title = await text(terminal, 'Role title, such as Data Engineer', needed('the title, such as Data Engineer'));
      const name = await text(
        terminal,
        'File name of the role (it becomes the address)',
        needed('a file name, such as data-engineer', (n) => nameRefusal('role', n, content)),
        slugOf(title),
      );
      return { kind, name, title };
    }
    case 'level':
      return levelQuestions(content, texts, terminal);
    case 'faq': {
      const topics = [...new Set(content.faqs.map((f) => f.id.split('/').slice(0, -1).join('/')).filter(Boolean))];
      const folder = await text(
        terminal,
        `Topic folder${topics.length ? ` (${topics.join(', ')}, or a new one)` : ', such as pay'}`,
        needed('a topic folder, such as pay', (f) =>
          f
            .split('/')
            .map((part) => slugRefusal(part, 'a topic folder', 'pay'))
            .find(Boolean),
        ),
        mostCommon(content.faqs.map((f) => f.id.split('/').slice(0, -1).join('/')).filter(Boolean)),
      );
      const question = await text(terminal, 'The question, as a reader would ask it, such as How are pay bands set?', needed('the question, such as How are pay bands set?'));
      const slug = await text(
        terminal,
        'File name of the question',
        needed('a file name, such as how-are-bands-set', (s) => nameRefusal('faq', `${folder}/${s}`, content)),
        slugOf(question),
      );
      const name = `${folder}/${slug}`;
      const audience = answer(
        await p.multiselect({
          ...terminal,
          message: 'Who asks it? (Space ticks or unticks)',
          options: audiences.map((a) => ({ value: a, label: a })),
          initialValues: plan({ kind, name, question }, content, texts, content.today).suggested.audience ?? ['candidate'],
          required: true,
        }),
      );
      return { kind, name, question, audience };
    }
    case 'opening': {
      if (content.levels.length === 0) throw new ScaffoldError('the handbook has no level to hire for yet; add a level first');
      const level = answer(await p.select({ ...terminal, message: 'Which level do you hire for?', options: content.levels.map((l) => ({ value: l.id, label: l.data.title, hint: l.id })) }));
      const name = await text(
        terminal,
        'File name of the opening (it becomes the address /jobs/<name>/)',
        needed('a file name, such as data-engineer-berlin', (n) => nameRefusal('opening', n, content)),
        level.replace('/', '-'),
      );
      const applyUrl = answer(
        await p.text({
          ...terminal,
          message: 'Where do candidates apply? (https:// form or mailto: address; leave empty to fill in later)',
          validate: (url) => (url?.trim() ? applyUrlRefusal(url.trim()) : undefined),
        }),
      ).trim();
      return { kind, name, level, ...(applyUrl ? { applyUrl } : {}) };
    }
  }
}

async function levelQuestions(content: LoadedContent, texts: Texts, terminal: Terminal): Promise<Request> {
  if (content.roles.length === 0) throw new ScaffoldError('the handbook has no role yet; add the role first');
  const role = answer(await p.select({ ...terminal, message: 'Which role is the level of?', options: content.roles.map((r) => ({ value: r.id, label: r.data.title, hint: r.id })) }));
  const name = await text(
    terminal,
    'File name of the level, such as senior or intermediate',
    needed('a file name, such as senior', (n) => nameRefusal('level', `${role}/${n}`, content)),
  );
  const base: Request = { kind: 'level', name: `${role}/${name}` };
  const planned = (request: Request) => plan(request, content, texts, content.today);

  // The place on the ladder, asked again while no grade fits there.
  const ladder = content.levels.filter((l) => l.data.role.id === role).sort((a, b) => a.data.order - b.data.order);
  let placed: Request = base;
  let suggested = ladder.length === 0 ? planned(base).suggested : undefined;
  let position = `after:${ladder.at(-1)?.id}`;
  while (!suggested) {
    const top = ladder.at(-1)!;
    position = answer(
      await p.select({
        ...terminal,
        message: 'Where does it go on the ladder?',
        initialValue: position,
        options: [
          ...ladder.map((l) => ({ value: `after:${l.id}`, label: `Above ${l.data.shortTitle}`, hint: l === top ? 'the new top level' : `order ${l.data.order}` })),
          { value: `before:${ladder[0]!.id}`, label: `Below ${ladder[0]!.data.shortTitle}`, hint: 'the new first level' },
        ],
      }),
    );
    const [where, id] = position.split(':') as ['after' | 'before', string];
    placed = { ...base, [where]: id.split('/')[1]! };
    suggested = retried(() => planned(placed).suggested, 'Choose another place.', terminal);
  }

  const shortTitle = await text(terminal, 'The level on its own, as ladders show it', needed('the short title, such as Senior'), suggested.shortTitle);
  const title = await text(terminal, 'Job title', needed('the job title, such as Senior Data Engineer'), planned({ ...placed, shortTitle }).suggested.title);
  const titled: Request = { ...placed, shortTitle, title };
  const fit = planned(titled).suggested.grade!;
  const grades = content.pay?.grades ?? [];
  for (;;) {
    const grade = answer(
      await p.select({
        ...terminal,
        message: `Grade, from content/pay.yaml. Suggested: ${fit.name}, ${fit.why}.`,
        initialValue: fit.id,
        options: grades.map((g) => ({ value: g.id, label: g.name, ...(g.id === fit.id ? { hint: 'suggested' } : {}) })),
      }),
    );
    // The suggestion stays unnamed in the request, so what is written says why it was chosen.
    const request = grade === fit.id ? titled : { ...titled, grade };
    if (retried(() => planned(request), 'Choose another grade, or press Escape and start again to place the level elsewhere.', terminal)) return request;
  }
}

/** A line of text; `initialValue` is the suggestion, typed in already. */
async function text(terminal: Terminal, message: string, validate: (value: string | undefined) => string | undefined, initialValue?: string) {
  return answer(await p.text({ ...terminal, message, validate, ...(initialValue ? { initialValue } : {}) })).trim();
}

/** The value, or undefined after saying why a grade does not fit and what to do (the caller asks again). */
function retried<T>(attempt: () => T, again: string, terminal: Terminal): T | undefined {
  try {
    return attempt();
  } catch (error) {
    if (!(error instanceof GradeError)) throw error;
    p.log.error(`${error.problem.charAt(0).toUpperCase()}${error.problem.slice(1)}. ${again}`, terminal);
    return undefined;
  }
}

/** A file name suggested from a title, its first six words: "Entwickler für Zahlungen" → entwickler-fur-zahlungen. */
const slugOf = (text: string) => fileNameOf(text).split('-').slice(0, 6).join('-');
