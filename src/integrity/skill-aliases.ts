/**
 * Skill names that mean the same thing. Each skill gets its own page, so "GCP" in one role and
 * "Google Cloud" in another split one skill in two, and neither page lists every role that asks
 * for it. Names are compared after folding case, punctuation and plurals ("CI/CD" = "ci cd",
 * "Microservice" = "Microservices"); this list adds what folding cannot see: abbreviations, vendor
 * and common names. Keep it short: a pair belongs here only if no hiring manager would tell them apart.
 */
import { slugify } from '../lib/slug.ts';

const skillAliases: readonly (readonly string[])[] = [
  ['Google Cloud', 'GCP', 'Google Cloud Platform'],
  ['AWS', 'Amazon Web Services'],
  ['Azure', 'Microsoft Azure'],
  ['Automated testing', 'Testing', 'Test automation'],
  ['Kubernetes', 'K8s'],
  ['PostgreSQL', 'Postgres'],
  ['JavaScript', 'JS'],
  ['TypeScript', 'TS'],
  ['Go', 'Golang'],
  ['Node.js', 'Node', 'NodeJS'],
  ['CI/CD', 'Continuous integration and delivery'],
  ['Infrastructure as code', 'IaC'],
  ['Service level objectives', 'SLOs'],
  ['One-on-ones', '1:1s'],
];

/** A name folded for comparison: its page address (slugify), each word without a plural s. */
export function foldSkill(name: string): string {
  return slugify(name)
    .split('-')
    .map((word) => (word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word))
    .join(' ');
}

const aliasKey = new Map(skillAliases.flatMap((names) => names.map((n) => [foldSkill(n), foldSkill(names[0]!)] as const)));

/** Two names with the same key name the same skill. */
export const skillKey = (name: string) => {
  const folded = foldSkill(name);
  return aliasKey.get(folded) ?? folded;
};
