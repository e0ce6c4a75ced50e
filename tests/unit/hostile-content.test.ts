/**
 * Content is data, never code: what a careless or hostile contributor might put into a content
 * file, and what the check says about it. Each case asserts the exact report (file, line, what,
 * what to write instead); the harness also proves the check changed no file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, replace, type Edit } from './check-fixture.ts';

const role = 'content/roles/data-engineer.mdx';
const senior = 'content/levels/data-engineer/senior.mdx';
const junior = 'content/levels/data-engineer/junior.mdx';
const site = 'content/site.yaml';
/** The senior level with its body replaced; the body starts on line 26. */
const body = (text: string) => (old: string) => `${old.slice(0, old.indexOf('---', 4) + 4)}\n${text}\n`;

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  // Code in a body
  { name: 'an environment variable', edits: { [senior]: body('Home is {process.env.HOME}.') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has "{process.env.HOME}", which MDX runs as code; to show the curly braces as text, write \\{process.env.HOME\\}.'] },
  {
    name: 'an import of node:fs and its use',
    edits: { [senior]: body("import { readFileSync } from 'node:fs'\n\n{readFileSync('/etc/passwd', 'utf8')}") },
    expected: [
      'error: content/levels/data-engineer/senior.mdx:26: has "import { readFileSync } from \'node:fs\'": content cannot import or export anything, because that runs code when the site is built; delete the line; write tables, links and pictures in Markdown.',
      "error: content/levels/data-engineer/senior.mdx:28: has \"{readFileSync('/etc/passwd', 'utf8')}\", which MDX runs as code; to show the curly braces as text, write \\{readFileSync('/etc/passwd', 'utf8')\\}.",
    ],
  },
  {
    name: 'an import of a file outside the repository',
    edits: { [senior]: body("import host from '/etc/hostname?raw'\n\nHost: {host}") },
    expected: [
      'error: content/levels/data-engineer/senior.mdx:26: has "import host from \'/etc/hostname?raw\'": content cannot import or export anything, because that runs code when the site is built; delete the line; write tables, links and pictures in Markdown.',
      'error: content/levels/data-engineer/senior.mdx:28: has "{host}", which MDX runs as code; to show the curly braces as text, write \\{host\\}.',
    ],
  },
  {
    name: 'an export',
    edits: { [senior]: body('export const x = 1\n\nText.') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: has "export const x = 1": content cannot import or export anything, because that runs code when the site is built; delete the line; write tables, links and pictures in Markdown.'],
  },
  { name: 'a placeholder in curly braces', edits: { [senior]: body('Contact {company} HR.') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has "{company}", which MDX runs as code; to show the curly braces as text, write \\{company\\}.'] },
  { name: 'a spread of props', edits: { [senior]: body('<span {...props}>x</span>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has <span {…}>, which runs code; write each attribute as name="text".'] },
  { name: 'an attribute written as code', edits: { [senior]: body('<a href={url}>x</a>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has href={…} on <a>, which runs code; write the value as text in quotes: href="…".'] },
  { name: 'a component that is not registered', edits: { [senior]: body('<Secret />') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has <Secret>, which content cannot use; remove it, or write the same thing in Markdown.'] },
  {
    name: 'code between the tags of a component, which the component never shows',
    edits: { [senior]: body('<LevelPay level="data-engineer/senior">{process.env.HOME} <script>alert(1)</script></LevelPay>') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: has something written inside <LevelPay>…</LevelPay>, which it never shows; write it as <LevelPay level="…" /> and put any text outside it.'],
  },
  // HTML that redirects, runs script or reaches other sites
  {
    name: 'a meta refresh to another site',
    edits: { [senior]: body('<meta http-equiv="refresh" content="3;url=https://example.org/" />') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: has <meta>, which content cannot use: it can send readers to another site; remove it.'],
  },
  { name: 'a script element', edits: { [senior]: body('<script>alert(1)</script>') }, expected: ["error: content/levels/data-engineer/senior.mdx:26: has <script>, which content cannot use: it runs code in every reader's browser; remove it."] },
  { name: 'a style element', edits: { [senior]: body('<style>{"body{display:none}"}</style>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has <style>, which content cannot use: it restyles the whole site; remove it.'] },
  { name: 'an event handler', edits: { [senior]: body('<span onclick="alert(1)">x</span>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has onclick on <span>, which runs code when a reader interacts with it; remove onclick.'] },
  { name: 'an inline style attribute', edits: { [senior]: body('<span style="color:red">x</span>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has the attribute style on <span>, which content cannot use; remove style.'] },
  {
    name: 'a javascript: link in Markdown',
    edits: { [senior]: body('[Apply](javascript:alert(1))') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: links to "javascript:alert(1)", which could run code in the reader\'s browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.'],
  },
  {
    name: 'a javascript: link hidden by a tab and an entity',
    edits: { [senior]: body('<a href="java\tscript&#58;alert(1)">Apply</a>\n\n[Apply](java&#x09;script:alert(2))') },
    expected: [
      `error: ${senior}:26: links to "java\\tscript:alert(1)", which could run code in the reader's browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.`,
      `error: ${senior}:28: links to "java\\tscript:alert(2)", which could run code in the reader's browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.`,
    ],
  },
  // The link echoed in the message carries encoded line breaks: the report shows them as \n, so
  // the lines after them cannot start GitHub workflow commands (src/problems/printable.ts).
  {
    name: 'a link with encoded line breaks that spell GitHub commands',
    edits: { [senior]: body('<a href="javascript:x&#10;::stop-commands::token">A</a>\n\n[B](javascript:y&#13;&#10;::error::forged)') },
    expected: [
      `error: ${senior}:26: links to "javascript:x\\n::stop-commands::token", which could run code in the reader's browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.`,
      `error: ${senior}:28: links to "javascript:y\\r\\n::error::forged", which could run code in the reader's browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.`,
    ],
  },
  {
    name: 'an image from another site written with backslashes',
    edits: { [senior]: body('<img src="\\\\example.org\\pixel.gif" alt="" />') },
    expected: [`error: ${senior}:26: shows the image "\\\\example.org\\pixel.gif" from another address, which tells that site about every reader; put the file in public/ (public/images/, say) and write its path, such as /images/team.png.`],
  },
  {
    name: 'a javascript: link in HTML',
    edits: { [senior]: body('<a href="javascript:alert(1)">Apply</a>') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: links to "javascript:alert(1)", which could run code in the reader\'s browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.'],
  },
  {
    name: 'a data: link in a link definition',
    edits: { [senior]: body('[Apply][x]\n\n[x]: data:text/html,hi') },
    expected: ['error: content/levels/data-engineer/senior.mdx:28: links to "data:text/html,hi", which could run code in the reader\'s browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.'],
  },
  { name: 'an iframe', edits: { [senior]: body('<iframe src="https://example.org/"></iframe>') }, expected: ['error: content/levels/data-engineer/senior.mdx:26: has <iframe>, which content cannot use: it embeds another site; remove it.'] },
  {
    name: 'an object and an embed',
    edits: { [senior]: body('<object data="x.swf"></object>\n\n<embed src="x.swf" />') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: has <object>, which content cannot use: it embeds another program; remove it.', 'error: content/levels/data-engineer/senior.mdx:28: has <embed>, which content cannot use: it embeds another program; remove it.'],
  },
  {
    name: 'a form that posts elsewhere',
    edits: { [senior]: body('<form action="https://example.org/"><input name="salary" /></form>') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: has <form>, which content cannot use: it sends what readers type to another address; remove it.'],
  },
  {
    name: 'a base element and a stylesheet link',
    edits: { [senior]: body('<base href="https://example.org/" />\n\n<link rel="stylesheet" href="https://example.org/x.css" />') },
    expected: [
      'error: content/levels/data-engineer/senior.mdx:26: has <base>, which content cannot use: it redirects every link on the page; remove it.',
      'error: content/levels/data-engineer/senior.mdx:28: has <link>, which content cannot use: it loads files from other sites; remove it.',
    ],
  },
  {
    name: 'an image from another site',
    edits: { [senior]: body('![Team](https://example.org/team.png)') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: shows the image "https://example.org/team.png" from another address, which tells that site about every reader; put the file in public/ (public/images/, say) and write its path, such as /images/team.png.'],
  },
  {
    name: 'an HTML image from another site',
    edits: { [senior]: body('<img src="//example.org/pixel.gif" alt="" />') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: shows the image "//example.org/pixel.gif" from another address, which tells that site about every reader; put the file in public/ (public/images/, say) and write its path, such as /images/team.png.'],
  },
  {
    name: 'an image that is not in public/',
    edits: { [senior]: body('![Team](/images/team.png)') },
    expected: ['error: content/levels/data-engineer/senior.mdx:26: shows the image "/images/team.png", which is not in public/; add the file as public/images/team.png, or correct the path.'],
  },
  { name: 'a file too large to be a page', edits: { [senior]: body('word '.repeat(1_100_000)) }, expected: [`error: ${senior}: is 5500 kB, more than the 200 kB a page can hold; shorten it, or split it into several pages.`] },
  // Files the build cannot read the way the check does
  {
    name: 'a Latin-1 file',
    edits: { [senior]: Buffer.from((await import('node:fs')).readFileSync(new URL('../fixtures/handbook/content/levels/data-engineer/senior.mdx', import.meta.url), 'utf8').replace('The Senior level.', 'The Senior level, café.'), 'latin1') },
    expected: ["error: content/levels/data-engineer/senior.mdx:6: is not saved as UTF-8, so some of its letters cannot be read; save it again with the UTF-8 encoding (GitHub's web editor always does; in other editors choose UTF-8 when saving)."],
  },
  {
    name: 'a link to a file without frontmatter',
    edits: { 'content/levels/data-engineer/lead.mdx': { linkTo: 'content/site.yaml' } },
    expected: ['error: content/levels/data-engineer/lead.mdx: is a link to another file, which the handbook does not follow; replace the link with a copy of the file.'],
  },
  {
    name: 'a skill named with an emoji only',
    edits: { [role]: replace('items: [PostgreSQL]', 'items: [PostgreSQL, "🚀"]') },
    expected: ['error: content/roles/data-engineer.mdx:16: skill group "Data stores", item 2 of items ("🚀") has no letters or digits, so the skill cannot have a page; name the skill in words, such as "Rapid delivery".'],
  },
  { name: 'a skill named in Arabic script has a page', edits: { [role]: replace('items: [PostgreSQL]', 'items: [PostgreSQL, العربية]') }, expected: [] },
  {
    name: 'a published career path step to a draft level',
    edits: { [senior]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2026-03-01\nstatus: draft') },
    expected: [
      'error: content/faqs/pay/bands.mdx:6: item 1 of levels points to "data-engineer/senior", which is a draft, so the question would not appear on the site; publish data-engineer/senior (status: published) or point somewhere else.',
      'error: content/career-paths/ic.mdx:7: step 1, to points to "data-engineer/senior", which is a draft, so this step would not appear on the site; publish data-engineer/senior (status: published) or point somewhere else.',
      'error: content/openings/senior-data-berlin.mdx:2: level points to "data-engineer/senior", which is a draft, so the opening would not appear on the site; publish data-engineer/senior (status: published) or make the opening a draft too.',
    ],
  },
  // Settings accepted silently before, with broken output
  { name: 'an unknown locale', edits: { [site]: replace('locale: en-GB', 'locale: xx') }, expected: ['error: content/site.yaml:7: locale (xx) is not a language (and region) that browsers and screen readers know; use a tag such as en-US, en-GB, de-DE or fr-FR.'] },
  {
    name: 'a logo that does not exist',
    edits: { [site]: replace('  about:', '  logo: /logo.svg\n  about:') },
    expected: ['error: content/site.yaml:4: company.logo (/logo.svg) is not in the public/ folder; add the file as public/logo.svg, or correct the path (leave logo out to show the company name alone).'],
  },
  {
    name: 'a site address with a path',
    edits: { [site]: replace('url: https://handbook.fixture.example', 'url: https://fixture.example/handbook') },
    expected: ['error: content/site.yaml:5: url (https://fixture.example/handbook) has a path after the domain; write only the address up to the domain here (https://example.com), and the folder in base (base: /handbook/).'],
  },
  { name: 'a pay zone in an unknown currency', edits: { 'content/pay.yaml': replace('currency: GBP', 'currency: XYZ') }, expected: ['error: content/pay.yaml:13: zone uk (United Kingdom), currency (XYZ) is not an ISO 4217 currency code; use one such as USD, EUR or GBP.'] },
  {
    name: 'a pay figure typed into a body',
    edits: { [senior]: body('Seniors here earn $95,000–$130,000.') },
    expected: [`warning: ${senior}:26: types the amount "$95,000–$130,000", which will not follow the pay table when it changes; write <LevelPay level="…" /> or <RolePay role="…" /> so the figure comes from content/pay.yaml.`],
  },
  {
    name: 'a review date in the future',
    edits: { [senior]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2099-01-01') },
    expected: ['error: content/levels/data-engineer/senior.mdx:23: lastReviewed (2099-01-01) is in the future; use the date the page was actually checked, today at the latest.'],
  },
  // YAML mistakes
  {
    name: 'fields written as a list item',
    edits: { [junior]: replace(/^---\nrole:/, '---\n- role:') },
    expected: ['error: content/levels/data-engineer/junior.mdx:2: starts its fields with "- ", so they read as one list item instead of fields; remove the "- " (and any indentation before the fields).'],
  },
  {
    name: 'a duplicate key',
    edits: { [senior]: replace('title: Senior Data Engineer', 'title: Senior Data Engineer\ntitle: Senior Engineer') },
    expected: ['error: content/levels/data-engineer/senior.mdx:4: has the field "title" a second time; keep one of them and delete the other.'],
  },
  {
    name: 'a tab used to indent',
    edits: { [senior]: replace('  - One.\n  - Two.\n  - Three.', '\t- One.\n\t- Two.\n\t- Three.') },
    expected: ['error: content/levels/data-engineer/senior.mdx:9: is indented with a tab; indent with spaces instead (two for each level); tabs cannot be used in the fields.'],
  },
  {
    name: 'a non-breaking space after a colon',
    edits: { [senior]: replace('shortTitle: Senior', 'shortTitle:\u00a0Senior') },
    expected: ['error: content/levels/data-engineer/senior.mdx:4: has a non-breaking space after "shortTitle:" (often pasted from a word processor); delete it and type a normal space.'],
  },
  {
    name: 'an unquoted colour',
    edits: { [site]: replace('brandColor: "#2456a6"', 'brandColor: #2456a6') },
    expected: ['error: content/site.yaml:8: brandColor starts with #, which YAML reads as the start of a comment, so the value is lost; put the value in double quotes: brandColor: "#2456a6".'],
  },
  {
    name: 'a quotation mark never closed',
    edits: { [senior]: replace('summary: The Senior level.', 'summary: "The Senior level.') },
    expected: ['error: content/levels/data-engineer/senior.mdx:6: opens a quotation mark that is never closed; add the closing quotation mark at the end of the value.'],
  },
  {
    name: 'a level renamed with a capital letter',
    edits: { [senior]: null, 'content/levels/data-engineer/Senior.mdx': (await import('node:fs')).readFileSync(new URL('../fixtures/handbook/content/levels/data-engineer/senior.mdx', import.meta.url), 'utf8') },
    expected: ['error: content/levels/data-engineer/Senior.mdx: has "Senior" in its path, which cannot become a web address; rename it to "senior" (lowercase letters, digits and hyphens).'],
  },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}
