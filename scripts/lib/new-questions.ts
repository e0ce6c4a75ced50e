/**
 * The questions `npm run new` asks in a terminal. They only gather a Request, the same one the
 * command line gives, so both ways write exactly the same files; every default comes from plan().
 */
import * as p from '@clack/prompts';
import { slugify } from '../../src/lib/slug.ts';
import type { LoadedContent } from '../../src/reader/content.ts';
import { ScaffoldError } from '../../src/scaffold/error.ts';
import { plan, type Kind, type Request, type Texts } from '../../src/scaffold/plan.ts';
import { audiences } from '../../src/schemas/faq.ts';
import { today } from '../../src/schemas/fields.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugRule = (value: string | undefined) =>
  value && slugPattern.test(value) ? undefined : 'Lowercase letters, digits and single hyphens, such as data-engineer';

class Cancelled extends Error {}
/** Escape or Ctrl+C at any question ends the command without writing anything. */
const answer = <T,>(value: T): Exclude<T, symbol> => {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
};

/** What to create and its facts, or undefined when the editor cancelled. */
export async function ask(content: LoadedContent, texts: Texts): Promise<Request | undefined> {
  p.intro('Add to the handbook');
  try {
    const kind = answer(
      await p.select<Kind>({
        message: 'What do you want to add?',
        options: [
          { value: 'role', label: 'A role', hint: 'its guide; its levels come next' },
          { value: 'level', label: 'A level of a role', hint: 'such as Senior Data Engineer' },
          { value: 'faq', label: 'A question and answer' },
          { value: 'opening', label: 'An opening', hint: 'a real vacancy at one level' },
        ],
      }),
    );
    const request = await questionsFor(kind, content, texts);
    p.outro('Writing the file…');
    return request;
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    p.cancel('Nothing was written.');
    return undefined;
  }
}

async function questionsFor(kind: Kind, content: LoadedContent, texts: Texts): Promise<Request> {
  switch (kind) {
    case 'role': {
      // Editors think in titles; the file name is suggested from it, as the question's is.
      const title = answer(await p.text({ message: 'Role title', placeholder: 'Data Engineer', validate: (t) => (t?.trim() ? undefined : 'Write the title, such as Data Engineer') }));
      const name = answer(await p.text({ message: 'File name of the role (it becomes the address)', initialValue: slugOf(title), validate: slugRule }));
      return { kind, name, title: title.trim() };
    }
    case 'level':
      return levelQuestions(content, texts);
    case 'faq': {
      const topics = [...new Set(content.faqs.map((f) => f.id.split('/').slice(0, -1).join('/')).filter(Boolean))];
      const folder = answer(
        await p.text({ message: `Topic folder${topics.length ? ` (${topics.join(', ')}, or a new one)` : ''}`, placeholder: topics[0] ?? 'pay', validate: slugRule }),
      );
      const question = answer(await p.text({ message: 'The question, as a reader would ask it', placeholder: 'How are pay bands set?', validate: (q) => (q?.trim() ? undefined : 'Write the question') }));
      const slug = answer(await p.text({ message: 'File name of the question', initialValue: slugOf(question), validate: slugRule }));
      const audience = answer(
        await p.multiselect({ message: 'Who asks it?', options: audiences.map((a) => ({ value: a, label: a })), initialValues: ['candidate'], required: true }),
      );
      return { kind, name: `${folder}/${slug}`, question, audience };
    }
    case 'opening': {
      if (content.levels.length === 0) throw new ScaffoldError('the handbook has no level to hire for yet; add a level first');
      const level = answer(
        await p.select({ message: 'Which level do you hire for?', options: content.levels.map((l) => ({ value: l.id, label: l.data.title, hint: l.id })) }),
      );
      const name = answer(await p.text({ message: 'File name of the opening (it becomes the address /jobs/<name>/)', initialValue: `${level.split('/')[0]}-${level.split('/')[1]}`, validate: slugRule }));
      const applyUrl = answer(await p.text({ message: 'Where do candidates apply? (https:// form or mailto: address; leave empty to fill in later)' }));
      return { kind, name, level, ...(applyUrl.trim() ? { applyUrl: applyUrl.trim() } : {}) };
    }
  }
}

async function levelQuestions(content: LoadedContent, texts: Texts): Promise<Request> {
  if (content.roles.length === 0) throw new ScaffoldError('the handbook has no role yet; add the role first');
  const role = answer(
    await p.select({ message: 'Which role is the level of?', options: content.roles.map((r) => ({ value: r.id, label: r.data.title, hint: r.id })) }),
  );
  const name = answer(await p.text({ message: 'File name of the level', placeholder: 'senior', validate: slugRule }));
  const ladder = content.levels.filter((l) => l.data.role.id === role).sort((a, b) => a.data.order - b.data.order);
  const request: Request = { kind: 'level', name: `${role}/${name}` };
  if (ladder.length > 0) {
    const top = ladder.at(-1)!;
    const position = answer(
      await p.select({
        message: 'Where does it go on the ladder?',
        initialValue: `after:${top.id}`,
        options: [
          ...ladder.map((l) => ({ value: `after:${l.id}`, label: `Above ${l.data.shortTitle}`, hint: l === top ? 'the new top level' : `order ${l.data.order}` })),
          { value: `before:${ladder[0]!.id}`, label: `Below ${ladder[0]!.data.shortTitle}`, hint: 'the new first level' },
        ],
      }),
    );
    const [where, id] = position.split(':') as ['after' | 'before', string];
    request[where] = id.split('/')[1]!;
  }
  // Show what the handbook suggests, and let the editor change the title or grade before writing.
  const suggested = plan(request, content, texts, today());
  p.note(suggested.summary, 'Suggested');
  if (answer(await p.confirm({ message: 'Use these?', initialValue: true }))) return request;
  const grades = content.pay?.grades ?? [];
  request.title = answer(await p.text({ message: 'Job title', placeholder: 'Senior Data Engineer' }));
  request.shortTitle = answer(await p.text({ message: 'The level on its own, used in ladders', placeholder: 'Senior' }));
  request.grade = answer(await p.select({ message: 'Grade (content/pay.yaml)', options: grades.map((g) => ({ value: g.id, label: g.name })) }));
  return request;
}

/** A file name suggested from a title: "Entwickler für Zahlungen" → entwickler-fur-zahlungen (file names are ASCII). */
const slugOf = (text: string) =>
  slugify(text)
    .replace(/[^a-z0-9-]+/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
