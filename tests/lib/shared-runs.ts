/**
 * Finds runs of consecutive words that a text shares with a source: the check behind the rule
 * that our content may carry facts over from public material but never its sentences.
 */
export interface SharedRun {
  words: string;
  /** 1-based line of the run's first word in the text. */
  line: number;
}

interface Word {
  norm: string;
  /** Looks like a name or technology (capitalised, or with digits or symbols): lists of these may repeat. */
  name: boolean;
  line: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(/[A-Za-z0-9][A-Za-z0-9+#.'’/-]*/g)) {
      const raw = match[0].replace(/[.'’]+$/, '');
      out.push({ norm: raw.toLowerCase().replace(/’/g, "'"), name: /^[A-Z]|[0-9+#.]/.test(raw) && !/^(?:The|A|An|And|Or|In|On|Of|To|For|With|As|At|By)$/.test(raw), line: index + 1 });
    }
  });
  return out;
}

/** Runs of `length` or more words found in both, skipping runs made mostly of names (tech lists). */
export function sharedRuns(text: string, source: string, length = 8): SharedRun[] {
  const sourceWords = words(source).map((w) => w.norm);
  const grams = new Set<string>();
  for (let i = 0; i + length <= sourceWords.length; i++) grams.add(sourceWords.slice(i, i + length).join(' '));

  const textWords = words(text);
  const runs: SharedRun[] = [];
  let lastEnd = -1;
  for (let i = 0; i + length <= textWords.length; i++) {
    const window = textWords.slice(i, i + length);
    if (!grams.has(window.map((w) => w.norm).join(' '))) continue;
    if (window.filter((w) => w.name).length >= length - 2) continue;
    if (i <= lastEnd) {
      runs[runs.length - 1]!.words += ` ${window.at(-1)!.norm}`;
    } else {
      runs.push({ words: window.map((w) => w.norm).join(' '), line: window[0]!.line });
    }
    lastEnd = i + length - 1;
  }
  return runs;
}
