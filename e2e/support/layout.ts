import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The widths every layout journey looks at: the window's minimum, a laptop, a desktop screen. */
export const LAYOUT_WIDTHS = [900, 1280, 1920] as const;
export const LAYOUT_HEIGHT = 800;

/** The boxes a control belongs to: it must not stick out of the nearest one. */
const CARDS = [
  '.panel',
  '.summary-card',
  '.empty-state',
  '.vtable',
  '.table-wrap',
  '.subform',
  '.policy-level',
  '.dropzone',
  '.envelope',
  '.inline-banner',
  '.banner',
  '.toast',
  'dialog',
  'main',
  '.sidebar',
].join(', ');

const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], [role=link]';

/**
 * Everything the user may click or type into is inside the window (horizontally) and inside its card;
 * no card, button or select hides part of its content; the page never scrolls sideways; no text is
 * squeezed into a column a few characters wide; the aged-balance bars keep room to be drawn.
 * Returns nothing, fails with the list of what is wrong.
 */
export async function expectTidyLayout(page: Page, context: string): Promise<void> {
  const problems = await page.evaluate(
    ({ cards, controls }) => {
      const out: string[] = [];
      const name = (el: Element): string => {
        const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        return `${el.tagName.toLowerCase()}${cls}${text ? ` « ${text} »` : ''}`;
      };
      const px = (n: number): number => Math.round(n);
      const shown = (el: Element): boolean => {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
        if (el.closest('.visually-hidden, [hidden], [inert]')) return false;
        return el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true });
      };
      const vw = window.innerWidth;
      // The innermost open modal dialog is what the user works in; the rest of the page is inert.
      const dialogs = Array.from(document.querySelectorAll('dialog[open]'));
      const root: ParentNode = dialogs.at(-1) ?? document;

      if (document.documentElement.scrollWidth > vw + 1) out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
      const main = document.querySelector('main');
      if (main && main.scrollWidth > main.clientWidth + 1) out.push(`main scrolls sideways: ${main.scrollWidth} > ${main.clientWidth}`);

      for (const el of Array.from(root.querySelectorAll<HTMLElement>(controls))) {
        if (!shown(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.right > vw + 1) out.push(`${name(el)} is outside the window: ${px(r.left)}–${px(r.right)} (window 0–${vw})`);
        const card = el.parentElement?.closest(cards);
        if (card) {
          const c = card.getBoundingClientRect();
          if (r.left < c.left - 1 || r.right > c.right + 1) out.push(`${name(el)} sticks out of ${name(card).slice(0, 40)}: ${px(r.left)}–${px(r.right)} (card ${px(c.left)}–${px(c.right)})`);
        }
        // Cut off by an ancestor that hides or scrolls its overflow sideways (up to its dialog: the top layer is not clipped).
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (a.tagName === 'DIALOG') break;
          const style = getComputedStyle(a);
          if (style.overflowX === 'visible') continue;
          const b = a.getBoundingClientRect();
          if (r.left < b.left - 1 || r.right > b.right + 1) {
            out.push(`${name(el)} is cut off by ${name(a).slice(0, 40)} (overflow-x: ${style.overflowX}): ${px(r.left)}–${px(r.right)} (box ${px(b.left)}–${px(b.right)})`);
            break;
          }
        }
        // Its own label cut off (a button too narrow for its text).
        if ((el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY') && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('link-button')) {
          out.push(`${name(el)} cuts its label: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        // A select too narrow for the option it shows ("Lettre recommandée avec AR"); a 100-character client name
        // may be shortened by the select itself.
        if (el instanceof HTMLSelectElement && el.selectedOptions[0] && el.selectedOptions[0].text.length <= 40) {
          const style = getComputedStyle(el);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = ctx.measureText(el.selectedOptions[0].text).width;
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20; // the arrow
          if (text > room + 1) out.push(`${name(el).slice(0, 40)} cuts « ${el.selectedOptions[0].text} »: ${px(text)} > ${px(room)}`);
        }
      }

      // Figures, badges and buttons stay inside their table cell (a cell does not clip: they would overlap the next one).
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('.badge, .amount, button, select, input'))) {
        const cell = el.parentElement?.closest('td, th, [role=cell], [role=columnheader], [role=rowheader]');
        if (!cell || !shown(el)) continue;
        const r = el.getBoundingClientRect();
        const c = cell.getBoundingClientRect();
        if (r.left < c.left - 1 || r.right > c.right + 1) out.push(`${name(el).slice(0, 50)} sticks out of its cell: ${px(r.left)}–${px(r.right)} (cell ${px(c.left)}–${px(c.right)})`);
      }

      for (const card of Array.from(root.querySelectorAll<HTMLElement>(cards))) {
        if (!shown(card) || card.tagName === 'MAIN') continue;
        if (card.scrollWidth > card.clientWidth + 1) out.push(`${name(card).slice(0, 50)} overflows sideways: ${card.scrollWidth} > ${card.clientWidth}`);
      }

      // Text squeezed into a column a few characters wide (one character per line).
      for (const el of Array.from(root.querySelectorAll<HTMLElement>('body *'))) {
        if (!shown(el) || el.children.length > 0) continue;
        const text = (el.textContent ?? '').trim();
        if (text.length < 12) continue;
        // The lines the text really takes (a table cell is as tall as its row, whatever its text).
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        if (lines >= 4 && text.length / lines < 10) out.push(`${name(el).slice(0, 60)} is squeezed: ${lines} lines of ${px(text.length / lines)} characters`);
      }

      for (const col of Array.from(root.querySelectorAll<HTMLElement>('td.aging-bar-col'))) {
        if (shown(col) && col.getBoundingClientRect().width < 48) out.push(`an aged-balance bar has ${px(col.getBoundingClientRect().width)} px to be drawn`);
      }
      return out;
    },
    { cards: CARDS, controls: CONTROLS },
  );
  expect.soft(problems, `layout of ${context}`).toEqual([]);
}

/** The screenshot a reviewer looks at, and a full-height one (the main pane scrolls, so it grows the window). */
export async function layoutShots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  await page.screenshot({ path: resolve('test-results/screens', `${name}.png`) });
  const extra = await page.evaluate(() => {
    const scrollers = [document.querySelector('main'), ...Array.from(document.querySelectorAll('dialog[open]'))].filter((e): e is Element => !!e);
    return Math.max(0, ...scrollers.map((s) => s.scrollHeight - s.clientHeight));
  });
  if (extra > 0) {
    await page.setViewportSize({ width: size.width, height: size.height + extra });
    await page.screenshot({ path: resolve('test-results/screens', `${name}-full.png`) });
    await page.setViewportSize(size);
  }
}
