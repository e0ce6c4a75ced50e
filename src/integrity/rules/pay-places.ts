/**
 * A pay figure shows the band of one zone: the one it names, or the default zone. A sentence that
 * names another place beside it ("in the United Kingdom, a senior earns <LevelPay … />") states
 * that place's pay wrongly, and goes wrong by itself the day content/pay.yaml changes its default
 * zone or drops the zone it meant. Each body's blocks with pay components in them are found once
 * per file (src/integrity/files/); the pay table and the site's language judge them here.
 *
 * An error, not a warning: the figure would be published under another place's name. Only names
 * of places are matched, with their capitals, within one sentence, and the figure says its zone
 * itself, so the fix (name the zone on the component, or leave the place out) is always at hand.
 */
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent, SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import { payTableFile } from '../../schemas/collections.ts';
import { contentComponents, isContentComponent } from '../../schemas/body.ts';
import { placeFinder } from '../pay-zones.ts';
import type { Node } from './mdx.ts';

/** Where a component stands in a block's text. */
const figureMark = '\uFFFC';

/** A paragraph, heading or table row holding pay components, as one file's body has it. */
export interface PayBlock {
  /** Its text as a reader reads it around the components, each component written as U+FFFC. */
  text: string;
  /** The components, in order, with their literal props and lines. */
  components: { tag: string; props: Record<string, string>; line: number }[];
  /** A table row is read whole: its cells say one thing together ("United Kingdom | <LevelPay … />"). */
  row?: true;
}

const blocks = new Set(['paragraph', 'heading', 'tableRow']);

export function payBlocks(tree: Node, source: Pick<SourceFile, 'bodyLine'>): PayBlock[] {
  const found: PayBlock[] = [];
  const visit = (node: Node) => {
    if (!blocks.has(node.type)) return node.children?.forEach(visit);
    const block: PayBlock = { text: '', components: [], ...(node.type === 'tableRow' ? { row: true as const } : {}) };
    const read = (inline: Node) => {
      if (inline.type === 'text') block.text += String(inline.value ?? '').replaceAll(figureMark, '');
      else if (inline.type === 'break') block.text += '\n';
      // Code is not prose: a place in it is not said to the reader. A space keeps the words apart.
      else if (inline.type === 'inlineCode') block.text += ' ';
      else if (inline.type === 'tableCell' && block.text) block.text += ' | ';
      if (inline.type === 'mdxJsxTextElement' && inline.name && isContentComponent(inline.name)) {
        const takes = contentComponents[inline.name];
        const props = Object.fromEntries((inline.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && Object.hasOwn(takes, a.name) && typeof a.value === 'string' ? [[a.name, a.value]] : [])));
        block.components.push({ tag: inline.name, props, line: source.bodyLine + (inline.position?.start.line ?? 1) - 1 });
        block.text += figureMark;
      } else inline.children?.forEach(read);
    };
    node.children?.forEach(read);
    if (block.components.length) found.push(block);
  };
  visit(tree);
  return found;
}

export function checkPayPlaces(content: Checked): Problem[] {
  const pay = content.pay;
  const zones = pay?.zones ?? [];
  // Without a valid pay table, or its default zone, its own problems are the report.
  if (!pay || !zones.some((z) => z.id === pay.defaultZone)) return [];
  const locale = content.site?.locale ?? 'en';
  const places = placeFinder(locale, zones);
  const sentences = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const nameOf = (id: string) => zones.find((z) => z.id === id)!.name;
  const problems: Problem[] = [];
  for (const source of content.files) {
    for (const block of content.findings.get(source.file)?.payBlocks ?? []) {
      let next = 0;
      const unit = block.row ? 'table row' : 'sentence';
      for (const sentence of block.row ? [block.text] : Array.from(sentences.segment(block.text), (s) => s.segment)) {
        // The figures of this sentence, where they stand in it and which zones' pay each shows.
        const figures = [...sentence.matchAll(new RegExp(figureMark, 'g'))].flatMap((mark) => {
          const component = block.components[next++]!;
          const shows = drawn(component, content)
            ? shownZones(
                component,
                pay.defaultZone,
                zones.map((z) => z.id),
              )
            : [];
          return shows.length ? [{ component, shows, index: mark.index }] : [];
        });
        if (!figures.length) continue;
        const shown = new Set(figures.flatMap((f) => f.shows));
        const named = new Set<string>();
        for (const place of places(sentence.replaceAll(figureMark, ' '))) {
          if (place.zones.some((z) => shown.has(z)) || named.has(place.name)) continue;
          named.add(place.name);
          const gap = (mark: number) => (mark < place.index ? place.index - mark : mark - place.index - place.name.length);
          const { component, shows } = figures.reduce((a, b) => (gap(b.index) < gap(a.index) ? b : a));
          const every = component.tag === 'PayZones';
          problems.push({
            file: source.file,
            line: component.line,
            message: `names "${place.name}" in the same ${unit} as ${tagText(component)}, which shows pay in ${every ? 'every zone' : `the zone ${nameOf(shows[0]!)}`}`,
            fix:
              place.zones.length && !every
                ? `write ${place.zones.map((z) => `zone="${z}"`).join(' or ')} on it to show pay in the zone ${place.zones.map(nameOf).join(' or ')}, or leave "${place.name}" out of the ${unit}: the figure names its zone itself`
                : `no zone of ${payTableFile} covers ${place.name}: leave it out of the ${unit}, as the figure names its zone itself`,
            severity: 'error',
          });
        }
      }
    }
  }
  return problems;
}

/** A component naming a level or role that does not exist draws nothing (the MDX rule reports it). */
const drawn = ({ props }: PayBlock['components'][number], content: LoadedContent) => (props['level'] === undefined || content.ids.levels.has(props['level'])) && (props['role'] === undefined || content.ids.roles.has(props['role']));

/**
 * The zones whose pay a component shows: LevelPay and RolePay one (none when it names a zone the
 * table lacks, which the MDX rule reports), PayZones with a level every zone, without one no pay.
 */
function shownZones({ tag, props }: PayBlock['components'][number], defaultZone: string, zones: string[]): string[] {
  if (tag === 'PayZones') return props['level'] ? zones : [];
  const zone = props['zone'] ?? defaultZone;
  return zones.includes(zone) ? [zone] : [];
}

const tagText = ({ tag, props }: PayBlock['components'][number]) => `<${[tag, ...Object.entries(props).map(([k, v]) => `${k}="${v}"`)].join(' ')} />`;
