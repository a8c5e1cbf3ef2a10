// `npm run bench:letters`: the letter renderer (react-pdf in its worker thread) side by side with the route many
// Electron apps take, Chromium's printToPDF of equivalent HTML (Playwright's page.pdf on Debian's Chromium), on the
// same letters in the same run. Prints figures, asserts nothing. Needs /usr/lib/chromium/chromium.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import type { LetterModel, LetterTable } from '../shared/documents/letterModel';
import { formatEuros } from '../shared/kernel/money';
import { createLetterRenderer } from '../electron/core/documents/letterRenderer';
import { formalNotice, friendlyReminder, groupedFirmReminder } from '../electron/core/documents/testLetters';

const WARM_RUNS = Number(process.env.WARM_RUNS ?? 30);
const BATCH_RUNS = Number(process.env.BATCH_RUNS ?? 3);
const root = join(import.meta.dirname, '..');
const work = join(root, '.tmp', 'bench-letters');

/** Letter `i` of a batch: the three kinds in turn, each with its own client, invoice number and amount (no two alike). */
function letter(i: number): LetterModel {
  const base = [friendlyReminder, groupedFirmReminder, formalNotice][i % 3]!();
  const number = `F-2026-${String(100 + i).padStart(3, '0')}`;
  const amount = formatEuros(100_000 + i * 13_757);
  const swap = (s: string) => s.replaceAll('F-2026-012', number).replaceAll('F-2026-058', number).replaceAll('F-2026-031', number);
  return {
    ...base,
    recipient: [`Client ${i + 1} SARL`, ...base.recipient.slice(1)],
    subject: swap(base.subject),
    references: base.references.map(swap),
    paragraphs: [...base.paragraphs.map(swap), `Montant de cette relance : ${amount}.`],
    payment: base.payment.map(swap),
  };
}

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const lines = (xs: readonly string[]) => xs.map(esc).join('<br>');

function tableHtml(t: LetterTable): string {
  const cell = (tag: string, i: number, v: string) => `<${tag} class="${t.columns[i]!.align}">${esc(v)}</${tag}>`;
  return `<table><thead><tr>${t.columns.map((c, i) => cell('th', i, c.label)).join('')}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map((v, i) => cell('td', i, v)).join('')}</tr>`)
    .join('')}${t.totals ? `<tr class="totals">${t.totals.map((v, i) => cell('td', i, v)).join('')}</tr>` : ''}</tbody></table>`;
}

/** The same letter as HTML for Chromium: same font, page, blocks and positions (the window zone in mm). */
function letterHtml(m: LetterModel): string {
  return `<section class="sheet">
  <div class="sender"><b>${esc(m.sender[0]!)}</b><br>${lines(m.sender.slice(1))}</div>
  <div class="recipient">${lines(m.recipient)}</div>
  <div class="date">${esc(m.placeAndDate)}</div>
  <i class="fold" style="top:99mm"></i><i class="fold" style="top:198mm"></i>
  <div class="body">
    ${m.registeredMention ? `<p class="reg">${esc(m.registeredMention)}</p>` : ''}
    <p class="subject">${esc(m.subject)}</p><p class="refs">${lines(m.references)}</p>
    <p class="salutation">${esc(m.salutation)}</p>
    ${m.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}
    ${m.table ? tableHtml(m.table) : ''}
    ${(m.paragraphsAfterTable ?? []).map((p) => `<p>${esc(p)}</p>`).join('')}
    <div class="payment">${lines(m.payment)}</div>
    <p>${esc(m.closing)}</p><div class="signature"><b>${esc(m.signature[0] ?? '')}</b><br>${lines(m.signature.slice(1))}</div>
  </div>
  <footer>${esc(m.footer)}<span>page 1 sur ${1 + m.annexes.length}</span></footer>
