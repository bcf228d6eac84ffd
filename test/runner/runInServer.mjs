// Runs the integration suite (test/integration/index.ts -> out/test/integration/index.js) inside a
// real VS Code, offline: VS Code's server (from code-server, see host.mjs) plus Debian's Chromium
// driven headless by playwright-core. See vscode-testing.md.
//
//   node test/runner/runInServer.mjs [--dev] [--no-build] [--timeout SECONDS]
//
// By default the extension is packaged (`npm run package`) and the .vsix installed into the server
// with --install-extension, so what users install is what is tested. VS Code only runs a test suite
// for an extension under development (the extension host refuses extensionTestsPath without
// extensionDevelopmentPath), so extensionDevelopmentPath points at the *installed* copy of the .vsix:
// the suite sees exactly the files the .vsix holds. `--dev` (or ISNAD_TEST_DEV=1) skips packaging
// and points extensionDevelopmentPath at the repository instead: quicker while iterating.
//
// Exit code: the suite's. It is non-zero when a test fails, when no test passed, when the extension
// fails to activate, or when the suite does not finish within the time limit (300 s by default,
// --timeout or ISNAD_TEST_TIMEOUT_S). A failed activation surfaces as a failing test: the slice test
// awaits extension.activate(), which rejects with activate()'s error (tried: a throwing activate()
// failed the run). The server cannot log it itself: this build lacks the native spdlog file logger.
// Screenshots go to test-artifacts/screenshots/: workbench.png at the end, plus any a test asks for
// with takeScreenshot() (test/integration/screenshot.ts describes the protocol).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureHost, repoRoot } from './host.mjs';
import { startServer } from './server.mjs';
import { installVsix, packageVsix } from './vsix.mjs';
import { prepareWorkspace } from './workspace.mjs';

const argv = process.argv.slice(2);
const devMode = argv.includes('--dev') || process.env.ISNAD_TEST_DEV === '1';
const build = !argv.includes('--no-build');
const timeoutArg = argv.indexOf('--timeout');
const timeoutS = Number(timeoutArg >= 0 ? argv[timeoutArg + 1] : (process.env.ISNAD_TEST_TIMEOUT_S ?? 300));
if (!(timeoutS > 0)) {
  console.error('[vscode-server] --timeout / ISNAD_TEST_TIMEOUT_S must be a number of seconds');
  process.exit(2);
}
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = join(repoRoot, 'test-artifacts');
const screenshotDir = join(artifacts, 'screenshots');
const SCREENSHOT_PREFIX = '[isnad-screenshot]'; // test/integration/screenshot.ts
const THEME_PREFIX = '[isnad-theme]'; // test/integration/screenshot.ts
const RESULT_PREFIX = '[isnad-tests]'; // test/integration/index.ts

const verbose = process.env.ISNAD_VERBOSE === '1';
const consoleLog = [];
/** Console messages of this offline server build that say nothing about the extension under test. */
const HARMLESS = [
  /spdlog[\s\S]*bindings|bindings[\s\S]*spdlog/, // native logger not built (installed without scripts); VS Code falls back
  /native-watchdog|build\/Release\/watchdog/, // same: optional native module
  /ENOTFOUND|open-vsx\.org|getaddrinfo/, // no network: marketplace and telemetry hosts
  /ServiceWorker|Service Worker/,
  /authentication provider 'github'|No default agent contributed|vsda/, // chat / GitHub sign-in, absent offline
];

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = msg => console.log(`[vscode-server] ${msg}`);

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

