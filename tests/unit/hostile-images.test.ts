/**
 * Images come from public/ and nowhere else (publicImage in src/schemas/body.ts, the MDX rule and
 * the logo rule): every way found to point an image elsewhere, and the exact report for each.
 * The environ case is the attack that started it: Vite read any file of the machine into the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, replace, type Edit } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const site = 'content/site.yaml';
/** The senior level with its body replaced; the body starts on line 26. */
const body = (text: string) => (old: string) => `${old.slice(0, old.indexOf('---', 4) + 4)}\n${text}\n`;
const at = (line: number) => `error: ${senior}:${line}: shows the image`;
const anywhere = 'put the file in public/ (public/images/, say) and write its path, such as /images/team.png.';
const climbs = (line: number, src: string, fix = anywhere) => `${at(line)} "${src}", whose path goes up a folder with "..", which can reach files outside public/; ${fix}`;
const remote = (line: number, src: string) => `${at(line)} "${src}" from another address, which tells that site about every reader; ${anywhere}`;
const logo = (value: string) => replace('  about:', `  logo: ${value}\n  about:`);
const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  { name: 'a file of the machine read through ../ and ?raw', edits: { [senior]: body('![x](../../../../../../proc/self/environ?raw)') }, expected: [climbs(26, '../../../../../../proc/self/environ?raw')] },
  {
    name: 'a query or fragment after a file that is in public/',
    edits: { [senior]: body('![Team](/team.png?raw)\n\n<img src="/team.png#top" alt="" />'), 'public/team.png': 'x' },
    expected: [
      `${at(26)} "/team.png?raw" with ? or # after the file name, which the build reads as an instruction, not as part of the name; write the path alone: /team.png.`,
      `${at(28)} "/team.png#top" with ? or # after the file name, which the build reads as an instruction, not as part of the name; write the path alone: /team.png.`,
    ],
  },
  {
    name: 'a query encoded as %3F',
    edits: { [senior]: body('![Team](/team.png%3Fraw)'), 'public/team.png': 'x' },
    expected: [`${at(26)} "/team.png%3Fraw" with ? or # after the file name, which the build reads as an instruction, not as part of the name; write the path alone: /team.png.`],
  },
  {
    name: '.. written with percent-encoding, character references, an encoded slash and lookalike dots',
    edits: { [senior]: body('![a](%2e%2e/%2e%2e/etc/passwd)\n\n![b](&#46;&#46;/&#46;&#46;/etc/passwd)\n\n<img src="&#46;&#46;/etc/passwd" alt="" />\n\n![c](..%2f..%2fetc/passwd)\n\n![d](/．．/．．/etc/passwd)\n\n<img src="/images\\..\\..\\etc\\passwd" alt="" />') },
    expected: [climbs(26, '%2e%2e/%2e%2e/etc/passwd'), climbs(28, '../../etc/passwd'), climbs(30, '../etc/passwd'), climbs(32, '..%2f..%2fetc/passwd'), climbs(34, '/．．/．．/etc/passwd'), climbs(36, '/images\\..\\..\\etc\\passwd')],
  },
  { name: '.. that stays inside public/', edits: { [senior]: body('![Team](/images/../team.png)'), 'public/team.png': 'x' }, expected: [climbs(26, '/images/../team.png', 'write the path from public/ without "..": /team.png.')] },
  {
    name: 'a relative path, in Markdown and in HTML',
    edits: { [senior]: body('![Team](team.png)\n\n<img src="./images/team.png" alt="" />'), 'public/team.png': 'x', 'public/images/team.png': 'x' },
    expected: [
      `${at(26)} "team.png", which is not written as a path from the public/ folder; write the path from public/, starting with /: /team.png.`,
      `${at(28)} "./images/team.png", which is not written as a path from the public/ folder; write the path from public/, starting with /: /images/team.png.`,
    ],
  },
  {
    name: 'backslashes, a doubled slash and an encoded slash',
    edits: { [senior]: body('<img src="/images\\team.png" alt="" />\n\n![Team](/images//team.png)\n\n![Team](/images%2Fteam.png)'), 'public/images/team.png': 'x' },
    expected: [
      `${at(26)} "/images\\team.png", which is not written as a path from the public/ folder; write the path from public/, starting with /: /images/team.png.`,
      `${at(28)} "/images//team.png", which is not written as a path from the public/ folder; write the path from public/, starting with /: /images/team.png.`,
      `${at(30)} "/images%2Fteam.png", which is not written as a path from the public/ folder; write the path from public/, starting with /: /images/team.png.`,
    ],
  },
  {
    name: "encoded twice, and a path on the editor's computer",
    edits: { [senior]: body('![a](/%252e%252e/team.png)\n\n![b](C:\\Users\\anna\\team.png)') },
    expected: [`${at(26)} "/%252e%252e/team.png", which is not written as a path from the public/ folder; ${anywhere}`, `${at(28)} "C:\\Users\\anna\\team.png", which is not written as a path from the public/ folder; ${anywhere}`],
  },
  {
    name: 'another address, a data: URL, and an encoded //',
    edits: { [senior]: body('<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="" />\n\n![a](%2F%2Fexample.org/team.png)') },
    expected: [remote(26, 'data:image/svg+xml,<svg onload=alert(1)>'), remote(28, '%2F%2Fexample.org/team.png')],
  },
  {
    name: 'capitals that differ from the file in public/',
    edits: { [senior]: body('![Team](/Images/Team.PNG)\n\n<img src="/images/TEAM.png" alt="" />'), 'public/images/team.png': 'x' },
    expected: [
      `${at(26)} "/Images/Team.PNG", but the file in public/ is named public/images/team.png; write /images/team.png: the published site tells capital and small letters apart.`,
      `${at(28)} "/images/TEAM.png", but the file in public/ is named public/images/team.png; write /images/team.png: the published site tells capital and small letters apart.`,
    ],
  },
  {
    name: 'a name with a space, written encoded or not, is the file with the space',
    edits: { [senior]: body('![Team](/images/team%20photo.png)\n\n<img src="/images/team photo.png" alt="" />\n\n![Team](</images/team photo.png>)'), 'public/images/team photo.png': 'x' },
    expected: [],
  },
  {
    name: 'a missing file is named as it would have to be in public/',
    edits: { [senior]: body('![Team](/images/team%20photo.png)') },
    expected: [`${at(26)} "/images/team%20photo.png", which is not in public/; add the file as public/images/team photo.png, or correct the path.`],
  },
  {
    name: 'images inside a link, a table and a component',
    edits: { [senior]: body('[![Team](../a.png)](/roles/)\n\n| Who | Picture |\n| --- | --- |\n| Team | ![Team](../b.png) |\n\n<LevelPay level="data-engineer/senior">![Team](../c.png) <img src="../d.png" alt="" /></LevelPay>') },
    expected: [
      climbs(26, '../a.png'),
      climbs(30, '../b.png'),
      // A component is drawn from its props alone: nothing between its tags is rendered or read.
      `error: ${senior}:32: has something written inside <LevelPay>…</LevelPay>, which it never shows; write it as <LevelPay level="…" /> and put any text outside it.`,
    ],
  },
  {
    name: 'an HTML image inside an HTML link, and another address written with character references',
    edits: { [senior]: body('<a href="/roles/"><img src="../x.png" alt="" /></a>\n\n<img src="&#x2F;&#x2F;example.org/x.png" alt="" />') },
    expected: [climbs(26, '../x.png'), remote(28, '//example.org/x.png')],
  },
  { name: 'a reference-style image is judged by its definition', edits: { [senior]: body('![Our team][photo]\n\n[photo]: https://example.org/team.png') }, expected: [remote(28, 'https://example.org/team.png')] },
  { name: 'a definition given twice, under other capitals, is judged both times', edits: { [senior]: body('![Our team][Photo]\n\n[photo]: /team.png\n[PHOTO]: ../../../../etc/passwd?raw'), 'public/team.png': 'x' }, expected: [climbs(29, '../../../../etc/passwd?raw')] },
  { name: 'a definition inside a quotation, and one matched by Unicode case folding (ẞ is ss)', edits: { [senior]: body('> ![Our team][pic]\n>\n> [pic]: ../x.png\n\n- ![Our team][ẞ]\n\n[ss]: ../y.png') }, expected: [climbs(28, '../x.png'), climbs(32, '../y.png')] },
  { name: 'a definition used by a link and an image is held to the image rule', edits: { [senior]: body('[Our site][home] and ![Logo][home]\n\n[home]: https://example.org/') }, expected: [remote(28, 'https://example.org/')] },
  { name: 'a definition used by links only is a link', edits: { [senior]: body('[Our site][home]\n\n[home]: https://example.org/') }, expected: [] },
  // The logo is an image on every page
  {
    name: 'a logo from another address',
    edits: { [site]: logo('//cdn.example.org/logo.png') },
    expected: ['error: content/site.yaml:4: company.logo (//cdn.example.org/logo.png) is not the path of a file in the public/ folder; put the logo in public/ and write its path, such as /logo.svg.'],
  },
  { name: 'a logo path that goes up a folder', edits: { [site]: logo('/images/../logo.svg'), 'public/logo.svg': svg }, expected: ['error: content/site.yaml:4: company.logo (/images/../logo.svg) is not the path of a file in the public/ folder; write /logo.svg.'] },
  {
    name: 'a logo with other capitals than its file',
    edits: { [site]: logo('/Logo.svg'), 'public/logo.svg': svg },
    expected: ['error: content/site.yaml:4: company.logo (/Logo.svg) is not in the public/ folder, which has public/logo.svg; write /logo.svg: the published site tells capital and small letters apart.'],
  },
  { name: 'a logo that is in public/', edits: { [site]: logo('/logo.svg'), 'public/logo.svg': svg }, expected: [] },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}
