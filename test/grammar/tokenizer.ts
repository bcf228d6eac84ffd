/**
 * Tokenizes text with the extension's TextMate grammar the way VS Code does (vscode-textmate on the
 * Oniguruma WebAssembly build), so the grammar tests see exactly the scopes a theme will colour.
 * Paths are resolved from the repository root: the bundled tests run from out/, not from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

export const ROOT_SCOPE = 'text.arabic-news';
export const GRAMMAR_PATH = join(process.cwd(), 'syntaxes', 'arabic-news.tmLanguage.json');

export interface Token {
  readonly text: string;
  /** Scopes from outermost to innermost, without the root scope. */
  readonly scopes: readonly string[];
}

let grammar: Promise<IGrammar> | undefined;

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(join(process.cwd(), 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === ROOT_SCOPE ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar(ROOT_SCOPE);
  if (!loaded) throw new Error(`grammar ${ROOT_SCOPE} did not load from ${GRAMMAR_PATH}`);
  return loaded;
}

/** The grammar, loaded once per test run. */
export function getGrammar(): Promise<IGrammar> {
  grammar ??= loadGrammar();
  return grammar;
}

/** Tokens of every line of `text`, carrying the rule stack from line to line as the editor does. */
export async function tokenizeLines(text: string): Promise<Token[][]> {
  const g = await getGrammar();
  let state: StateStack = INITIAL;
  return text.split(/\r\n|\r|\n/).map(line => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens
      .map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.filter(s => s !== ROOT_SCOPE) }))
      .filter(t => t.text.length > 0);
  });
}

/** The scopes of the first token whose text is `needle` on line `lineIndex` (0-based). */
export function scopesOf(lines: Token[][], needle: string, lineIndex = 0): readonly string[] {
  const token = lines[lineIndex]?.find(t => t.text === needle);
  if (!token) {
    const seen = (lines[lineIndex] ?? []).map(t => JSON.stringify(t.text)).join(' ');
    throw new Error(`no token ${JSON.stringify(needle)} on line ${lineIndex}; tokens: ${seen}`);
  }
  return token.scopes;
}

/**
 * A readable snapshot: each non-blank source line as a heading, then one `"token"<TAB>scopes` line
 * per token (`-` when only the root scope applies).
 */
export function formatSnapshot(text: string, lines: Token[][]): string {
  const source = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    if (source[i].trim() === '') return;
    out.push(`## ${i + 1}: ${source[i]}`);
    for (const t of tokens) out.push(`${JSON.stringify(t.text)}\t${t.scopes.length ? t.scopes.join(' ') : '-'}`);
  });
  return out.join('\n') + '\n';
}
