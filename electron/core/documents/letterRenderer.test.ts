import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/ipc/errors';
import { createLetterRenderer, type LetterRenderer } from './letterRenderer';
import { readPdf } from './pdfReading';
import { formalNotice, friendlyReminder, groupedFirmReminder, letterTo } from './testLetters';

let renderer: LetterRenderer;
beforeAll(() => {
  renderer = createLetterRenderer();
});
afterAll(() => renderer.close());

const footerPage = (text: string): string | undefined => /page \d+ sur \d+/.exec(text)?.[0];

// Each test draws several letters, some in a worker of its own (a cold start): generous limits for a loaded machine.
describe('one PDF for several letters', { timeout: 60_000 }, () => {
  it('starts every letter on a page of its own, its annex after it, each numbered within its letter', async () => {
    const letters = [friendlyReminder(), groupedFirmReminder(), formalNotice()];
    const pages = await readPdf(await renderer.render(letters));
    expect(pages).toHaveLength(4);
    for (const [page, letter] of [
      [0, 0],
      [1, 1],
      [2, 2],
    ] as const) {
      const subject = letters[letter]!.subject;
      expect(pages[page]!.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(subject.replace(/[\u00a0\u202f]/g, ' '));
      expect(pages[page]!.text).toContain(letters[letter]!.salutation);
    }
    expect(pages[3]!.text).toContain('Annexe — Décompte des pénalités de retard');
    expect(pages[3]!.text).not.toContain('Objet');
    expect(pages.map((p) => footerPage(p.text))).toEqual(['page 1 sur 1', 'page 1 sur 1', 'page 1 sur 2', 'page 2 sur 2']);
  });

  it('lets a letter too long for one sheet run onto the next, numbered, and keeps the others on theirs', async () => {
    const long = formalNotice();
    const longer = { ...long, paragraphs: [...long.paragraphs, ...long.paragraphs, ...long.paragraphs, ...long.paragraphs] };
    const pages = await readPdf(await renderer.render([friendlyReminder(), longer, friendlyReminder()]));
    expect(pages.map((p) => footerPage(p.text))).toEqual(['page 1 sur 1', 'page 1 sur 3', 'page 2 sur 3', 'page 3 sur 3', 'page 1 sur 1']);
    const text = pages.map((p) => p.text).join('\n');
    // Nothing lost at the break: every paragraph's last words and the signature are there.
    expect(text.match(/Cette somme se décompose ainsi/g)).toHaveLength(4);
    expect(pages[2]!.text).toContain('Jeanne Moreau');
    expect(pages[3]!.text).toContain('Annexe — Décompte');
  });

  it('gives the same bytes for the same letters and the same date', async () => {
    const createdAt = new Date('2026-12-01T09:00:00Z');
    const a = await renderer.render([formalNotice()], { createdAt });
    const b = await renderer.render([formalNotice()], { createdAt });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('gives a letter the same bytes whatever the worker drew before (the kept text layouts and font subsets change nothing)', async () => {
    const createdAt = new Date('2026-12-01T09:00:00Z');
    const fresh = createLetterRenderer();
    try {
      const first = await fresh.render([formalNotice()], { createdAt });
      await renderer.render([friendlyReminder(), groupedFirmReminder()], { createdAt });
      await renderer.render([formalNotice(), friendlyReminder()], { createdAt });
      const after = await renderer.render([formalNotice()], { createdAt });
      expect(Buffer.from(after).equals(Buffer.from(first))).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('draws requests made at the same time one after the other, each getting its own letters', async () => {
    const [a, b, c] = await Promise.all([
      renderer.render([letterTo(['M. ALAIN PREMIER', '75001 PARIS'])]),
      renderer.render([letterTo(['MME BEATRICE SECONDE', '69001 LYON'])]),
      renderer.render([letterTo(['M. CHARLES TROISIEME', '13001 MARSEILLE'])]),
    ]);
    expect((await readPdf(a))[0]!.text).toContain('M. ALAIN PREMIER');
    expect((await readPdf(b))[0]!.text).toContain('MME BEATRICE SECONDE');
    expect((await readPdf(c))[0]!.text).toContain('M. CHARLES TROISIEME');
  });

  it('leaves the caller’s event loop free while it draws', async () => {
    const batch = Array.from({ length: 40 }, () => groupedFirmReminder());
    await renderer.render([friendlyReminder()]);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    await renderer.render(batch);
    const took = performance.now() - started;
    delay.disable();
    expect(took).toBeGreaterThan(100);
    expect(delay.max / 1e6).toBeLessThan(Math.max(250, took / 4));
  });
});

describe('when the worker fails', { timeout: 60_000 }, () => {
  it('refuses a model it cannot draw with a French reason, and draws the next one', async () => {
    const sevenLines = letterTo(['A', 'B', 'C', 'D', 'E', 'F', '75001 PARIS']);
    const error = await renderer.render([friendlyReminder(), sevenLines]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    expect((error as AppError).message).toBe(
      'Le document n’a pas pu être produit\u00a0: lettre 2\u00a0: l’adresse du destinataire a 7 lignes, la norme postale NF Z10-011 en permet 6.',
    );
    const pages = await readPdf(await renderer.render([friendlyReminder()]));
    expect(pages).toHaveLength(1);
  });

  it('fails the request of a worker that runs out of memory with a French message, and starts a new worker for the next', async () => {
    const small = createLetterRenderer({ resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 } });
    try {
      const error = await small.render(Array.from({ length: 1500 }, () => friendlyReminder())).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('INTERNAL');
      expect((error as AppError).message).toBe(
        'Le document n’a pas pu être produit\u00a0: la mémoire a manqué pour mettre en page 1500 lettres\u202f; réessayez avec moins de lettres à la fois.',
      );
      const pages = await readPdf(await small.render([groupedFirmReminder()]));
      expect(pages[0]!.text).toContain('F-2026-037');
    } finally {
      await small.close();
    }
  }, 60_000);

  it('stops a worker whose layout takes too long and says so in French', async () => {
    const impatient = createLetterRenderer({ timeout: { baseMs: 2_000, perLetterMs: 0 } });
    try {
      await impatient.render([friendlyReminder()]).catch(() => undefined);
      const error = await impatient.render(Array.from({ length: 400 }, () => formalNotice())).catch((e: unknown) => e);
      expect((error as AppError).message).toBe('Le document n’a pas pu être produit\u00a0: la mise en page a dépassé 2 secondes\u202f; réessayez avec moins de lettres à la fois.');
    } finally {
      await impatient.close();
    }
  }, 60_000);

  it('refuses to draw once closed', async () => {
    const closed = createLetterRenderer();
    await closed.close();
    const error = await closed.render([friendlyReminder()]).catch((e: unknown) => e);
    expect((error as AppError).message).toBe('Le document n’a pas pu être produit\u00a0: le moteur de mise en page est arrêté.');
  });
});

describe('the warm-up after the start (the app’s renderer)', { timeout: 60_000 }, () => {
  it('answers a letter asked for during the warm-up first, then finishes warming up, and the warm-up changes no byte', async () => {
    const createdAt = new Date('2026-12-01T09:00:00Z');
    const warming = createLetterRenderer({ warmUp: true, warmUpAfterMs: 0 });
    try {
      const order: string[] = [];
      const warm = warming.whenWarm().then(() => order.push('warm'));
      const letter = warming.render([groupedFirmReminder()], { createdAt }).then((pdf) => {
        order.push('letter');
        return pdf;
      });
      const [pdf] = await Promise.all([letter, warm]);
      expect(order).toEqual(['letter', 'warm']);
      const after = await warming.render([groupedFirmReminder()], { createdAt });
      const cold = await renderer.render([groupedFirmReminder()], { createdAt });
      expect(Buffer.from(pdf).equals(Buffer.from(cold))).toBe(true);
      expect(Buffer.from(after).equals(Buffer.from(cold))).toBe(true);
    } finally {
      await warming.close();
    }
  });

  it('is over at once for a renderer that does not warm up', async () => {
    await expect(renderer.whenWarm()).resolves.toBeUndefined();
  });
});
