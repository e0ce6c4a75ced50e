/**
 * The self-assessment page's module (src/pages/roles/[role]/[level]/self-assessment/), the only
 * page that loads it: keeps the reader's ratings and evidence in this browser only (localStorage,
 * under the level's id), puts them back on the next visit, clears them, and downloads them as
 * Markdown or CSV made here from a Blob. Nothing is sent anywhere: it makes no request at all.
 * Without it the page is a complete sheet to print and fill in by hand. What it says, and the words
 * of the files, are the page's language: the page hands them over in data-words (src/i18n/client-words.ts).
 */
import type { SelfAssessmentClientWords } from '../i18n/client-words.ts';
import { fill } from '../i18n/template.ts';
import { hasAnswers, readAnswers, selfAssessmentCsv, selfAssessmentMarkdown, type SelfAssessmentAnswer, type SelfAssessmentAnswers, type SelfAssessmentRating, type SelfAssessmentSheet, type SelfAssessmentTheme } from '../lib/self-assessment.ts';

function start(root: HTMLElement) {
  // Per level, so each level's page keeps its own answers.
  const key = `rolebook-self-assessment:${root.dataset['selfAssessment']!}`;
  const words = JSON.parse(root.dataset['words']!) as SelfAssessmentClientWords;
  const status = root.querySelector<HTMLElement>('[data-self-assessment-status]')!;
  const rows = [...root.querySelectorAll<HTMLElement>('[data-self-assessment-row]')];
  const cell = (row: HTMLElement, name: string) => row.querySelector(`[data-self-assessment-cell="${name}"]`)?.textContent ?? '';
  const sheet: SelfAssessmentSheet = {
    title: root.dataset['title']!,
    rows: rows.map((row) => ({
      key: row.dataset['selfAssessmentRow']!,
      theme: row.dataset['theme'] as SelfAssessmentTheme,
      competency: cell(row, 'competency'),
      thisLevel: cell(row, 'this'),
      nextLevel: row.dataset['next'] ?? cell(row, 'next'),
    })),
  };
  // The buttons work from here on; shown first, so the status below them is read out when it changes.
  for (const tools of root.querySelectorAll<HTMLElement>('[data-self-assessment-tools]')) tools.hidden = false;
  const say = (text: string) => {
    status.textContent = text;
  };

  const collect = (): SelfAssessmentAnswers => {
    const answers: SelfAssessmentAnswers = {};
    for (const row of rows) {
      const answer: SelfAssessmentAnswer = {};
      const rating = row.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
      const evidence = row.querySelector('textarea')?.value ?? '';
      if (rating) answer.rating = rating as SelfAssessmentRating;
      if (evidence.trim()) answer.evidence = evidence;
      if (answer.rating || answer.evidence) answers[row.dataset['selfAssessmentRow']!] = answer;
    }
    return answers;
  };
  const show = (answers: SelfAssessmentAnswers) => {
    for (const row of rows) {
      const answer = answers[row.dataset['selfAssessmentRow']!] ?? {};
      for (const radio of row.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === answer.rating;
      const box = row.querySelector('textarea');
      if (box) box.value = answer.evidence ?? '';
    }
  };

  let warned = false;
  const save = () => {
    const answers = collect();
    try {
      if (hasAnswers(answers)) localStorage.setItem(key, JSON.stringify(answers));
      else localStorage.removeItem(key);
    } catch {
      // Storage turned off or full: the answers stay on the page until it is closed.
      if (!warned) say(words.status.notKept);
      warned = true;
    }
  };

  let kept: string | null = null;
  try {
    kept = localStorage.getItem(key);
  } catch {}
  const restored = readAnswers(kept);
  if (hasAnswers(restored)) {
    show(restored);
    say(words.status.restored);
  }
  root.addEventListener('input', save);
  root.addEventListener('change', save);

  const download = (extension: 'md' | 'csv', type: string, text: string) => {
    const name = `${root.dataset['file']!}.${extension}`;
    const href = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = href;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy by the time this runs.
    setTimeout(() => URL.revokeObjectURL(href), 60_000);
    say(fill(words.status.downloaded, { file: name }));
  };
  root.querySelector('[data-self-assessment-download="md"]')?.addEventListener('click', () => download('md', 'text/markdown;charset=utf-8', selfAssessmentMarkdown(sheet, collect(), words.file)));
  root.querySelector('[data-self-assessment-download="csv"]')?.addEventListener('click', () => download('csv', 'text/csv;charset=utf-8', selfAssessmentCsv(sheet, collect(), words.file)));
  root.querySelector('[data-self-assessment-clear]')?.addEventListener('click', () => {
    if (hasAnswers(collect()) && !confirm(words.status.confirmClear)) return;
    show({});
    save();
    say(words.status.cleared);
  });
}

const sheetOnPage = document.querySelector<HTMLElement>('[data-self-assessment]');
if (sheetOnPage) start(sheetOnPage);