</section>${m.annexes
    .map(
      (a, i) => `<section class="sheet"><div class="body annex"><h2>${esc(a.title)}</h2>${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}${
        a.table ? tableHtml(a.table) : ''
      }</div><footer>${esc(m.footer)}<span>page ${i + 2} sur ${1 + m.annexes.length}</span></footer></section>`,
    )
    .join('')}`;
}

function documentHtml(models: readonly LetterModel[]): string {
  const font = pathToFileURL(join(root, 'assets/fonts')).href;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>
@font-face { font-family: Inter; src: url(${font}/Inter_400Regular.ttf); font-weight: 400; }
@font-face { font-family: Inter; src: url(${font}/Inter_700Bold.ttf); font-weight: 700; }
@page { size: A4; margin: 0 }
body { margin: 0; font-family: Inter; font-size: 9.5pt; line-height: 1.42; color: #1b1f24 }
.sheet { position: relative; width: 210mm; height: 297mm; box-sizing: border-box; padding: 15mm 20mm 24mm; page-break-after: always; overflow: hidden }
.sender { position: absolute; top: 15mm; left: 20mm; width: 84mm; font-size: 8.5pt; color: #474f59 } .sender b { font-size: 10.5pt; color: #1b1f24 }
.recipient { position: absolute; top: 52.5mm; left: 112mm; width: 74mm; font-size: 9pt; line-height: 1.22 }
.date { position: absolute; top: 83mm; left: 112mm }
.fold { position: absolute; left: 4mm; width: 6mm; border-top: 0.75pt solid #5f6873 }
.body { margin-top: 77mm } .body.annex { margin-top: 0 }
p { margin: 0 0 2.4mm; text-align: justify } .subject { font-weight: 700; font-size: 10pt; margin: 0 } .refs { font-size: 8.5pt; color: #474f59 }
.salutation { margin-top: 6.5mm } .reg { font-weight: 700; font-size: 9pt }
table { width: 100%; border-collapse: collapse; margin: 1.5mm 0 4mm; font-size: 8.5pt; font-variant-numeric: tabular-nums }
th { font-size: 7.8pt; color: #474f59; background: #f3f5f7; border-bottom: 0.75pt solid #1b1f24; padding: 1.5mm 1.2mm }
td { border-bottom: 0.4pt solid #c3c9d0; padding: 1.3mm 1.2mm } .right { text-align: right } .left { text-align: left }
.totals td { font-weight: 700; border-top: 0.75pt solid #1b1f24 }
.payment { background: #f3f5f7; border-left: 2pt solid #1b1f24; padding: 2.6mm 3.5mm; margin: 1.5mm 0 3mm; font-size: 9pt }
.signature { margin: 7mm 0 0 92mm } h2 { font-size: 12pt; border-bottom: 0.75pt solid #1b1f24; padding-bottom: 2mm }
footer { position: absolute; left: 20mm; right: 20mm; bottom: 10mm; border-top: 0.5pt solid #c3c9d0; padding-top: 1.6mm; font-size: 7pt; color: #474f59; display: flex; justify-content: space-between }
</style></head><body>${models.map(letterHtml).join('')}</body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
let fileCounter = 0;

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const batch = Array.from({ length: 100 }, (_, i) => letter(i));
  const rows: [string, number, number][] = [];

  // react-pdf, in its worker: the first letter counts the worker's start, the fonts' parsing and its warm-up.
  let t = performance.now();
  const renderer = createLetterRenderer();
  await renderer.render([letter(0)]);
  const reactCold = performance.now() - t;
  const reactWarm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) {
    t = performance.now();
    await renderer.render([letter(i + 1)]);
    reactWarm.push(performance.now() - t);
  }
  const reactTone: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) {
    const model = letter(i % 2 === 0 ? 0 : 2);
    t = performance.now();
    await renderer.render([{ ...model, paragraphs: [...model.paragraphs, `Version ${i}.`] }]);
    reactTone.push(performance.now() - t);
  }
  const reactBatch: number[] = [];
  let pages = 0;
  for (let i = 0; i < BATCH_RUNS; i += 1) {
    t = performance.now();
    const pdf = await renderer.render(batch);
    reactBatch.push(performance.now() - t);
    pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  }
  await renderer.close();

  // Chromium: the same letters as HTML, loaded from a file (so that the font loads) and printed.
  const print = async (page: import('playwright').Page, models: readonly LetterModel[]): Promise<number> => {
    const file = join(work, `letter-${fileCounter++}.html`);
    writeFileSync(file, documentHtml(models));
    const started = performance.now();
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return performance.now() - started;
  };
  t = performance.now();
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium' });
  const page = await browser.newPage();
  await print(page, [letter(0)]);
  const chromeCold = performance.now() - t;
  const chromeWarm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) chromeWarm.push(await print(page, [letter(i + 1)]));
  const chromeTone: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) chromeTone.push(await print(page, [letter(i % 2 === 0 ? 0 : 2)]));
  const chromeBatch: number[] = [];
  for (let i = 0; i < BATCH_RUNS; i += 1) chromeBatch.push(await print(page, batch));
  await browser.close();
  rmSync(work, { recursive: true, force: true });

  rows.push(['first letter after start (cold)', reactCold, chromeCold]);
  rows.push([`warm single letter (median of ${WARM_RUNS})`, median(reactWarm), median(chromeWarm)]);
  rows.push([`preview after a tone change (median of ${WARM_RUNS})`, median(reactTone), median(chromeTone)]);
  rows.push([`100 letters in one PDF, ${pages} pages (median of ${BATCH_RUNS})`, median(reactBatch), median(chromeBatch)]);

  console.log(`Letters: react-pdf in its worker vs Chromium printToPDF (Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log('| | react-pdf (worker) | Chromium page.pdf | ratio |');
  console.log('|---|---|---|---|');
  for (const [name, a, b] of rows) console.log(`| ${name} | ${ms(a)} | ${ms(b)} | ${(a / b).toFixed(2)}x |`);
  console.log('Targets: warm letter at most 0.5x Chromium; 100 letters at most 3x; preview update under 200 ms.');
}

await main();
