import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_DIR, renderReferencePages, type ReferencePage } from './referenceLetters';

// The letters as pictures, against the renderings kept in test/fixtures/letters/ (looked at when they were made):
// a change of layout, spacing, font or wording shows here. A letter changed on purpose: `npm run refs:letters`,
// look at the new PNGs, commit them. The tolerance absorbs antialiasing differences between poppler versions.

const MAX_DIFFERENT_PIXELS = 0.002;

let pages: ReferencePage[];
beforeAll(async () => {
  pages = await renderReferencePages();
}, 60_000);

describe('reference renderings', () => {
  it('has the same pages as the references', () => {
    expect(pages.map((p) => p.file)).toEqual(['rappel-amiable-1.png', 'relance-ferme-groupee-1.png', 'mise-en-demeure-1.png', 'mise-en-demeure-2.png']);
  });

  for (const file of ['rappel-amiable-1.png', 'relance-ferme-groupee-1.png', 'mise-en-demeure-1.png', 'mise-en-demeure-2.png']) {
    it(`${file} looks as it did`, () => {
      const referencePath = join(REFERENCE_DIR, file);
      expect(existsSync(referencePath), `${referencePath} (npm run refs:letters)`).toBe(true);
      const reference = PNG.sync.read(readFileSync(referencePath));
      const actual = PNG.sync.read(pages.find((p) => p.file === file)!.png);
      expect([actual.width, actual.height]).toEqual([reference.width, reference.height]);
      const different = pixelmatch(reference.data, actual.data, undefined, reference.width, reference.height, { threshold: 0.1 });
      expect(different / (reference.width * reference.height)).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS);
    });
  }
});
