/** Whether a job title already names every gender, so the German ad's title adds "(m/w/d)" only where it does not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasGenderMarker } from '../../src/lib/gender-marker.ts';
import { de } from '../../src/i18n/words/de.ts';
import { en } from '../../src/i18n/words/en.ts';

test('a bracketed list of genders is a marker, in any order and spacing', () => {
  for (const title of [
    'Backend Engineer (m/w/d)',
    'Backend Engineer (w/m/d)',
    'Backend Engineer (m/f/d)',
    'Backend Engineer (d/m/w)',
    'Backend Engineer ( m / w / d )',
    'Backend Engineer (m/w/x)',
    'Backend Engineer (M/W/D)',
    'Backend Engineer (m|w|d)',
    'Backend Engineer (m/w/div.)',
  ]) {
    assert.ok(hasGenderMarker(title), title);
  }
});

test('all genders in words is a marker', () => {
  for (const title of ['Backend Engineer (all genders)', 'Backend Engineer (All Genders)', 'Entwickler (alle Geschlechter)', 'Entwickler (gn)']) assert.ok(hasGenderMarker(title), title);
});

test('a gender-inclusive ending is a marker: *in, :in, _in, ·in, /in, /-in, and their plurals', () => {
  for (const title of ['Softwareentwickler*in', 'Softwareentwickler:in Backend', 'Softwareentwickler_in', 'Softwareentwickler·in', 'Softwareentwickler/in', 'Softwareentwickler/-in', 'Teamleiter*innen gesucht']) {
    assert.ok(hasGenderMarker(title), title);
  }
});

test('a title without one is not taken for one', () => {
  for (const title of ['Senior Backend Engineer', 'Senior Backend Engineer, Payments', 'LinkedIn Ads Manager', 'Engineer (Berlin)', 'Engineering Manager (Platform)', 'Lead (m)', 'Developer: Infrastructure', 'Plug-in Developer', 'Designerin', 'Entwickler (Frontend/Backend)']) {
    assert.ok(!hasGenderMarker(title), title);
  }
});

test('the job ad title: as written in English; in German with (m/w/d) unless it has a marker', () => {
  assert.equal(en.ad.title('Senior Backend Engineer'), 'Senior Backend Engineer');
  assert.equal(de.ad.title('Senior Backend Engineer'), 'Senior Backend Engineer (m/w/d)');
  assert.equal(de.ad.title('Senior Backend Engineer (w/m/d)'), 'Senior Backend Engineer (w/m/d)');
  assert.equal(de.ad.title('Softwareentwickler*in'), 'Softwareentwickler*in');
});
