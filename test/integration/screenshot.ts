/**
 * Asks the test runner for a screenshot of the workbench as a person sees it at this point of a test.
 *
 * Protocol with test/runner/runInServer.mjs: the runner starts the VS Code server with
 * `ISNAD_SCREENSHOT_DIR=<repo>/test-artifacts/screenshots`, and the server passes its environment on
 * to the extension host (checked: the variable is visible here in `process.env`). This helper logs
 * `[isnad-screenshot] <name>`; the runner sees the line in the extension host output it receives
 * through `codeAutomationLog`, takes `page.screenshot()` to `<dir>/<name>.png.tmp` and renames it to
 * `<dir>/<name>.png`, which is what this helper waits for. Under desktop VS Code
 * (@vscode/test-electron) nobody takes screenshots and the variable is unset, so it returns false
 * at once and the test goes on.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_PREFIX = '[isnad-screenshot]';

/** Resolves true once `<name>.png` exists, false when screenshots are off or the runner did not answer. */
export async function takeScreenshot(name: string, timeoutMs = 20_000): Promise<boolean> {
  const dir = process.env.ISNAD_SCREENSHOT_DIR;
  if (!dir) return false;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  const file = join(dir, `${name}.png`);
  rmSync(file, { force: true });
  console.log(`${SCREENSHOT_PREFIX} ${name}`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (existsSync(file)) return true;
    await new Promise(r => setTimeout(r, 100));
  }
  console.warn(`${SCREENSHOT_PREFIX} no screenshot ${name}.png after ${timeoutMs} ms`);
  return false;
}

export const THEME_PREFIX = '[isnad-theme]';

/**
 * Asks the runner to pick a colour theme through the workbench's own theme picker (Ctrl+K Ctrl+T),
 * as a person would. Writing `workbench.colorTheme` from the extension host is not enough in the
 * browser-hosted workbench: the API then reports the new theme kind, but the page keeps painting
 * the old theme, so the dark screenshot came out light. Returns false when no runner drives a page
 * (desktop VS Code); the caller then falls back to the setting.
 */
export function requestThemeFromRunner(themeLabel: string): boolean {
  if (!process.env.ISNAD_SCREENSHOT_DIR) return false;
  console.log(`${THEME_PREFIX} ${themeLabel}`);
  return true;
}
