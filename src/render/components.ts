/**
 * The components content may use (listed with their props in schemas/body.ts), drawn from the
 * read model: a pay figure in prose always comes from the same table as every page.
 */
import type { ElementContent } from 'hast';
import type { Handbook } from '../handbook/model.ts';
import { levelPayText, rolePayText } from '../handbook/views/content-pay.ts';
import type { RenderOptions } from './body.ts';

const payFigure = (text: string | undefined): ElementContent | undefined =>
  text === undefined ? undefined : { type: 'element', tagName: 'span', properties: { className: ['pay-figure'] }, children: [{ type: 'text', value: text }] };

export function contentComponents(h: Handbook): RenderOptions['components'] {
  return {
    LevelPay: ({ level, zone }) => payFigure(level && levelPayText(h, level, zone)),
    RolePay: ({ role, zone }) => payFigure(role && rolePayText(h, role, zone)),
  };
}
