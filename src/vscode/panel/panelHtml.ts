/**
 * The Who Said What webview's page: right to left, its one script and one style sheet from the
 * extension's own files, and a Content Security Policy that allows nothing else (no inline script,
 * no inline style, no remote resource). The rows are built by the script from the extension's
 * messages, with `textContent`, so article text never becomes markup. No vscode import: unit-tested.
 */

export interface PanelPage {
  /** The webview's own origin for local resources (`webview.cspSource`). */
  readonly cspSource: string;
  /** A fresh random value per page: only the script carrying it runs. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** The UI's language (`vscode.env.language`). */
  readonly lang: string;
  readonly title: string;
  readonly filterLabel: string;
  readonly statementsLabel: string;
  readonly sourcesLabel: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ESCAPES[c]!);
}

/** 32 random characters from `randomValues` (the platform's crypto), for the script's nonce. */
export function makeNonce(randomValues: (bytes: Uint8Array) => Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomValues(new Uint8Array(32)), b => alphabet[b % alphabet.length]).join('');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `img-src ${cspSource}`, `font-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function panelHtml(page: PanelPage): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${e(page.lang)}" dir="rtl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(page.cspSource, page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${e(page.styleUri)}">
<title>${e(page.title)}</title>
</head>
<body>
<div class="toolbar">
<input id="filter" type="search" dir="rtl" autocomplete="off" spellcheck="false" placeholder="${e(page.filterLabel)}" aria-label="${e(page.filterLabel)}" aria-controls="statements sources">
</div>
<div id="summary" class="summary" dir="auto" role="status" aria-live="polite"></div>
<div id="notice" class="notice" hidden></div>
<div id="statements" class="list" role="listbox" tabindex="0" aria-label="${e(page.statementsLabel)}"></div>
<h2 id="sources-heading" class="section" hidden>${e(page.sourcesLabel)}</h2>
<div id="sources" class="list" role="listbox" tabindex="0" aria-labelledby="sources-heading" hidden></div>
<script nonce="${e(page.nonce)}" src="${e(page.scriptUri)}"></script>
</body>
</html>
`;
}
