/**
 * One log channel for the extension, and `guarded` to wrap every event handler: a bug in a view must
 * show up in the Isnad log, never as an error thrown into VS Code's extension host while someone types.
 */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function registerLog(): vscode.Disposable {
  channel = vscode.window.createOutputChannel('Isnad', { log: true });
  return new vscode.Disposable(() => {
    channel?.dispose();
    channel = undefined;
  });
}

/** The errors logged since activation, latest last (at most MAX_KEPT): see IsnadApi.loggedErrors. */
const logged: string[] = [];
const MAX_KEPT = 100;

export function loggedErrors(): readonly string[] {
  return [...logged];
}

export function logError(where: string, error: unknown): void {
  const summary = error instanceof Error ? error.message : String(error);
  const message = error instanceof Error ? `${summary}\n${error.stack ?? ''}` : summary;
  logged.push(`${where}: ${summary}`);
  if (logged.length > MAX_KEPT) logged.shift();
  if (channel) channel.error(`${where}: ${message}`);
  else console.error(`[isnad] ${where}: ${message}`);
}

export function logInfo(message: string): void {
  channel?.info(message);
}

/** The handler, with any exception caught and logged; returns `fallback` when it throws. */
export function guarded<A extends unknown[], R>(where: string, handler: (...args: A) => R, fallback?: R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      const result = handler(...args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          logError(where, error);
          return fallback;
        }) as R;
      }
      return result;
    } catch (error) {
      logError(where, error);
      return fallback;
    }
  };
}
