/**
 * Rows of small whole numbers in one growing table: how a long analysis holds what it has found
 * until it builds the result's objects in one go (see SpeakerTable and analyzeText). The objects of
 * a statement made as each story is read live through every young-generation collection of the rest
 * of the document and are copied at each; numbers in a typed array's buffer are never copied.
 * An article's few rows stay a plain array: a typed array per table would cost each article
 * off-heap buffers, and thousands of articles a second add up.
 */
import type { Cue } from './types';

/** A table's numbers: a plain array while small, an Int32Array once past PLAIN_LIMIT numbers. */
export type RowData = number[] | Int32Array;

const PLAIN_LIMIT = 1 << 12;

/** `n` zeros: a plain array up to PLAIN_LIMIT, an Int32Array past it. */
export function zeros(n: number): RowData {
  return n > PLAIN_LIMIT ? new Int32Array(n) : new Array<number>(n).fill(0);
}

export class IntRows {
  private rows: RowData = [];
  private size = 0;

  constructor(readonly width: number) {}

  get length(): number {
    return this.size / this.width;
  }

  /** The table, valid until the next `add`: row i is `data[i * width, (i + 1) * width)`. */
  get data(): RowData {
    return this.rows;
  }

  /** Appends a row of zeros; returns the offset in `data` of its first field. */
  add(): number {
    const at = this.size;
    this.size += this.width;
    if (this.size > this.rows.length) this.grow();
    return at;
  }

  private grow(): void {
    const rows = this.rows;
    if (Array.isArray(rows) && this.size <= PLAIN_LIMIT) {
      while (rows.length < this.size) rows.push(0);
      return;
    }
    const grown = new Int32Array(Math.max(this.size, 2 * rows.length));
    grown.set(rows);
    this.rows = grown;
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

/**
 * What a row keeps of a cue: its text is read from the analysed text when the row is read back, so
 * the statement finder hands over its cue hits as they are, without a string or an object more.
 */
export type CueFields = Pick<Cue, 'start' | 'end' | 'kind' | 'lemma' | 'gender' | 'plural'>;

/** Writes `cue` into fields [at, at + CUE_FIELDS) of `row`, its lemma numbered by `lemmas`. */
export function writeCue(row: RowData, at: number, cue: CueFields, lemmas: StringIds): void {
  row[at] = cue.start;
  row[at + 1] = cue.end;
  row[at + 2] = CUE_KINDS.indexOf(cue.kind);
  row[at + 3] = lemmas.id(cue.lemma);
  row[at + 4] = cue.kind === 'headline' ? NO_FIELDS : GENDERS.indexOf(cue.gender);
  row[at + 5] = PLURALS.indexOf(cue.plural);
}

/** The cue `writeCue` wrote at `at`, its text read from `text`: an object of the same fields as the one written. */
export function readCue(text: string, row: RowData, at: number, lemmas: StringIds): Cue {
  const start = row[at];
  const end = row[at + 1];
  const gender = row[at + 4];
  return gender === NO_FIELDS
    ? { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]] }
    : { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]], gender: GENDERS[gender], plural: PLURALS[row[at + 5]] };
}
