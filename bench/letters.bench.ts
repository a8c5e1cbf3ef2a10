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
/** Letters drawn before the warm figures, by the worker (its own warm-up, as in the app) and by Chromium alike. */
const WARM_UP = 40;
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

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const batch = Array.from({ length: 100 }, (_, i) => letter(i));

  // react-pdf, in its worker: the first letter counts the worker's start, the fonts' parsing and its warm-up.
  let t = performance.now();
  // The built worker (out/main), as the app runs it: from the sources it would run through tsx's loader.
  const renderer = createLetterRenderer({ builtDir: join(root, 'out', 'main'), warmUp: true });
  await renderer.render([letter(0)]);
  const reactCold = performance.now() - t;
  // As in the app: the worker draws its warm-up letters while idle after its start (V8 compiles the layout code).
  await renderer.whenWarm();
  const reactWarmUp = performance.now() - t;
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

  // Chromium: the same letters as HTML. Cold: launch, load the page (from a file, so that the fonts load), print.
  const file = join(work, 'letters.html');
  writeFileSync(file, documentHtml([letter(0)]));
  t = performance.now();
  const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium' });
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const chromeCold = performance.now() - t;
  // Two routes: the page kept open with its fonts loaded and its body replaced (Chromium's most favourable), and the
  // page loaded for every document (a print window opened on the letter's HTML).
  const printKept = async (models: readonly LetterModel[]): Promise<number> => {
    const html = models.map(letterHtml).join('');
    const started = performance.now();
    await page.evaluate((body) => {
      document.body.innerHTML = body;
    }, html);
    await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return performance.now() - started;
  };
  let fileCounter = 0;
  const printLoaded = async (models: readonly LetterModel[]): Promise<number> => {
    const each = join(work, `letters-${fileCounter++}.html`);
    writeFileSync(each, documentHtml(models));
    const started = performance.now();
    await page.goto(pathToFileURL(each).href);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return performance.now() - started;
  };
  const toneModel = (i: number): LetterModel => {
    const model = letter(i % 2 === 0 ? 0 : 2);
    return { ...model, paragraphs: [...model.paragraphs, `Version ${i}.`] };
  };
  const chrome = { warm: [[], []] as number[][], tone: [[], []] as number[][], batch: [[], []] as number[][] };
  for (const [route, print] of [printKept, printLoaded].entries()) {
    // The same warm-up as the worker's: forty letters printed and not counted.
    for (let i = 0; i < WARM_UP; i += 1) await print([letter(200 + i)]);
    for (let i = 0; i < WARM_RUNS; i += 1) chrome.warm[route]!.push(await print([letter(i + 1)]));
    for (let i = 0; i < WARM_RUNS; i += 1) chrome.tone[route]!.push(await print([toneModel(i)]));
    for (let i = 0; i < BATCH_RUNS; i += 1) chrome.batch[route]!.push(await print(batch));
  }
  await browser.close();
  rmSync(work, { recursive: true, force: true });

  const rows: [string, number, number, number | null][] = [
    ['first letter after start (cold)', reactCold, chromeCold, null],
    [`worker warm: ${WARM_UP} letters drawn in the background, from 3 s after start`, reactWarmUp, Number.NaN, null],
    [`warm single letter (median of ${WARM_RUNS})`, median(reactWarm), median(chrome.warm[0]!), median(chrome.warm[1]!)],
    [`preview after a tone change (median of ${WARM_RUNS})`, median(reactTone), median(chrome.tone[0]!), median(chrome.tone[1]!)],
    [`100 letters in one PDF, ${pages} pages (median of ${BATCH_RUNS})`, median(reactBatch), median(chrome.batch[0]!), median(chrome.batch[1]!)],
  ];
  console.log(`Letters: react-pdf in its worker vs Chromium printToPDF (Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  console.log('| | react-pdf (worker) | Chromium, page kept | ratio | Chromium, page loaded | ratio |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, a, b, c] of rows) {
    if (Number.isNaN(b)) console.log(`| ${name} | ${ms(a)} | | | | |`);
    else console.log(`| ${name} | ${ms(a)} | ${ms(b)} | ${(a / b).toFixed(2)}x | ${c === null ? '(cold: launch + load)' : ms(c)} | ${c === null ? '' : `${(a / c).toFixed(2)}x`} |`);
  }
  console.log('Targets: warm letter at most 0.5x Chromium; 100 letters at most 3x; preview update under 200 ms.');
}

await main();
