/**
 * The components content may use (listed with their props in schemas/body.ts), drawn from the
 * read model: a pay figure in prose always comes from the same table as every page.
 */
import type { ElementContent } from 'hast';
import type { Handbook } from '../handbook/model.ts';
import { levelPayText, payZonesParts, rolePayText, type ListPart } from '../handbook/views/content-pay.ts';
import type { RenderOptions } from './body.ts';

const span = (className: string, children: ElementContent[]): ElementContent => ({ type: 'element', tagName: 'span', properties: { className: [className] }, children });

const payFigure = (text: string | undefined): ElementContent | undefined => (text === undefined ? undefined : span('pay-figure', [{ type: 'text', value: text }]));

/** A list of zones: each figure in it is a pay figure of its own, like LevelPay's. */
const payZones = (parts: ListPart[] | undefined): ElementContent | undefined =>
  parts &&
  span(
    'pay-zones',
    parts.map((part) => ('figure' in part ? payFigure(part.figure)! : { type: 'text', value: part.text })),
  );

/**
 * `h` is the content check's model, drafts in and marked. The published site shows no draft, so
 * outside astro dev a role's range leaves its draft levels out, as its page does.
 */
export function contentComponents(model: Handbook, { drafts }: { drafts: boolean }): RenderOptions['components'] {
  const h: Handbook = drafts ? model : { ...model, levels: model.levels.filter((l) => !l.draft), roles: model.roles.filter((r) => !r.draft).map((r) => ({ ...r, levels: r.levels.filter((l) => !l.draft) })) };
  return {
    LevelPay: ({ level, zone }) => payFigure(level && levelPayText(h, level, zone)),
    RolePay: ({ role, zone }) => payFigure(role && rolePayText(h, role, zone)),
    PayZones: ({ level }) => payZones(payZonesParts(h, level)),
  };
}
