/**
 * A bit table of whole normalized words, asked before a map look-up. Looking a fresh token string
 * up in the verb index hashes it and probes a map of thousands of forms; most words of a line (في،
 * من، الماضي) are not there, and hashing their char codes into this table turns them away first.
 */
const LOG2_BITS = 18;

/**
 * The hash of a normalized word, in two steps so the tokenizer can fold it in while it reads the
 * word (tokens.ts): `hashStep` per code unit from `HASH_SEED`, then `finishHash` with the length.
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
export function finishHash(h: number, length: number): number {
  const x = Math.imul(h ^ length, 0x9e3779b1);
  return x ^ (x >>> 15);
}

export function wordHash(s: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return finishHash(h, s.length);
}

export class WordFilter {
  private readonly bits = new Uint8Array(1 << (LOG2_BITS - 3));

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const h = wordHash(word) >>> (32 - LOG2_BITS);
    this.bits[h >> 3] |= 1 << (h & 7);
  }

  /** False when `word` was certainly never added; true when it may have been. */
  mayHave(word: string): boolean {
    return this.mayHaveHash(wordHash(word));
  }

  /** `mayHave` for a word whose `wordHash` is known (a token's `hash`). */
  mayHaveHash(hash: number): boolean {
    const h = hash >>> (32 - LOG2_BITS);
    return (this.bits[h >> 3] & (1 << (h & 7))) !== 0;
  }

  /** A filter holding the words of both. */
  union(other: WordFilter): WordFilter {
    const out = new WordFilter();
    for (let i = 0; i < out.bits.length; i++) out.bits[i] = this.bits[i] | other.bits[i];
    return out;
  }
}
