/**
 * Rows of small whole numbers in one growing array: how a long analysis holds what it has found
 * until it builds the result's objects in one go (see SpeakerTable and analyzeText). The objects of
 * a statement made as each story is read live through every young-generation collection of the rest
 * of the document and are copied at each; one array of small integers is a single object, which the
 * collector does not copy once it is large. A plain array, not a typed one: an article's few rows
 * would otherwise cost an off-heap buffer each, and thousands of articles a second add up.
 */
import type { Cue } from './types';

export class IntRows {
  private readonly rows: number[] = [];

  constructor(readonly width: number) {}

  get length(): number {
    return this.rows.length / this.width;
  }

  /** The table: row i is `data[i * width, (i + 1) * width)`. */
  get data(): number[] {
    return this.rows;
  }

  /** Appends a row of zeros; returns the offset in `data` of its first field. */
  add(): number {
    const at = this.rows.length;
    for (let k = 0; k < this.width; k++) this.rows.push(0);
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
export function writeCue(row: number[], at: number, cue: Cue, lemmas: StringIds): void {
  row[at] = cue.start;
  row[at + 1] = cue.end;
  row[at + 2] = CUE_KINDS.indexOf(cue.kind);
  row[at + 3] = lemmas.id(cue.lemma);
  row[at + 4] = 'gender' in cue ? GENDERS.indexOf(cue.gender) : NO_FIELDS;
  row[at + 5] = PLURALS.indexOf(cue.plural);
}

/** The cue `writeCue` wrote at `at`, its text read from `text`: an object of the same fields as the one written. */
export function readCue(text: string, row: readonly number[], at: number, lemmas: StringIds): Cue {
  const start = row[at];
  const end = row[at + 1];
  const gender = row[at + 4];
  return gender === NO_FIELDS
    ? { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]] }
    : { text: text.slice(start, end), start, end, kind: CUE_KINDS[row[at + 2]], lemma: lemmas.strings[row[at + 3]], gender: GENDERS[gender], plural: PLURALS[row[at + 5]] };
}
