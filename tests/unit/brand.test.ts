import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandColors, brandCss, DARK_BACKGROUND, DARK_SURFACE, LIGHT_BACKGROUND, LIGHT_SURFACE } from '../../src/lib/brand.ts';
import { contrastRatio, parseHex, toOklch } from '../../src/lib/color.ts';

test('a brand colour that passes on the light surfaces is kept for text, and a dark-theme shade reaches 4.5:1', () => {
  const c = brandColors('#2456A6');
  assert.equal(c.brand, '#2456a6');
  assert.equal(c.asWritten, '#2456a6');
  for (const bg of [DARK_BACKGROUND, DARK_SURFACE]) assert.ok(contrastRatio(c.brandOnDark, bg) >= 4.5, bg);
  for (const bg of [LIGHT_BACKGROUND, LIGHT_SURFACE]) assert.ok(contrastRatio(c.brand, bg) >= 4.5, bg);
  assert.equal(c.onBrand, '#ffffff');
});

test('a colour too light for text is kept as written for the header, and text gets the nearest darker shade of it that reads', () => {
  for (const light of ['#88aaff', '#f5a623', '#dddddd', '#00ff00', '#ffffff', '#ffcc00']) {
    const c = brandColors(light);
    assert.equal(c.asWritten, light);
    assert.notEqual(c.brand, light);
    for (const bg of [LIGHT_BACKGROUND, LIGHT_SURFACE]) assert.ok(contrastRatio(c.brand, bg) >= 4.5, `${light} → ${c.brand} on ${bg}`);
    assert.ok(contrastRatio(c.brand, '#ffffff') >= 4.5 && c.onBrand === '#ffffff', 'white text reads on a surface in the shade');
    // The nearest: one step lighter would not read; and the hue is the brand's own.
    assert.ok(contrastRatio(c.brand, LIGHT_SURFACE) < 4.6, `${c.brand} is no darker than it needs to be`);
    const [, chroma, hue] = toOklch(parseHex(light));
    if (chroma > 0.05) assert.ok(Math.abs(toOklch(parseHex(c.brand))[2] - hue) < 0.1, `${light} → ${c.brand} keeps its hue`);
  }
});

test('brandCss is one :root rule: the shade for text, the colour as written, the dark shade and the text on it', () => {
  assert.equal(brandCss('#2456a6'), ':root{--brand:#2456a6;--brand-as-written:#2456a6;--brand-on-dark:#5d92e8;--on-brand:#ffffff}\n');
  assert.equal(brandCss('#F5A623'), ':root{--brand:#946000;--brand-as-written:#f5a623;--brand-on-dark:#f5a623;--on-brand:#ffffff}\n');
});
