// `npm start`: builds Isnad, prints who said what in the seed article, then opens the article in
// VS Code with the extension loaded.
//   - desktop VS Code when `code` is on PATH: code --extensionDevelopmentPath=<repo> <seed>
//   - otherwise the offline VS Code server (installed under .vscode-test/ when absent, see
//     test/runner/host.mjs) with the repository as extensionDevelopmentPath, passed in the URL's
//     payload; its URL is printed and it runs until Ctrl+C.
// Options (after `npm start --`):
//   --server    use the VS Code server even when `code` is on PATH
//   --no-open   check the server answers, print the URL and exit (the default with CI=true or
//               without a terminal, so scripts never hang)
//   --check     also open the URL in headless Chromium, wait for the article and the rows of
//               Isnad's Who Said What panel, and save test-artifacts/screenshots/start.png
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensureHost, repoRoot } from '../test/runner/host.mjs';
import { startServer } from '../test/runner/server.mjs';

const SEED = join(repoRoot, 'seeds', '000_3cea5a5c1e717d72.txt');
const argv = process.argv.slice(2);
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
const check = argv.includes('--check');
const noOpen = argv.includes('--no-open') || check || ci || !process.stdout.isTTY;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

function onPath(cmd) {
  return (process.env.PATH ?? '').split(delimiter).some(dir => dir && existsSync(join(dir, cmd)));
}

run(process.execPath, ['esbuild.mjs']);
console.log('\n── who said what in the seed article (node dist/cli.js seeds/000_3cea5a5c1e717d72.txt) ──');
run(process.execPath, ['dist/cli.js', SEED]);
console.log();

if (onPath('code') && !argv.includes('--server')) {
  console.log('Opening the seed article in VS Code with Isnad (code --extensionDevelopmentPath) ...');
  // The folder too: its settings (seeds/.vscode) open the article in Arabic News mode.
  run('code', [`--extensionDevelopmentPath=${repoRoot}`, join(repoRoot, 'seeds'), SEED]);
  process.exit(0);
}

console.log('No `code` on PATH: starting the offline VS Code server (first run installs it, about 800 MB) ...');
const host = ensureHost({ log: m => console.log(`  ${m}`) });
const server = await startServer({ host });
const remote = path => `vscode-remote://127.0.0.1:${server.port}${path}`;
const payload = [
  ['extensionDevelopmentPath', remote(repoRoot)],
  ['openFile', remote(SEED)],
];
const url = `${server.url}/?folder=${encodeURIComponent(join(repoRoot, 'seeds'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

if (check) await screenshot(url);
if (noOpen) {
  console.log(`The VS Code server answered at ${server.url}. Run \`npm start\` in a terminal to keep it running; its URL looks like:\n\n  ${url}\n`);
  await server.stop();
  process.exit(0);
}

console.log(`\nOpen this URL in a browser (Chromium, Chrome, Firefox) for the seed article in VS Code with Isnad:\n\n  ${url}\n\nPress Ctrl+C to stop the server.`);
if (process.env.BROWSER !== 'none' && onPath('xdg-open') && process.env.DISPLAY) {
  spawn('xdg-open', [url], { stdio: 'ignore', detached: true }).unref();
}
const stop = async () => {
  console.log('\nStopping the VS Code server ...');
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', code => {
  console.error(`The VS Code server exited (code ${code}).`);
  process.exit(1);
});

/** Waits until a frame of the page (the panel's webview) shows statement rows. */
async function panelRows(page, timeoutMs) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await page.waitForTimeout(500)) {
    for (const frame of page.frames()) {
      if (await frame.locator('#statements [role="option"]').count().catch(() => 0) > 0) return;
    }
  }
  throw new Error(`no Who Said What rows after ${timeoutMs / 1000} s`);
}

/** Opens the URL as a person would and saves what they see; fails when the article or Isnad is missing. */
async function screenshot(pageUrl) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const file = join(repoRoot, 'test-artifacts', 'screenshots', 'start.png');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    // The article's tab and Isnad's activity-bar entry (contributed by the extension under development).
    await page.locator('.tab', { hasText: '000_3cea5a5c1e717d72.txt' }).first().waitFor({ timeout: 120_000 });
    await page.locator('.activitybar [aria-label*="Isnad"]').first().waitFor({ timeout: 120_000 });
    await page.locator('.activitybar [aria-label*="Isnad"]').first().click();
    // The Who Said What panel lists the article's statements: the extension activated, analysed
    // the article and drew its rows. The panel is a webview, whose page is a frame of its own that
    // the workbench lays over the side bar (not inside it in the DOM).
    await panelRows(page, 120_000);
    // In Arabic News mode, from the folder's settings (seeds/.vscode/settings.json).
    await page.locator('.statusbar-item', { hasText: 'Arabic News' }).first().waitFor({ timeout: 30_000 });
    // The chat panel opens by default in recent VS Code; it is not what this check is about.
    await page.locator('.part.auxiliarybar').getByRole('button', { name: /^Hide|^Close/ }).first().click({ timeout: 5000 }).catch(() => {});
    // The mouse rests on an empty stretch of the status bar, so no tooltip covers the screenshot.
    await page.mouse.move(640, 790);
    await page.waitForTimeout(1500);
    mkdirSync(join(repoRoot, 'test-artifacts', 'screenshots'), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`--check: the article and Isnad's sidebar showed; screenshot ${file}`);
  } catch (e) {
    console.error(`--check FAILED: ${e.message}`);
    await server.stop();
    process.exit(1);
  } finally {
    await browser.close();
  }
}
