/**
 * Which plain-text files open in the Arabic News mode: Arabic articles do, English notes and code
 * do not, whatever Arabic they quote; only `.txt` files and files without an extension are asked.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DETECTION_CHARS, isArabicDominant, isDetectablePath } from '../../src/vscode/arabicNewsDetection';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');

describe('Arabic News mode on open: which files', () => {
  it('takes an Arabic article, Latin photo credits and all', () => {
    assert.equal(isArabicDominant(seed), true);
    assert.equal(isArabicDominant('قال وزير المالية خالد العمري إن الحكومة سترفع الضرائب. © Reuters / John Smith'), true);
  });

  it('leaves English text alone, even when it quotes a sentence in Arabic', () => {
    assert.equal(isArabicDominant('Meeting notes: the minister said the budget will grow next year, and the press agreed.'), false);
    const quoting = 'The headline read "قال الوزير إن الحكومة سترفع الضرائب" and the English report followed it with a long translation of every word it said.';
    assert.equal(isArabicDominant(quoting), false);
  });

  it('needs more than a word or two of Arabic', () => {
    assert.equal(isArabicDominant('مرحبا'), false);
    assert.equal(isArabicDominant(''), false);
    assert.equal(isArabicDominant('1234 5678 — ... !!!'), false);
  });

  it('reads only the head of a file', () => {
    const english = 'This paragraph is in English and nothing else. '.repeat(Math.ceil(DETECTION_CHARS / 40));
    assert.equal(isArabicDominant(english + seed), false, 'Arabic after the head counted');
    assert.equal(isArabicDominant(seed.slice(0, 3200) + english), true);
  });

  it('asks only .txt files and files without an extension', () => {
    for (const path of ['/news/article.txt', '/news/ARTICLE.TXT', '/news/خبر', '/a.b/notes', 'story.txt']) assert.equal(isDetectablePath(path), true, path);
    for (const path of ['/news/article.md', '/src/index.ts', '/home/.env', '/news/', '/news/article.txt.bak']) assert.equal(isDetectablePath(path), false, path);
  });
});
