/** Rasterises assets/icon.svg to assets/icon.png (512×512) with Chromium: `node --import tsx scripts/render-icon.ts`. */
import { chromium } from 'playwright';
import { readFile } from 'node:fs/promises';

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium' });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
console.log('assets/icon.png written');
