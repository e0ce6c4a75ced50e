/**
 * Pay in prose comes from the pay table, words and all: every figure names its zone, and PayZones
 * lists the zones the table has, so no sentence needs to name a place or a currency itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildHandbook } from '../../src/handbook/build.ts';
import { levelPayText, listText, payZonesParts, rolePayText } from '../../src/handbook/views/content-pay.ts';
import { renderBody } from '../../src/render/body.ts';
import { contentComponents } from '../../src/render/components.ts';
import { input, site } from '../fixtures/handbook-input.ts';

const h = buildHandbook(input());
const senior = 'backend-engineer/senior';

test('a pay figure in prose names the zone it shows, with its name from the pay table', () => {
  assert.equal(levelPayText(h, senior), '$95,000 – $130,000 per year (United States)', 'the default zone unless one is named');
  assert.equal(levelPayText(h, senior, 'eu'), '€68,000 – €90,000 per year (Europe)');
  assert.equal(rolePayText(h, 'backend-engineer'), '$50,000 – $130,000 per year (United States)');
  assert.equal(rolePayText(h, 'backend-engineer', 'eu'), '€40,000 – €90,000 per year (Europe)');
  assert.equal(levelPayText(h, 'backend-engineer/gone'), undefined);
  assert.equal(levelPayText(h, senior, 'uk'), undefined);
});

test('PayZones lists every zone of the table, default first: with its currency, or with a level its band', () => {
  assert.equal(listText(payZonesParts(h)!), 'United States (US dollars) and Europe (euros)');
  assert.equal(listText(payZonesParts(h, senior)!), '$95,000 – $130,000 per year (United States) and €68,000 – €90,000 per year (Europe)');
  assert.equal(payZonesParts(h, 'backend-engineer/gone'), undefined);
  // The currencies' names, the pay period and the list's joining word are in the site's language; the zones' names are the table's.
  const german = buildHandbook({ ...input(), site: { ...site, locale: 'de-DE' } });
  assert.equal(listText(payZonesParts(german)!), 'United States (US-Dollar) und Europe (Euro)');
  assert.equal(listText(payZonesParts(german, senior)!).replace(/\s/g, ' '), '95.000 $ – 130.000 $ pro Jahr (United States) und 68.000 € – 90.000 € pro Jahr (Europe)');
});

test('the components render as pay figures in the sentence, each figure in its own span', () => {
  const html = (body: string) => renderBody(body, { base: '/', components: contentComponents(h, { drafts: false }) }).html;
  assert.equal(html('A senior earns <LevelPay level="backend-engineer/senior" />.'), '<p>A senior earns <span class="pay-figure">$95,000 – $130,000 per year (United States)</span>.</p>');
  assert.equal(html('The role spans <RolePay role="backend-engineer" zone="eu" />.'), '<p>The role spans <span class="pay-figure">€40,000 – €90,000 per year (Europe)</span>.</p>');
  assert.equal(html('The zones are <PayZones />.'), '<p>The zones are <span class="pay-zones">United States (US dollars) and Europe (euros)</span>.</p>');
  assert.equal(
    html('Zone by zone: <PayZones level="backend-engineer/senior" />.'),
    '<p>Zone by zone: <span class="pay-zones"><span class="pay-figure">$95,000 – $130,000 per year (United States)</span> and <span class="pay-figure">€68,000 – €90,000 per year (Europe)</span></span>.</p>',
  );
});
