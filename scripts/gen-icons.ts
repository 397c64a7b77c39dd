/** Renders the toolbar icon (an SVG drawn here) to public/icon/<size>.png with Chromium. Run after changing it. */
import { chromium } from '@playwright/test';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#0b5cad"/>
  <rect x="30" y="26" width="68" height="80" rx="10" fill="#ffffff"/>
  <rect x="40" y="40" width="48" height="9" rx="4.5" fill="#0b5cad"/>
  <rect x="40" y="58" width="34" height="7" rx="3.5" fill="#7aa7d6"/>
  <rect x="40" y="72" width="40" height="7" rx="3.5" fill="#7aa7d6"/>
  <circle cx="90" cy="92" r="20" fill="#1e9e54" stroke="#ffffff" stroke-width="6"/>
  <path d="M80 92 l7 7 l13 -14" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
