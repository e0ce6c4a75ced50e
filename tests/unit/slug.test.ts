import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileNameOf, slugify } from '../../src/lib/slug.ts';

test('slugify turns skill names into readable addresses', () => {
  assert.equal(slugify('C#'), 'c-sharp');
  assert.equal(slugify('Node.js'), 'node-js');
  assert.equal(slugify('CI/CD'), 'ci-cd');
  assert.equal(slugify('C++'), 'c-plus-plus');
  assert.equal(slugify('.NET'), 'dot-net');
  assert.equal(slugify('ASP.NET Core'), 'asp-net-core');
  assert.equal(slugify('PostgreSQL'), 'postgresql');
  assert.equal(slugify('Infrastructure as Code (Terraform)'), 'infrastructure-as-code-terraform');
  assert.equal(slugify('  Go  '), 'go');
  assert.equal(slugify('Café & Crème'), 'cafe-and-creme');
});

test('slugify output is always a valid path segment', () => {
  for (const name of ['F#', 'R&D', '--x--', 'A/B testing', 'gRPC', 'Amazon Web Services (AWS)']) {
    assert.match(slugify(name), /^[a-z0-9]+(?:-[a-z0-9]+)*$/, name);
  }
});

test('a file name from a title is ASCII: letters lose their accents, signs their names stay', () => {
  assert.equal(fileNameOf('Entwickler für Zahlungen'), 'entwickler-fur-zahlungen');
  assert.equal(fileNameOf('C# Developer'), 'c-sharp-developer');
  assert.equal(fileNameOf('Ingénieur·e logiciel'), 'ingenieur-e-logiciel');
  assert.equal(fileNameOf('Инженер'), '', 'no Latin letters: nothing to suggest');
});
