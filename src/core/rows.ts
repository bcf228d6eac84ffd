/**
 * Rows of whole numbers in one growing Int32Array: how a long analysis holds what it has found until
 * it builds the result's objects in one go (see SpeakerTable and analyzeText). The objects of a
 * statement made as each story is read live through every young-generation collection of the rest
 * of the document and are copied at each; numbers in a typed array's buffer are not, and the objects
 * built together at the end fill whole pages that the collector promotes without copying them.
 */
import type { Cue } from './types';

export class IntRows {
  private rows: Int32Array;
  private count = 0;

  constructor(readonly width: number, capacity = 64) {
    this.rows = new Int32Array(width * capacity);
  }

  get length(): number {
    return this.count;
  }

  /** The table, valid until the next `add`: row i is `data[i * width, (i + 1) * width)`. */
  get data(): Int32Array {
    return this.rows;
  }

  /** Appends a row of zeros; returns the offset in `data` of its first field. */
  add(): number {
    const at = this.count * this.width;
    if (at + this.width > this.rows.length) {
      const grown = new Int32Array(Math.max(2 * this.rows.length, at + this.width));
      grown.set(this.rows);
      this.rows = grown;
    }
    this.count++;
    return at;
  }
}

/** Strings by a small number each, so a row can name one (a cue's lemma). */
export class StringIds {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.ids.set(s, id);
      this.strings.push(s);
    }
    return id;
  }
}

const CUE_KINDS: readonly Cue['kind'][] = ['verb', 'phrase', 'headline'];
/** A cue's gender and plural as numbers; a headline's cue has neither field (NO_FIELDS). */
const GENDERS = [undefined, 'm', 'f'] as const;
const PLURALS = [undefined, false, true] as const;
const NO_FIELDS = -1;

/** How many fields of a row `writeCue` fills. */
export const CUE_FIELDS = 6;

/** Writes `cue` into fields [at, at + CUE_FIELDS) of `row`, its lemma numbered by `lemmas`. */
export function writeCue(row: Int32Array, at: number, cue: Cue, lemmas: StringIds): void {
  row[at] = cue.start;
  row[at + 1] = cue.end;
  row[at + 2] = CUE_KINDS.indexOf(cue.kind);
  row[at + 3] = lemmas.id(cue.lemma);
  row[at + 4] = 'gender' in cue ? GENDERS.indexOf(cue.gender) : NO_FIELDS;
  row[at + 5] = PLURALS.indexOf(cue.plural);
}

/** The cue `writeCue` wrote at `at`, its text read from `text`: an object of the same fields as the one written. */
export function readCue(text: string, row: Int32Array, at: number, lemmas: StringIds): Cue {
  const start = row[at];
  const end = row[at + 1];
  const gender = row[at + 4];
  return gender === NO_FIELDS
    ? { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]] }
    : { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]], gender: GENDERS[gender], plural: PLURALS[row[at + 5]] };
}
