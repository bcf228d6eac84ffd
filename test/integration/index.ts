/**
 * The integration suite's entry point: VS Code's extension host calls `run()` (through
 * `extensionTestsPath`) under both hosts, the offline VS Code server driven by headless Chromium
 * (test/runner/runInServer.mjs) and desktop VS Code (test/runner/runInElectron.mjs).
 * It runs every compiled `*.test.js` next to this file, with both the BDD (describe/it) and the TDD
 * (suite/test) globals, and rejects when a test fails or when no test ran at all, so a suite that
 * silently found nothing cannot pass.
 */
import * as vscode from 'vscode';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type MochaType from 'mocha';
import { takeScreenshot } from './screenshot';
import { isnadApi } from './isnadApi';

/** The line the runners look for to know how many tests passed. */
export const RESULT_PREFIX = '[isnad-tests]';

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

/**
 * esbuild never deletes outputs: a test file that was renamed or removed would still run from
 * out/test/integration/; only files whose source test/integration/<name>.ts exists are run.
 */
function hasSource(compiled: string): boolean {
  const source = join(__dirname, '..', '..', '..', 'test', 'integration', relative(__dirname, compiled).replace(/\.js$/, '.ts'));
  if (existsSync(source)) return true;
  console.log(`${RESULT_PREFIX} skipping ${compiled}: its source ${source} is gone (stale build output)`);
  return false;
}

function loadMocha(): typeof MochaType {
  // mocha 12 is an ES module: require() returns its namespace, whose default export is the class.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('mocha') as typeof MochaType & { default?: typeof MochaType };
  return loaded.default ?? loaded;
}

export async function run(): Promise<void> {
  // The chat side bar opens by default in recent VS Code and would take a third of every screenshot.
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
  console.log(`${RESULT_PREFIX} VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI), Node ${process.version}`);
  const Mocha = loadMocha();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 30_000 });
  // Plain text: the output travels through the workbench to the runner's log. (Mocha ignores
  // `color: false` in the constructor options, and CI=true makes it colour by default.)
  Mocha.reporters.Base.useColors = false;
  Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' }); // pre-coloured when CI is set
  // Also expose suite()/test(): authors may pick either style.
  Mocha.interfaces.tdd(mocha.suite);
  // ISNAD_TEST_GREP=<regular expression> runs only the tests whose full title matches it (the extension host
  // inherits the runner's environment): quicker while working on one feature.
  const grep = process.env.ISNAD_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  const files = testFiles(__dirname).filter(hasSource);
  for (const file of files) mocha.addFile(file);
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const { passes = 0, pending = 0, tests = 0 } = runner.stats ?? {};
        console.log(`${RESULT_PREFIX} files=${files.length} tests=${tests} passed=${passes} failed=${failures} pending=${pending}`);
        // The end-of-suite screenshot, taken now: once run() settles, the workbench stops this
        // extension host and the sidebar, highlights and status bar item go with it.
        void takeScreenshot('workbench').then(async () => {
          // A feature that failed was caught and logged, not thrown: the log must stay empty.
          const errors = await isnadApi().then(api => api.loggedErrors(), () => []);
          for (const error of errors) console.error(`${RESULT_PREFIX} the extension logged an error: ${error}`);
          if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
          else if (errors.length > 0) reject(new Error(`the extension logged ${errors.length} error(s) during the suite`));
          else if (passes === 0) reject(new Error(`no integration test passed (found ${files.length} test files)`));
          else resolve();
        });
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
