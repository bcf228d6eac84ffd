/**
 * The data model of an Isnad analysis. Every offset is a JavaScript string index (UTF-16 code unit)
 * into the analysed text, end exclusive, so editors map them with `positionAt` and the CLI prints
 * them unchanged. An `Analysis` is immutable: views render it and never re-parse the text.
 */

/** A half-open range `[start, end)` of the analysed text together with the text it covers. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Which quotation convention opened a quote: `"` `«»` `“”` `‘’` `‹›` `„“` `{}`. */
export type QuoteStyle = 'ascii' | 'guillemet' | 'curly' | 'single' | 'angle' | 'low' | 'brace';

/** A span of text between quotation marks; `start`/`end` include the marks themselves. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  /** The text between the marks. */
  readonly inner: { readonly start: number; readonly end: number };
  readonly style: QuoteStyle;
  /** Nesting depth: 0 for an outermost quote. */
  readonly depth: number;
  /** True when the quote is the words of a speaker (part of a statement's content). */
  readonly attributed: boolean;
}

/** A quotation mark with no partner, or closed by a mark of another style («...“). */
export interface QuoteIssue {
  readonly kind: 'unmatched-open' | 'unmatched-close' | 'mismatched';
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

export type CueKind =
  /** A speech verb or participle: قال، وأضاف، مضيفا، يقول، متهمة ... */
  | 'verb'
  /** An attribution phrase: وفقا لـ، بحسب، حسبما أعلنت، نقلا عن ... */
  | 'phrase'
  /** The colon of a `Speaker: what was said` headline. */
  | 'headline';

export interface Cue extends TextSpan {
  readonly kind: CueKind;
  /** The lexicon lemma the cue was recognised as (قال for وقالت، يقول، قائلا). */
  readonly lemma: string;
  /** Grammatical gender marked on the cue, when Arabic marks it (قالت, مضيفة: feminine). */
  readonly gender?: 'm' | 'f';
  readonly plural?: boolean;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** Canonical name: the fullest form the text uses, without titles or clitics (دميتري بيسكوف). */
  readonly name: string;
  /** The role or title when the text gives one (المتحدث باسم الكرملين). */
  readonly role?: string;
  /** Every spelling of this speaker found in the text, canonical name first. */
  readonly aliases: readonly string[];
  /** Indexes into `Analysis.statements`, in text order. */
  readonly statements: readonly number[];
  /**
   * Where the speaker is named in the text (every mention, short forms included), in text order, as
   * offset pairs: mention i is `[mentions[2 * i], mentions[2 * i + 1])`; `mentionSpans` gives them
   * as spans. One document of thousands of articles names its speakers over a million times, and
   * pairs of numbers hold them in 8 bytes each where span objects took about 60.
   */
  readonly mentions: Int32Array;
  /** How the speaker was classified: a person, an organisation / country / outlet, or an unnamed source. */
  readonly type: 'person' | 'organization' | 'unnamed';
}

export interface Statement {
  /** Index of the speaker in `Analysis.speakers`. */
  readonly speakerIndex: number;
  readonly speaker: { readonly name: string; readonly role?: string };
  readonly cue: Cue;
  /** The speaker as written at this statement, or null when it is implied (وقال "..."، مضيفا). */
  readonly mention: TextSpan | null;
  readonly kind: StatementKind;
  /** Direct: the words inside the marks. Indirect / mixed: the reported clause. */
  readonly content: TextSpan;
  /** The whole statement from the first of cue / mention / content to the last. */
  readonly range: { readonly start: number; readonly end: number };
  /** 1-based line of the content's start. */
  readonly line: number;
  /** True for a `Speaker: what was said` title or subheading. */
  readonly headline: boolean;
}

export type CreditKind = 'agency' | 'newspaper' | 'broadcaster' | 'website' | 'photo' | 'dateline';

export interface Credit extends TextSpan {
  /** Canonical outlet name in English (Reuters, AFP, Sputnik, Washington Post). */
  readonly source: string;
  /** The outlet's Arabic name when the gazetteer has one (رويترز، سبوتنيك). */
  readonly sourceArabic?: string;
  readonly kind: CreditKind;
  /** The photographer or author named in the credit. */
  readonly person?: string;
}

/** A title or subheading line; the outline groups statements under these. */
export interface Section {
  readonly title: string;
  readonly start: number;
  readonly end: number;
  /** 1 for the article's title (first non-empty line), 2 for subheadings. */
  readonly level: 1 | 2;
}

/** A paragraph that repeats an earlier one verbatim (photo captions often are doubled). */
export interface RepeatedParagraph {
  readonly start: number;
  readonly end: number;
  /** Start of the first occurrence. */
  readonly firstStart: number;
}

export interface Analysis {
  /** Length of the analysed text, so consumers can sanity-check offsets. */
  readonly length: number;
  /** True when the text has enough Arabic letters to be treated as Arabic news. */
  readonly isArabic: boolean;
  readonly statements: readonly Statement[];
  readonly speakers: readonly Speaker[];
  readonly quotes: readonly QuoteSpan[];
  readonly quoteIssues: readonly QuoteIssue[];
  readonly credits: readonly Credit[];
  readonly sections: readonly Section[];
  readonly repeatedParagraphs: readonly RepeatedParagraph[];
  /** Cues that were recognised but bound to no statement (kept for highlighting). */
  readonly looseCues: readonly Cue[];
}

/** Word lists a user can add to the built-in lexicons (never regular expressions). */
export interface AnalyzeOptions {
  /** Extra reporting verbs, in the perfect 3rd person masculine singular (e.g. "ألمح"). */
  readonly extraVerbs?: readonly string[];
  /** Extra outlets: what is written in the text -> canonical name. */
  readonly extraAgencies?: readonly { readonly name: string; readonly canonical: string; readonly kind?: CreditKind }[];
  /** Speaker aliases: a spelling -> the canonical name to show. */
  readonly speakerAliases?: Readonly<Record<string, string>>;
}
