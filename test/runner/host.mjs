// The offline VS Code host: Node 24 (npm package `node@24`) and the VS Code server shipped inside
// `code-server@4.139.1`, cached under .vscode-test/server-host/ (see vscode-testing.md). This machine
// class reaches only the npm and Debian registries, so @vscode/test-electron cannot download VS Code;
// code-server's build is the same workbench and the same Node extension host.
//
//   node test/runner/host.mjs      install when absent (idempotent), print where it is and how long it took
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
const hostDir = join(repoRoot, '.vscode-test', 'server-host');
const nodeBinDir = join(hostDir, 'node24', 'node_modules', '.bin');
const vscodeDir = join(hostDir, 'pkg', 'node_modules', 'code-server', 'lib', 'vscode');

export const hostPaths = {
  dir: hostDir,
  node: join(nodeBinDir, 'node'),
  serverMain: join(vscodeDir, 'out', 'server-main.js'),
  vscodeDir,
};

/** Runs `npm` quietly; on failure prints what npm said and throws. */
function npm(args, cwd, env = process.env) {
  const r = spawnSync('npm', ['--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`npm ${args.join(' ')} failed (exit ${r.status}) in ${cwd}`);
  }
}

function nodeIs24() {
  if (!existsSync(hostPaths.node)) return false;
  try {
    return execFileSync(hostPaths.node, ['--version'], { encoding: 'utf8' }).startsWith('v24.');
  } catch {
    return false;
  }
}

function serverInstalled() {
  return existsSync(hostPaths.serverMain) && existsSync(join(vscodeDir, 'package.json'));
}

function runtimeDepsInstalled() {
  // Written by npm once the VS Code runtime dependencies (e.g. `cookie`, used by server-main) are in.
  return existsSync(join(vscodeDir, 'node_modules', '.package-lock.json')) && existsSync(join(vscodeDir, 'node_modules', 'cookie'));
}

/** Installs whatever part of the host is missing; returns the paths and whether anything was installed. */
export function ensureHost({ log = () => {} } = {}) {
  const t0 = Date.now();
  let installed = false;
  mkdirSync(hostDir, { recursive: true });
  const envWithNode24 = { ...process.env, PATH: `${nodeBinDir}:${process.env.PATH}` };
  if (!nodeIs24()) {
    log('installing node@24 ...');
    npm(['install', '--prefix', join(hostDir, 'node24'), 'node@24'], repoRoot);
    installed = true;
  }
  if (!serverInstalled()) {
    log(`installing code-server@${CODE_SERVER_VERSION} ...`);
    // --ignore-scripts: code-server's postinstall builds native modules (needs libkrb5-dev) that the
    // bare VS Code server does not need.
    npm(['install', '--prefix', join(hostDir, 'pkg'), '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], repoRoot, envWithNode24);
    installed = true;
  }
  if (!runtimeDepsInstalled()) {
    log('installing the VS Code server runtime dependencies ...');
    npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir, envWithNode24);
    installed = true;
  }
  const missing = [hostPaths.node, hostPaths.serverMain].filter(p => !existsSync(p));
  if (missing.length || !nodeIs24() || !runtimeDepsInstalled()) {
    throw new Error(`the VS Code host is incomplete after installing; missing: ${missing.join(', ') || 'node 24 / runtime deps'}`);
  }
  return { ...hostPaths, installed, seconds: (Date.now() - t0) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const host = ensureHost({ log: m => console.log(`[host] ${m}`) });
    console.log(`[host] VS Code server ${host.installed ? 'installed' : 'already present'} in ${host.seconds.toFixed(1)} s: ${host.dir}`);
  } catch (e) {
    console.error(`[host] ${e.message}`);
    process.exit(1);
  }
}
