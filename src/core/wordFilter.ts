/**
 * A bit table of whole normalized words, asked before a map look-up. Looking a fresh token string
 * up in the verb index hashes it and probes a map of thousands of forms; most words of a line (في،
 * من، الماضي) are not there, and hashing their char codes into this table turns them away first.
 */
const LOG2_BITS = 18;

function wordHash(s: string): number {
  let h = Math.imul(s.length, 0x9e3779b1);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> (32 - LOG2_BITS);
}

export class WordFilter {
  private readonly bits = new Uint8Array(1 << (LOG2_BITS - 3));

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    const h = wordHash(word);
    this.bits[h >> 3] |= 1 << (h & 7);
  }

  /** False when `word` was certainly never added; true when it may have been. */
  mayHave(word: string): boolean {
    const h = wordHash(word);
    return (this.bits[h >> 3] & (1 << (h & 7))) !== 0;
  }

  /** A filter holding the words of both. */
  union(other: WordFilter): WordFilter {
    const out = new WordFilter();
    for (let i = 0; i < out.bits.length; i++) out.bits[i] = this.bits[i] | other.bits[i];
    return out;
  }
}