async function main() {
  const host = ensureHost({ log: say });
  say(`host ready (${host.installed ? 'installed now' : 'cached'}) in ${host.seconds.toFixed(1)} s`);
  if (build) {
    step('node', ['esbuild.mjs']);
    step('node', ['esbuild.mjs', '--tests']);
  }
  // Not wiped first: another run in the same checkout may be writing its screenshots there too.
  mkdirSync(screenshotDir, { recursive: true });

  const scratch = mkdtempSync(join(tmpdir(), 'isnad-ext-'));
  const extensionsDir = join(scratch, 'extensions');
  let extensionPath = repoRoot;
  if (!devMode) {
    const { vsix, summary } = packageVsix();
    extensionPath = installVsix(host, vsix, extensionsDir, join(scratch, 'install-data'));
    say(`${summary}; installed into ${extensionPath}`);
  } else {
    say(`--dev: testing the repository itself (${repoRoot}), not a packaged .vsix`);
  }
  const workspace = prepareWorkspace();

  const serverLog = [];
  const server = await startServer({
    host,
    extensionsDir,
    env: { ISNAD_SCREENSHOT_DIR: screenshotDir },
    onOutput: line => serverLog.push(line),
  });
  const onSignal = () => {
    server.killNow();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  say(`VS Code server at ${server.url} (${elapsed()})`);

  let browser;
  let page;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outcome = await runSuite(page, server, extensionPath, workspace);
    return outcome;
  } finally {
    // Only when the suite did not take it (a hung or crashed run): the workbench stops the
    // extension host before it calls codeAutomationExit, so a shot taken now shows the views
    // without their data (empty trees under the last description and badge), no highlights and
    // no status bar item. test/integration/index.ts asks for `workbench` while the host is alive.
    if (page && !suiteTookWorkbenchShot) {
      await page.screenshot({ path: join(screenshotDir, 'workbench.png'), timeout: 15_000 })
        .then(() => say(`screenshot: ${join(screenshotDir, 'workbench.png')}`))
        .catch(e => say(`could not save the workbench screenshot: ${e.message}`));
    }
    await browser?.close().catch(() => {});
    await server.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(scratch, { recursive: true, force: true });
    rmSync(dirname(workspace), { recursive: true, force: true });
    if (process.exitCode) {
      const tail = serverLog.slice(-40).join('\n');
      if (tail) console.error(`--- last lines of the VS Code server output ---\n${tail}`);
    }
  }
}

/** Opens the workbench with the test payload; resolves with the exit code and what the log showed. */
async function runSuite(page, server, extensionPath, workspace) {
  const remote = path => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(join(repoRoot, 'out', 'test', 'integration', 'index'))],
  ];
  let passed = -1;
  let suiteStarted = false;
  let activationFailed = false;
  let pendingShots = Promise.resolve();
  let settle;
  const finished = new Promise(resolve => (settle = resolve));

  await page.exposeFunction('codeAutomationLog', (level, args) => {
    // The workbench's and the extension host's console arguments, format string first (mocha's
    // reporter uses %s / %d). Everything goes to test-artifacts/logs/console.log; the terminal gets
    // the suite's own output, plus the first line of any workbench error that is not known noise.
    const text = Array.isArray(args) ? format(...args) : String(args);
    consoleLog.push(`[${level}] ${text}`);
    if (text.includes(RESULT_PREFIX)) suiteStarted = true;
    const noise = HARMLESS.some(re => re.test(text));
    if (verbose || (suiteStarted && !noise)) {
      for (const line of text.split('\n')) console.log(level === 'error' || level === 'warn' ? `  [${level}] ${line}` : `  ${line}`);
    } else if (level === 'error' && !noise) {
      console.log(`  [error] ${text.split('\n')[0].slice(0, 300)}`);
    }
    for (const line of text.split('\n')) {
      const shot = line.indexOf(SCREENSHOT_PREFIX);
      if (shot >= 0 && !line.includes('no screenshot')) {
        const name = line.slice(shot + SCREENSHOT_PREFIX.length).trim();
        if (/^[\w.-]+$/.test(name)) pendingShots = pendingShots.then(() => screenshot(page, name));
      }
      const theme = line.indexOf(THEME_PREFIX);
      if (theme >= 0) {
        const label = line.slice(theme + THEME_PREFIX.length).trim();
        if (/^[\w .+-]+$/.test(label)) pendingShots = pendingShots.then(() => pickTheme(page, label));
      }
      const counts = line.match(/\[isnad-tests\] .*\bpassed=(\d+)/);
      if (counts) passed = Number(counts[1]);
      if (/Activating extension '?isnad-team\.isnad'? failed/i.test(line)) activationFailed = true;
    }
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (code !== 0 && Array.isArray(logs)) saveLogs(logs);
    settle({ code });
  });
  page.on('crash', () => settle({ code: 1, reason: 'the workbench page crashed' }));

  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutS * 1000 });
  const timer = setTimeout(() => settle({ code: 1, reason: `the suite did not finish within ${timeoutS} s (hung?)` }), timeoutS * 1000);
  const result = await finished;
  clearTimeout(timer);
  await pendingShots;
  mkdirSync(join(artifacts, 'logs'), { recursive: true });
  writeFileSync(join(artifacts, 'logs', 'console.log'), consoleLog.join('\n') + '\n');

  let code = result.code;
  const reasons = [];
  if (result.reason) reasons.push(result.reason);
  if (activationFailed) reasons.push('the extension failed to activate');
  if (code === 0 && passed <= 0) reasons.push(passed === 0 ? 'no test passed' : 'the suite reported no test counts');
  if (reasons.length || code !== 0) {
    code = code || 1;
    console.error(`[vscode-server] FAILED: ${reasons.join('; ') || `the suite exited with code ${result.code}`} (${elapsed()})`);
  } else {
    say(`${passed} integration test(s) passed in VS Code (${elapsed()})`);
  }
  process.exitCode = code;
  return code;
}

