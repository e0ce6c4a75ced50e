import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandColors, brandCss, DARK_BACKGROUND, DARK_SURFACE, LIGHT_BACKGROUND, LIGHT_SURFACE } from '../../src/lib/brand.ts';
import { contrastRatio } from '../../src/lib/color.ts';

test('a brand colour that passes on white is kept, and a dark-theme shade reaches 4.5:1', () => {
  const c = brandColors('#2456A6');
  assert.equal(c.brand, '#2456a6');
  for (const bg of [DARK_BACKGROUND, DARK_SURFACE]) assert.ok(contrastRatio(c.brandOnDark, bg) >= 4.5, bg);
  for (const bg of [LIGHT_BACKGROUND, LIGHT_SURFACE]) assert.ok(contrastRatio(c.brand, bg) >= 4.5, bg);
  assert.equal(c.onBrand, '#ffffff');
});

test('the colour is used as given in the light theme (the content check judges it); the dark theme gets a readable shade', () => {
  const c = brandColors('#7A1F5C');
  assert.equal(c.brand, '#7a1f5c');
  for (const bg of [DARK_BACKGROUND, DARK_SURFACE]) assert.ok(contrastRatio(c.brandOnDark, bg) >= 4.5, bg);
});

test('brandCss is one :root rule with the three properties', () => {
  const css = brandCss('#2456a6');
  assert.match(css, /^:root\{--brand:#2456a6;--brand-on-dark:#[0-9a-f]{6};--on-brand:#ffffff\}\n$/);
});
