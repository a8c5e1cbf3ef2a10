import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainSpaceOffences, renderedJsxText, scanSource, type Offence } from './support/userText';

/** Where the strings the user reads live: the screens, the shared rules and wording, the core's messages, the menus and dialogs. */
const ROOTS = ['renderer/src', 'shared', 'electron/core', 'electron/main'];

/** Test code and test harnesses: their strings are never shown to a user. */
const NOT_USER_CODE = [/\.(test|spec)\.tsx?$/, /\/testkit\.ts$/, /\/testSupport\.ts$/, /Harness\.ts$/, /\/crashWriter\.ts$/, /\/recoveryChild\.ts$/];

/**
 * The letters: a letter is assembled from templates and parts, and the whole text goes through frenchTypography
 * where it is put together (shared/documents/composeLetter), so its pieces are not finished sentences and are
 * checked on the composed letter by the letters' own tests instead.
 */
const COMPOSED_ELSEWHERE = [/^shared\/documents\//, /^electron\/core\/documents\//];

/** The rare offences that are not user text, each with its reason. An entry that matches nothing must be removed. */
const ALLOWED: readonly { file: string; text: RegExp; reason: string }[] = [
  {
    file: 'shared/law/rates.data.ts',
    text: /\(\d+,\d+⍽%( for 2013 and 2014)?\)/,
    reason: 'English provenance notes of the rate tables (a source quoted as it prints the rate), read by whoever updates the tables, never shown',
  },
  {
    file: 'shared/channels/smsSegments.ts',
    text: /ÆæßÉ⍽!"#/,
    reason: 'the GSM 7-bit alphabet (3GPP TS 23.038) as a character set, its space included: never shown',
  },
];

function userCodeFiles(): string[] {
  const files: string[] = [];
  for (const root of ROOTS) {
    for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const file = join(root, entry).replaceAll('\\', '/');
      if (!/\.tsx?$/.test(file) || file.endsWith('.d.ts')) continue;
      if (!NOT_USER_CODE.some((re) => re.test(file)) && !COMPOSED_ELSEWHERE.some((re) => re.test(file))) files.push(file);
    }
  }
  return files.sort();
}

const show = (o: Offence): string => `${o.file}:${o.line}  ${o.text}`;

describe('French typography of the strings the user reads', () => {
  it('finds a plain space where French wants a non-breaking one, and only there (fixture)', () => {
    const fixture = [
      `import { frenchTypography } from '../shared/kernel/frenchTypography';`,
      `import { x } from 'a : b';`,
      `const fr = frenchTypography;`,
      `export const a = 'Échéance : demain';`,
      `export const b = \`Supprimer « \${name} » ?\`;`,
      `export const c = <p title="Vraiment ?">Reste dû : <strong>{amount}</strong> ; n° 12, 40 € ou 12,5 %</p>;`,
      `export const d = parts.join(' : ');`,
      `export const e = <p>{name} !</p>;`,
      `export const f = 'Quoi\\u00a0?';`,
      // None of these is an offence: fixed at run time, code only, or already right.
      `export const ok1 = fr(\`Échéance : \${due}\`);`,
      `export const ok2 = frenchTypography('Vraiment ?');`,
      `export const ok3 = <div className="a :b" data-x="y ?" />;`,
      `export const ok4 = new RegExp('\\\\s+ :');`,
      `console.log('debug : x');`,
      `export const ok5 = 'Échéance\\u00a0: demain\\u202f; «\\u00a0x\\u00a0» n°\\u00a012, 40\\u00a0€';`,
      `export const ok6 = 'https://example.fr/?a=1 a:b 09:30 C:\\\\dossier';`,
      `type T = 'a : b';`,
      `const m = { 'a : b': 1 };`,
    ].join('\n');
    expect(scanSource('fixture.tsx', fixture).map((o) => `${o.line} ${o.text}`)).toEqual([
      '4 Échéance⍽: demain',
      '5 Supprimer «⍽${…}⍽»⍽?',
      '6 Vraiment⍽?',
      '6 Reste dû⍽: ',
      '6 ⍽; n°⍽12, 40⍽€ ou 12,5⍽%',
      '7 ⍽: ',
      '8 ⍽!',
      '9 Quoi⍽?',
    ]);
  });

  it('reads JSX text as React renders it', () => {
    expect(renderedJsxText('\n    Reste dû :\n    ')).toBe('Reste dû :');
    expect(renderedJsxText('Étape\n  suivante ?')).toBe('Étape suivante ?');
    expect(renderedJsxText('Payée&nbsp;!')).toBe('Payée\u00a0!');
    expect(plainSpaceOffences('Payée\u00a0!')).toEqual([5]);
    expect(plainSpaceOffences('Payée\u202f!')).toEqual([]);
  });

  it('has no such space in any string of the app', () => {
    const files = userCodeFiles();
    expect(files.length).toBeGreaterThan(100);
    const offences = files.flatMap((file) => scanSource(file, readFileSync(file, 'utf8')));
    const allowed = (o: Offence) => ALLOWED.some((a) => a.file === o.file && a.text.test(o.text));
    const unused = ALLOWED.filter((a) => !offences.some((o) => o.file === a.file && a.text.test(o.text)));
    expect(unused.map((a) => a.reason)).toEqual([]);
    const listed = offences.filter((o) => !allowed(o)).map(show);
    expect(listed, `Plain spaces (⍽) where French wants a non-breaking one:\n${listed.join('\n')}\n`).toEqual([]);
  });
});
