import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The WCAG 2.1 A and AA rules, and axe's best practices (landmarks, headings, page title). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is (an open dialog included) and fails on any violation of impact
 * "serious" or "critical", listing each rule with the elements it found, so the report says what to fix.
 */
export async function expectAccessible(page: Page, context = '', known: { rule: string; reason: string }[] = []): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const blocking = results.violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !known.some((k) => k.rule === v.id));
  // A known finding is not hidden: it goes into the report of the test, with who fixes it.
  for (const v of results.violations.filter((x) => known.some((k) => k.rule === x.id))) {
    test.info().annotations.push({ type: 'known accessibility issue', description: `${context}: ${v.id} (${v.nodes.length}) — ${known.find((k) => k.rule === v.id)!.reason}` });
  }
  const report = blocking.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} ${n.html.slice(0, 160)} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`,
  );
  expect.soft(report, `axe-core violations${context ? ` (${context})` : ''}`).toEqual([]);
}
