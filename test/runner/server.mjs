/* global fetch */
// Starts VS Code's own server entry point (server-main.js, not the code-server wrapper, which rejects
// --enable-smoke-test-driver) on a free 127.0.0.1 port, and stops it with its whole process group.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp200(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the VS Code server exited with code ${child.exitCode} before answering`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`the VS Code server did not answer 200 at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * @param {object} o
 * @param {{node: string, serverMain: string}} o.host
 * @param {string} [o.extensionsDir] where installed extensions live (a temp folder by default)
 * @param {Record<string,string>} [o.env] extra environment, inherited by the extension host
 * @param {(line: string) => void} [o.onOutput] the server's own stdout/stderr lines
 */
export async function startServer({ host, extensionsDir, env = {}, onOutput = () => {}, startTimeoutMs = 60_000 }) {
  const port = await freePort();
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-vscode-'));
  const args = [
    host.serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    // Makes the workbench honour the `payload` URL parameter (extensionDevelopmentPath / extensionTestsPath).
    '--enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--server-data-dir', join(tmp, 'server-data'),
    '--user-data-dir', join(tmp, 'user-data'),
    '--extensions-dir', extensionsDir ?? join(tmp, 'extensions'),
  ];
  // detached: the server gets its own process group, so the extension host and its helpers die with it.
  const child = spawn(host.node, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', d => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop();
      lines.forEach(onOutput);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const groupAlive = () => {
    try {
      process.kill(-child.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  /** Stops the server, the extension host and everything else in the group; removes the temp folders. */
  const stop = async () => {
    for (const [signal, waitMs] of [['SIGTERM', 3000], ['SIGKILL', 2000]]) {
      if (!groupAlive()) break;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
      for (let t = 0; t < waitMs && groupAlive(); t += 100) await new Promise(r => setTimeout(r, 100));
    }
    rmSync(tmp, { recursive: true, force: true });
  };
  /** For process 'exit' handlers, where nothing asynchronous runs any more. */
  const killNow = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    await waitForHttp200(`${url}/`, child, startTimeoutMs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, url, child, tmp, stop, killNow };
}
