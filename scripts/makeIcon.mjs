// Renders media/icon.png (128x128) from the SVG below with headless Chromium, so the icon is
// reproducible from source:  node scripts/makeIcon.mjs
// A speech bubble holding Arabic guillemets « », the marks Arabic papers quote with, over the
// word إسناد: the chain of who said it.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f766e"/><stop offset="1" stop-color="#134e4a"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="24" fill="url(#bg)"/>
  <path d="M26 22 H102 a12 12 0 0 1 12 12 V70 a12 12 0 0 1 -12 12 H60 L42 98 V82 H26 a12 12 0 0 1 -12 -12 V34 a12 12 0 0 1 12 -12 Z"
        fill="#fefce8"/>
  <text x="64" y="68" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold"
        font-size="50" fill="#0f766e">«»</text>
  <text x="84" y="118" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold"
        font-size="22" fill="#fde68a" direction="rtl">إسناد</text>
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
