// Packages the extension as users get it (`npm run package` -> isnad.vsix) and installs that .vsix
// into a VS Code server's extensions folder, so the integration suite tests the shipped files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r.stdout + r.stderr;
}

/** Builds isnad.vsix; returns its path and vsce's one-line summary ("Packaged: isnad.vsix (12 files, 16 KB)"). */
export function packageVsix() {
  const out = run('npm', ['run', '--silent', 'package'], 'npm run package');
  const vsix = join(repoRoot, 'isnad.vsix');
  if (!existsSync(vsix)) throw new Error('npm run package did not produce isnad.vsix');
  const summary = out.split('\n').find(l => l.includes('Packaged:'))?.replace(/^.*DONE\s*/, '').trim() ?? vsix;
  return { vsix, summary };
}

/** Installs `vsix` with the server's own CLI into `extensionsDir`; returns the installed extension's folder. */
export function installVsix(host, vsix, extensionsDir, serverDataDir) {
  run(host.node, [host.serverMain, '--accept-server-license-terms', '--extensions-dir', extensionsDir,
    '--server-data-dir', serverDataDir, '--install-extension', vsix, '--force'], `installing ${vsix}`);
  const { publisher, name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const folder = join(extensionsDir, `${publisher}.${name}-${version}`.toLowerCase());
  if (!existsSync(join(folder, 'package.json'))) throw new Error(`${vsix} was not installed into ${folder}`);
  return folder;
}
