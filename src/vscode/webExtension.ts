/**
 * The VS Code for the Web entry point (dist/web/extension.js). That extension host is itself a web
 * worker without worker_threads, so every document is analysed on its thread; it never imports
 * the Node worker (esbuild bundles from here, and the build checks the bundle for Node modules).
 */
import type * as vscode from 'vscode';
import { activateIsnad } from './activateIsnad';
import type { IsnadApi } from './api';

export function activate(context: vscode.ExtensionContext): IsnadApi {
  return activateIsnad(context);
}

export function deactivate(): void {}
