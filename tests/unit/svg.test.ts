/**
 * What an SVG in public/ may hold (src/integrity/svg.ts): a picture, never code, another address,
 * entities or a web page. Each case gives the file and the exact problems, with their lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { svgProblems } from '../../src/integrity/svg.ts';

const svg = (inside: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>\n${inside}\n</svg>\n`;
const problems = (text: string) => svgProblems(Buffer.from(text)).map((p) => `${p.line ?? '-'}: ${p.message}; ${p.fix}`);
const plainAgain = 'remove it, or export the picture again from your drawing program as plain SVG (or as PNG)';
const unreadable = (line: number, why: string) => `${line}: cannot be read as SVG (${why}); export the picture again from your drawing program as plain SVG, or use a PNG`;

test('pictures as drawing programs export them pass', () => {
  const inkscape = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" viewBox="0 0 10 10">
  <sodipodi:namedview id="base" pagecolor="#ffffff"/>
  <metadata><rdf:RDF><dc:title>Team</dc:title></rdf:RDF></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h1"/></defs>
  <style>.a { fill: url(#g); } /* a comment */</style>
  <rect class="a" width="10" height="10" style="fill:url('#g')"/>
  <use href="#p"/><use xlink:href="#p"/>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <a href="/roles/"><text>Roles &amp; levels</text></a>
  <animate attributeName="opacity" from="0" to="1" dur="1s"/>
</svg>
`;
  assert.deepEqual(problems(inkscape), []);
  assert.deepEqual(problems('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2456a6"/></svg>'), []);
});

test('script, in any namespace or spelling', () => {
  assert.deepEqual(problems(svg('<script>alert(1)</script>')), [`2: has <script>, which runs code for anyone who opens the picture; ${plainAgain}`]);
  assert.deepEqual(problems(svg('<s:SCRIPT xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:SCRIPT>')), [`2: has <s:SCRIPT>, which runs code for anyone who opens the picture; ${plainAgain}`]);
  assert.deepEqual(problems(svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml"><![CDATA[alert(1)]]></h:script>')), [`2: has <h:script>, which runs code for anyone who opens the picture; ${plainAgain}`]);
  assert.deepEqual(problems(svg('<script\n  href="https://example.org/x.js"/>')), [`2: has <script>, which runs code for anyone who opens the picture; ${plainAgain}`]);
});

test('event handlers, on any element, with any prefix', () => {
  assert.deepEqual(problems(svg('<rect/>', '\n  onload="alert(1)"')), ['2: has onload on <svg>, which runs code when the picture is shown or clicked; remove onload']);
  assert.deepEqual(problems(svg('<rect ONCLICK="alert(1)"/>\n<rect ev:onclick="x" xmlns:ev="http://www.w3.org/2001/xml-events"/>')), [
    '2: has ONCLICK on <rect>, which runs code when the picture is shown or clicked; remove ONCLICK',
    '3: has ev:onclick on <rect>, which runs code when the picture is shown or clicked; remove ev:onclick',
  ]);
});

test('a web page inside the picture', () => {
  assert.deepEqual(problems(svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml" onclick="x">hi</div></foreignObject>')), [`2: has <foreignObject>, which puts a web page inside the picture; ${plainAgain}`]);
  assert.deepEqual(problems(svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://example.org/"/>\n<math xmlns="http://www.w3.org/1998/Math/MathML" href="https://example.org/"/>')), [
    `2: has <h:iframe>, which is a part of a web page, not of a picture; ${plainAgain}`,
    `3: has <math>, which is a part of a web page, not of a picture; ${plainAgain}`,
  ]);
});

test('javascript: in a link, however it is spelt', () => {
  assert.deepEqual(problems(svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>\n<a href="java&#x09;script&#58;alert(1)"><text>y</text></a>\n<a href=" JAVASCRIPT:alert(1)"/>')), [
    '2: has xlink:href="javascript:alert(1)" on <a>, which runs code; remove xlink:href',
    '3: has href="java\tscript:alert(1)" on <a>, which runs code; remove href',
    '4: has href=" JAVASCRIPT:alert(1)" on <a>, which runs code; remove href',
  ]);
});

test('another address in a link, a <use>, an image or a style', () => {
  const other = (line: number, attribute: string, value: string, element: string) => `${line}: has ${attribute}="${value}" on <${element}>, which loads or opens another address; remove ${attribute}, or point it at a part of the picture (#…)`;
  assert.deepEqual(problems(svg('<use href="https://example.org/icons.svg#a"/>\n<use xlink:href="//example.org/icons.svg#a"/>\n<image href="data:text/html,hi"/>\n<a href="https://example.org/"><text>x</text></a>\n<image href="\\\\example.org\\x.png"/>')), [
    other(2, 'href', 'https://example.org/icons.svg#a', 'use'),
    other(3, 'xlink:href', '//example.org/icons.svg#a', 'use'),
    other(4, 'href', 'data:text/html,hi', 'image'),
    other(5, 'href', 'https://example.org/', 'a'),
    other(6, 'href', '\\\\example.org\\x.png', 'image'),
  ]);
  const styled = (line: number, address: string) => `${line}: loads "${address}" in its styles, which is another address; remove it, or point it at a part of the picture (#…)`;
  assert.deepEqual(
    problems(
      svg(
        '<style>\n@import url(https://example.org/x.css);\nrect { fill: u\\72l(https://example.org/p.png) }\n</style>\n<rect style="fill: URL( //example.org/x )"/>\n<rect style="background: image-set(&quot;https://example.org/y.png&quot; 1x)"/>\n<rect fill="url(https://example.org/p.svg#g)" filter="url(#f)"/>',
      ),
    ),
    ['2: has @import in its styles, which loads another file; remove the @import', styled(2, 'https://example.org/x.css'), styled(2, 'https://example.org/p.png'), styled(6, '//example.org/x'), styled(7, 'https://example.org/y.png'), styled(8, 'https://example.org/p.svg#g')],
  );
});

