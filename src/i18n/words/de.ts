/** Die deutschen Wörter der Oberfläche: dieselben Schlüssel wie en.ts, von TypeScript geprüft. */
import type { Words } from './en.ts';

const trackNames: Words['trackNames'] = { ic: 'Fachlaufbahn', management: 'Führungslaufbahn' };

export const de: Words = {
  language: 'Deutsch',
  trackNames,
  pathTrackNames: { ...trackNames, lateral: 'Seitenwechsel' },
  stepKindNames: { promotion: 'Beförderung', 'track-switch': 'Laufbahnwechsel', lateral: 'Wechsel in eine andere Rolle' },
  entryLevelName: 'Einstieg',
  audienceNames: { candidate: 'Bewerberinnen und Bewerber', 'hiring-manager': 'Einstellende Führungskräfte', employee: 'Mitarbeitende' },
  audienceHeadings: { candidate: 'Für Bewerberinnen und Bewerber', 'hiring-manager': 'Für einstellende Führungskräfte', employee: 'Für Mitarbeitende' },
  // German nouns keep their capital letter in the middle of a sentence.
  inSentence: (label) => label,
  plural: (n, one, many = one) => `${n} ${n === 1 ? one : many}`,
  employmentTypeNames: {
    FULL_TIME: 'Vollzeit',
    PART_TIME: 'Teilzeit',
    CONTRACTOR: 'Freie Mitarbeit',
    TEMPORARY: 'Befristet',
    INTERN: 'Praktikum',
    VOLUNTEER: 'Ehrenamt',
    PER_DIEM: 'Tageweise',
    OTHER: 'Sonstiges',
  },
  workModeNames: { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'Vor Ort' },
  scaleNames: { below: 'Darunter', 'not-yet': 'Noch nicht', meets: 'Erfüllt', exceeds: 'Übertrifft' },
  recommendations: [
    { name: 'Klares Nein', meaning: 'Mehrere Kompetenzen im Fokus mit „Darunter“ oder „Noch nicht“ bewertet, oder ein Bedenken, das allein schon gegen eine Einstellung spricht.' },
    { name: 'Nein', meaning: 'Überwiegend „Noch nicht“: Die Person passt vielleicht auf die Stufe darunter oder später auf diese, aber nicht jetzt.' },
    { name: 'Ja', meaning: 'In jeder Kompetenz im Fokus „Erfüllt“, oder „Übertrifft“ dort, wo eine knapp darunter liegt, mit Belegen für jede Bewertung.' },
    { name: 'Klares Ja', meaning: 'Durchgehend „Erfüllt“ und in mehr als einer Kompetenz „Übertrifft“, mit Belegen, die Sie im Abschlussgespräch vertreten würden.' },
  ],
  kitRules: [
    'Stellen Sie allen Bewerbenden dieselben Fragen in derselben Reihenfolge; Nachfragen dienen dazu, Belege zu sammeln, nicht dazu, zu helfen.',
    'Notieren Sie, was die Person gesagt und getan hat, möglichst in ihren Worten, nicht Ihren Eindruck von ihr.',
    'Bewerten Sie jede Kompetenz anhand ihrer Anker und schreiben Sie die Belege dazu auf, bevor Sie mit anderen sprechen.',
    'Geben Sie Ihre Bewertungen und Ihre Gesamtempfehlung vor dem Abschlussgespräch ab, ohne die der anderen vorher zu lesen.',
  ],
  shell: {
    skipLink: 'Zum Inhalt springen',
    mainNav: 'Hauptnavigation',
    nav: { roles: 'Rollen', grades: 'Stufen & Gehalt', careerPaths: 'Karrierewege', skills: 'Fähigkeiten', faq: 'FAQ' },
    handbook: 'Handbuch',
    footer: (company) => `Recruiting-Handbuch von ${company}`,
    built: 'erstellt am',
    jobs: 'Stellen',
    editingGuide: 'Anleitung zum Bearbeiten',
    editPage: 'Diese Seite bearbeiten',
    fork: 'Dieses Handbuch forken',
    languages: 'Sprachen',
    untranslated: (language) => `Diese Seite ist noch nicht übersetzt und wird deshalb auf ${language} angezeigt.`,
  },
};
