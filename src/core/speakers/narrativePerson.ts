/**
 * The person a story is about when a verb of saying opens a paragraph with no subject and no source
 * has spoken yet (بهذه الكلمات بدأ المدرب الوطني سامي حمد حديثه ... / وأضاف: ...). The implied
 * subject is then the person the narrative last introduced by a role and a name, in the paragraphs
 * just before. Asked only for such verbs, so the lines are read again only then.
 */
import { lineContext } from '../text/lineContext';
import { TokenBuffer, type Line } from '../text/tokens';
import { mentionParts, speakerAfter } from './speakerPhrase';
import type { MentionParts } from './speakers';
import { TITLES } from '../lexicon/grammar';
import { bare } from '../lexicon/wordClasses';
import type { QuoteSpan, TextSpan } from '../types';
import type { VerbLookup } from '../statements/cues';

/** How many paragraphs before the verb's are read. */
const REACH = 3;

const BUFFER = new TokenBuffer();

/**
 * The person named with a role in the paragraphs before line `index` (down to `floor`, the topic's
 * first line): in the latest paragraph that has one, the first of its last sentence that has one.
 */
export function personBefore(
  text: string, lines: readonly Line[], index: number, floor: number,
  quotesOf: (line: Line) => readonly QuoteSpan[], lookup: VerbLookup,
): { parts: MentionParts; mention: TextSpan } | undefined {
  for (let l = index - 1; l >= Math.max(floor, index - REACH); l--) {
    const line = lines[l];
    if (line.end - line.start < 2) continue;
    BUFFER.clear();
    const found = personIn(text, line, quotesOf(line), lookup);
    if (found !== undefined) return found;
  }
  return undefined;
}

function personIn(text: string, line: Line, quotes: readonly QuoteSpan[], lookup: VerbLookup): { parts: MentionParts; mention: TextSpan } | undefined {
  const ctx = lineContext(text, line, quotes, undefined, BUFFER);
  const { toks } = ctx;
  let best: { parts: MentionParts; mention: TextSpan } | undefined;
  let bestSentence = -1;
  for (let k = 0; k < toks.length; k++) {
    if (!toks.isWord(k) || ctx.quoteOf[k] >= 0 || !TITLES.has(bare(toks.norm(k)))) continue;
    // A role's later words (نائب رئيس ...) are read with its first.
    if (k > 0 && toks.isWord(k - 1) && TITLES.has(bare(toks.norm(k - 1)))) continue;
    const sentence = ctx.sentenceStart[k];
    if (sentence === bestSentence) continue;
    const np = speakerAfter(ctx, k, lookup);
    if (np === undefined) continue;
    const parts = mentionParts(ctx, np);
    if (parts.type !== 'person' || parts.roleOnly) continue;
    best = { parts, mention: { start: np.start, end: np.end, text: text.slice(np.start, np.end) } };
    bestSentence = sentence;
    k = np.last;
  }
  return best;
}