let suiteTookWorkbenchShot = false;

async function screenshot(page, name) {
  const file = join(screenshotDir, `${name}.png`);
  if (name === 'workbench') suiteTookWorkbenchShot = true;
  try {
    await settled(page);
    await page.screenshot({ path: `${file}.tmp`, type: 'png', timeout: 10_000 });
    renameSync(`${file}.tmp`, file);
  } catch (e) {
    say(`screenshot ${name} failed: ${e.message}`);
  }
}

/**
 * Waits (at most 5 s) until no view shows its progress bar, then two frames: a test asks for its
 * screenshot as soon as the extension host has the analysis, and the workbench page may still be
 * fetching the tree's rows (the seed-article shot once caught the Who Said What view empty under
 * its "26 statements" header). A page that stays busy is shot as it is.
 */
async function settled(page) {
  await page.waitForFunction(() => globalThis.document.querySelector('.part.sidebar .monaco-progress-container.active, .part.auxiliarybar .monaco-progress-container.active') === null, null, { timeout: 5_000 })
    .catch(() => say('screenshot: a view was still busy after 5 s'));
  await page.evaluate(() => new Promise(r => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r)))).catch(() => {});
}

/** Picks a colour theme the way a person does: the theme picker, its filter, Enter. */
async function pickTheme(page, label) {
  try {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.waitForSelector('.quick-input-widget .monaco-list-row', { timeout: 10_000 });
    await page.keyboard.type(label);
    await page.waitForTimeout(300);
    await page.keyboard.press('Enter');
  } catch (e) {
    say(`could not pick the theme ${label}: ${e.message}`);
  }
}

function saveLogs(logs) {
  const dir = join(artifacts, 'logs');
  for (const { relativePath, contents } of logs) {
    if (typeof relativePath !== 'string' || relativePath.includes('..')) continue;
    mkdirSync(dirname(join(dir, relativePath)), { recursive: true });
    writeFileSync(join(dir, relativePath), contents ?? '');
  }
  say(`VS Code logs saved under ${dir}`);
}

main()
  .then(code => process.exit(code))
  .catch(e => {
    console.error(`[vscode-server] FAILED: ${e.message}`);
    process.exit(1);
  });