test('an animation that turns a link into code or another address', () => {
  assert.deepEqual(problems(svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>\n<animate attributeName="xlink:href" values="https://example.org/"/>')), [
    '2: has <set> changing href, which can turn a link into code while the picture plays; remove the <set>',
    '2: has to="javascript:alert(1)" on <set>, which runs code; remove to',
    '3: has <animate> changing xlink:href, which can turn a link into code while the picture plays; remove the <animate>',
  ]);
});

test('entities, declarations of its own and style sheets of another file', () => {
  assert.deepEqual(problems(`<?xml version="1.0"?>\n<!DOCTYPE svg [\n  <!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n${svg('<text>&secret;</text>')}`), [
    '2: declares its own markup in <!DOCTYPE … [ … ]> (such as <!ENTITY>), which can hide code or read other files; remove the part in square brackets, or the whole <!DOCTYPE …>',
    unreadable(6, 'invalid character entity'),
  ]);
  assert.deepEqual(problems(`<!DOCTYPE svg [ <!ATTLIST svg onload CDATA "alert(1)"> ]>\n${svg('')}`), ['1: declares its own markup in <!DOCTYPE … [ … ]> (such as <!ENTITY>), which can hide code or read other files; remove the part in square brackets, or the whole <!DOCTYPE …>']);
  assert.deepEqual(problems(`<?xml-stylesheet type="text/xsl" href="https://example.org/x.xsl"?>\n${svg('')}`), ['1: has <?xml-stylesheet …?>, which can restyle or rewrite the picture with another file; remove it']);
});

test('what cannot be read as browsers read it is refused, not guessed at', () => {
  assert.deepEqual(problems(svg('<g><rect></g>')), [unreadable(2, 'unexpected close tag')]);
  assert.deepEqual(problems('GIF89a not a picture in SVG'), [unreadable(1, 'non-whitespace before first tag')]);
  assert.deepEqual(problems(svg('<text>&nbsp;</text>')), [unreadable(2, 'invalid character entity')]);
  assert.deepEqual(problems(`<?xml version="1.0" encoding="ISO-8859-1"?>\n${svg('')}`), ['1: declares the encoding ISO-8859-1; save it as UTF-8 and write encoding="UTF-8"']);
  assert.deepEqual(svgProblems(Buffer.from(`\ufeff${svg('')}`, 'utf16le')), [{ message: 'is saved as UTF-16', fix: 'save it as UTF-8' }]);
  assert.deepEqual(svgProblems(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0x3e])), [{ message: 'is not saved as UTF-8', fix: 'save it as UTF-8, or export the picture again from your drawing program' }]);
});

test('a zipped SVG (.svgz) is read unzipped', () => {
  assert.deepEqual(
    svgProblems(gzipSync(svg('<script>alert(1)</script>')), true).map((p) => p.message),
    ['has <script>, which runs code for anyone who opens the picture'],
  );
  assert.deepEqual(svgProblems(Buffer.from('not zipped'), true), [{ message: 'cannot be unpacked (an .svgz file is a zipped SVG)', fix: 'export the picture again as plain SVG (.svg) or as PNG' }]);
});
