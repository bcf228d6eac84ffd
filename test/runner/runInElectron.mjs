// Runs the integration suite in desktop VS Code through @vscode/test-electron, for machines with
// internet access (it downloads VS Code into .vscode-test/). The suite index is the same one the
// offline runner (runInServer.mjs) uses. On headless Linux run it under a virtual display:
//
//   xvfb-run -a npm run test:electron            (VSCODE_VERSION=1.100.0 to pin a version)
//
// Screenshots are taken only by the offline runner: takeScreenshot() returns false here.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from './host.mjs';
import { prepareWorkspace } from './workspace.mjs';

const version = process.env.VSCODE_VERSION ?? 'stable';
const timeoutS = Number(process.env.ISNAD_TEST_TIMEOUT_S ?? 600);
const t0 = Date.now();
const say = msg => console.log(`[vscode-electron] ${msg}`);

async function main() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('no DISPLAY: desktop VS Code needs one on Linux; run `xvfb-run -a npm run test:electron`');
  }
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, timeout: 60_000 });
  } catch (e) {
    throw new Error(`could not download VS Code ${version} (${e.message}). This runner needs internet access; ` +
      'offline, use `npm run test:integration` (VS Code server + headless Chromium).', { cause: e });
  }
  const workspace = prepareWorkspace();
  const timer = setTimeout(() => {
    console.error(`[vscode-electron] FAILED: the suite did not finish within ${timeoutS} s (hung?)`);
    process.exit(1);
  }, timeoutS * 1000);
  try {
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    return code;
  } finally {
    clearTimeout(timer);
    rmSync(dirname(workspace), { recursive: true, force: true });
  }
}

main()
  .then(code => {
    say(`${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    process.exit(code);
  })
  .catch(e => {
    console.error(`[vscode-electron] FAILED: ${e.message}`);
    process.exit(1);
  });
