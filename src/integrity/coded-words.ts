/**
 * Gender-coded words in job ads. Gaucher, Friesen and Kay (2011, Journal of Personality and Social
 * Psychology 101:1) found that ads using more masculine-coded words made women find a job less
 * appealing and feel they belonged less. These are the word stems of their lists as the open
 * gender-decoder tools use them; a trailing * matches any ending.
 */
export const masculineCoded = [
  'active',
  'adventurous',
  'aggress*',
  'ambitio*',
  'analy*',
  'assert*',
  'athlet*',
  'autonom*',
  'battle*',
  'boast*',
  'challeng*',
  'champion*',
  'compet*',
  'confident',
  'courag*',
  'decide',
  'decisive',
  'decision*',
  'determin*',
  'domina*',
  'driven',
  'fearless',
  'fight*',
  'force*',
  'greedy',
  'head-strong',
  'headstrong',
  'hierarch*',
  'hostil*',
  'impulsive',
  'independen*',
  'individual*',
  'intellect*',
  'lead*',
  'logic',
  'objective',
  'opinion',
  'outspoken',
  'persist',
  'principle*',
  'reckless',
  'self-confiden*',
  'self-relian*',
  'self-sufficien*',
  'stubborn',
  'superior',
  'unreasonab*',
] as const;

const feminineCoded = [
  'agree*',
  'affectionate',
  'child*',
  'cheer*',
  'collab*',
  'commit*',
  'communal',
  'compassion*',
  'connect*',
  'considerate',
  'cooperat*',
  'co-operat*',
  'depend*',
  'emotiona*',
  'empath*',
  'enthusias*',
  'feel*',
  'flatterable',
  'gentle',
  'honest',
  'inclusive',
  'interpersonal',
  'interdependen*',
  'inter-personal',
  'inter-dependen*',
  'kind',
  'kinship',
  'loyal*',
  'modesty',
  'nag',
  'nurtur*',
  'pleasant*',
  'polite',
  'quiet*',
  'respon*',
  'sensitiv*',
  'submissive',
  'support*',
  'sympath*',
  'tender*',
  'together*',
  'trust*',
  'understand*',
  'warm*',
  'whin*',
  'yield*',
];

/**
 * A neutral way to say what each masculine-coded word usually means in an ad: every stem has one,
 * so a warning always says what to write (a test holds that none is itself masculine-coded).
 * Where a stem is also the name of a thing, such as analytics or an individual contributor, the
 * warning's other way out is the one to take: allow the word with a reason.
 */
export const neutralAlternatives: Record<(typeof masculineCoded)[number], string> = {
  'active': '"engaged" or "hands-on"',
  'adventurous': '"curious" or "open to new things"',
  'aggress*': '"proactive" or "quick to act"',
  'ambitio*': '"motivated" or "keen to grow"',
  'analy*': '"examine", "look into" or "make sense of"',
  'assert*': '"clear" or "direct"',
  'athlet*': '"energetic", or say what the work asks of the body, if anything',
  'autonom*': '"self-directed" or "owning your work"',
  'battle*': '"tackle" or "work through"',
  'boast*': '"offer" or "have"',
  'challeng*': '"demanding" or "new to you"',
  'champion*': '"advocate for" or "promote"',
  'compet*': '"capable", "skilled" or "skills"',
  'confident': '"comfortable" or "sure of the basics"',
  'courag*': '"willing to speak up" or "willing to try"',
  'decide': '"choose" or "settle on"',
  'decisive': '"able to make a call with the facts at hand"',
  'decision*': '"choice" or "call"',
  'determin*': '"persistent" or "committed"',
  'domina*': '"well known" or "widely used"',
  'driven': '"motivated"',
  'fearless': '"willing to try new things"',
  'fight*': '"work through" or "resolve"',
  'force*': '"push for" or "make happen"',
  'greedy': '"eager" or "keen"',
  'head-strong': '"steady" or "sure of your view"',
  'headstrong': '"steady" or "sure of your view"',
  'hierarch*': '"structure" or "reporting lines"',
  'hostil*': '"difficult" or "demanding"',
  'impulsive': '"spontaneous" or "quick to act"',
  'independen*': '"able to work on your own"',
  'individual*': '"each person" or "personal"',
  'intellect*': '"curious" or "thoughtful"',
  'lead*': '"guide" or "coordinate"',
  'logic': '"reasoning" or "sound thinking"',
  'objective': '"goal" or "aim", or "fair" where it means unbiased',
  'opinion': '"view" or "perspective"',
  'outspoken': '"ready to share your view"',
  'persist': '"keep going" or "follow through"',
  'principle*': '"value" or "standard"',
  'reckless': '"willing to take measured risks"',
  'self-confiden*': '"comfortable" or "sure of the basics"',
  'self-relian*': '"able to work on your own"',
  'self-sufficien*': '"able to work on your own"',
  'stubborn': '"persevering" or "steady"',
  'superior': '"excellent"',
  'unreasonab*': '"demanding" or "high"',
};

const toSource = (stem: string) => stem.replace(/-/g, '-?').replace(/\*$/, '[a-z]*');
/**
 * One pattern per list finds where any stem matches, in one pass over the text; each stem's own
 * pattern, tried only there, says which (a word can match two stems, as headstrong does).
 */
const compiled = <S extends string>(stems: readonly S[]) => ({
  any: new RegExp(`\\b(?:${stems.map(toSource).join('|')})\\b`, 'gi'),
  stems: stems.map((stem) => ({ stem, at: new RegExp(`\\b${toSource(stem)}\\b`, 'iy') })),
});
const masculine = compiled(masculineCoded);
const feminine = compiled(feminineCoded);

export interface CodedWord<S extends string = string> {
  word: string;
  stem: S;
  index: number;
}

/** The second half of a compound ("event-driven", "data-driven") names a technique, not a person. */
function find<S extends string>(text: string, list: ReturnType<typeof compiled<S>>): CodedWord<S>[] {
  const found: { word: CodedWord<S>; order: number }[] = [];
  for (const { index } of text.matchAll(list.any)) {
    if (text[index - 1] === '-') continue;
    list.stems.forEach(({ stem, at }, order) => {
      at.lastIndex = index;
      const match = at.exec(text);
      if (match) found.push({ word: { word: match[0], stem, index }, order });
    });
  }
  // In the order of the lists, as the ads' reports have always named them.
  return found.sort((a, b) => a.order - b.order || a.word.index - b.word.index).map((f) => f.word);
}

export const masculineIn = (text: string) => find(text, masculine);
export const feminineIn = (text: string) => find(text, feminine);

export type Balance = 'strongly masculine-coded' | 'masculine-coded' | 'neutral' | 'feminine-coded' | 'strongly feminine-coded';

/** As the decoders put it: the difference in counts, strongly so from four words apart. */
export function balanceOf(masculineCount: number, feminineCount: number): Balance {
  const difference = masculineCount - feminineCount;
  if (difference >= 4) return 'strongly masculine-coded';
  if (difference > 0) return 'masculine-coded';
  if (difference <= -4) return 'strongly feminine-coded';
  if (difference < 0) return 'feminine-coded';
  return 'neutral';
}
