import type { Page } from '@playwright/test';
import { frenchTypography } from '../../shared/kernel/frenchTypography';
import { plainSpaceOffences } from '../../test/support/frenchSpaces';
import { expect } from './fixtures';

/**
 * What the screen shows (its text as laid out, line by line, and the aria-label, title, placeholder and alt of its
 * elements) has no plain space where French wants a no-break one: before : ; ? !, inside « », in "n° 12", "40 €".
 * This sees the sentences put together at run time, which the scan of the source (test/typography.test.ts) cannot.
 * Playwright's text matching treats every space alike, so a journey's getByText cannot tell; this can.
 */
export async function expectFrenchTypography(page: Page, context: string): Promise<void> {
  const texts = await page.evaluate(() => {
    const dialogs = Array.from(document.querySelectorAll('dialog[open]'));
    const root = (dialogs.at(-1) ?? document.body) as HTMLElement;
    const out = root.innerText.split('\n');
    for (const el of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out.map((t) => t.trim()).filter((t) => t !== '');
  });
  const wrong = [...new Set(texts)]
    .map((text) => ({ text, at: new Set(plainSpaceOffences(text)) }))
    .filter((t) => t.at.size > 0)
    .map((t) => [...t.text].map((c, i) => (t.at.has(i) ? '⍽' : c)).join(''));
  expect.soft(wrong, `plain spaces (⍽) where French wants a no-break one (${context})`).toEqual([]);
}

/**
 * A sentence as the screen must write it, its French spaces included, as a pattern for getByText and toContainText.
 * Playwright compares strings after turning every kind of space into a plain one (and role names always), so only
 * a regular expression tells "Échéance :" with a no-break space from one that may break before its colon.
 */
export function frenchText(text: string): RegExp {
  return new RegExp(frenchTypography(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
