/**
 * Generates the surface forms of the reporting verbs (see verbs.ts) and indexes them by their
 * normalized spelling, so a cue is recognised with one map look-up per word. Arabic writes the
 * conjunctions و / ف and object pronouns (وصفه، أعلنتها، يصفها) as part of the word, so those are
 * generated too.
 */
import { normalizeArabic } from '../text/normalize';
import { AMBIGUOUS_FORMS, REPORTING_NOUNS, REPORTING_VERBS, type VerbEntry } from './verbs';

/** `noun`: a verbal noun with its actor (تأكيد الوزارة، بتأكيده). */
export type Tense = 'perfect' | 'imperfect' | 'participle' | 'noun';

export interface VerbForm {
  readonly lemma: string;
  readonly tense: Tense;
  readonly gender?: 'm' | 'f';
  readonly plural?: boolean;
  /** The word starts with the conjunction و or ف (a new clause: وقال، فيقول). */
  readonly conj: boolean;
  /** Reports speech only before a complementizer, a colon or a quotation. */
  readonly complement: boolean;
}

type Shape = Omit<VerbForm, 'lemma' | 'conj' | 'complement'>;

const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما'];

function perfectForms(e: VerbEntry): [string, Shape][] {
  const p = e.lemma;
  const list = e.perfect ?? [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا'];
  const shapes: Shape[] = [
    { tense: 'perfect', gender: 'm' }, { tense: 'perfect', gender: 'f' }, { tense: 'perfect', gender: 'm', plural: true },
    { tense: 'perfect', gender: 'm', plural: true }, { tense: 'perfect', gender: 'f', plural: true },
  ];
  const out: [string, Shape][] = list.map((f, i) => [f, shapes[Math.min(i, shapes.length - 1)]]);
  if (list.length > 1) {
    for (const pr of OBJECT_PRONOUNS) {
      out.push([list[0] + pr, shapes[0]]);
      out.push([list[1] + pr, shapes[1]]);
    }
  }
  return out;
}

function imperfectForms(stem: string): [string, Shape][] {
  const out: [string, Shape][] = [
    ['ي' + stem, { tense: 'imperfect', gender: 'm' }],
    ['ت' + stem, { tense: 'imperfect', gender: 'f' }],
    ['ي' + stem + 'ون', { tense: 'imperfect', gender: 'm', plural: true }],
    ['ي' + stem + 'ان', { tense: 'imperfect', gender: 'm', plural: true }],
    ['ت' + stem + 'ان', { tense: 'imperfect', gender: 'f', plural: true }],
  ];
  for (const pr of OBJECT_PRONOUNS) {
    out.push(['ي' + stem + pr, { tense: 'imperfect', gender: 'm' }]);
    out.push(['ت' + stem + pr, { tense: 'imperfect', gender: 'f' }]);
  }
  return out;
}

/** The bare participle stem (مضيف) is left out: only its accusative and agreeing forms report speech. */
function participleForms(stem: string): [string, Shape][] {
  return [
    [stem + 'ا', { tense: 'participle', gender: 'm' }],
    [stem + 'ة', { tense: 'participle', gender: 'f' }],
    [stem + 'ين', { tense: 'participle', gender: 'm', plural: true }],
    [stem + 'ون', { tense: 'participle', gender: 'm', plural: true }],
    [stem + 'تين', { tense: 'participle', gender: 'f', plural: true }],
    [stem + 'ان', { tense: 'participle', gender: 'm', plural: true }],
  ];
}

const AMBIGUOUS = new Set(AMBIGUOUS_FORMS.map(normalizeArabic));

/** Ambiguous forms that never report speech, whatever follows: the narrator's asides and relatives. */
const NEVER_CUES = /^[وف]?(اضافه|بالاضافه|يذكر|تذكر|ذكره|يذكره|ورد|رد|رده|ردها|ردهم|ردا|ردت|قاله|يقوله|تقوله|نقله|بين|عبر|امل|يمل|تمل|خبر|يخبر|زيد|يزيد|تزيد|اعاد)$/;

/**
 * Every form of `entries`, clitic-prefixed forms included, keyed by normalized spelling. The forms
 * that are more often something else (AMBIGUOUS_FORMS) go to `ambiguous` when it is given.
 */
export function buildVerbIndex(entries: readonly VerbEntry[], ambiguous?: Map<string, VerbForm>): Map<string, VerbForm> {
  const index = new Map<string, VerbForm>();
  for (const e of entries) {
    const forms = [
      ...perfectForms(e),
      ...(e.imperfect !== undefined ? imperfectForms(e.imperfect) : []),
      ...(e.participle !== undefined ? participleForms(e.participle) : []),
    ];
    for (const [surface, shape] of forms) {
      const n = normalizeArabic(surface);
      for (const [prefix, conj] of [['', false], ['و', true], ['ف', true]] as const) {
        const key = prefix + n;
        if (index.has(key)) continue;
        const form = { lemma: e.lemma, ...shape, conj, complement: e.complement === true };
        if (!AMBIGUOUS.has(key)) index.set(key, form);
        else if (ambiguous !== undefined && !ambiguous.has(key) && !NEVER_CUES.test(key)) ambiguous.set(key, form);
      }
    }
  }
  return index;
}

const ambiguousIndex = new Map<string, VerbForm>();
export const VERB_INDEX: ReadonlyMap<string, VerbForm> = buildVerbIndex(REPORTING_VERBS, ambiguousIndex);

/**
 * The forms that are more often a noun or another verb (طالب a student, مشددة strict, مرجعا a
 * reference): a cue only when a complementizer or a colon follows them (طالب الوزير بأن، مشددة على
 * أن). The narrator's asides and relatives (يذكر أن، ورد أن، ما قاله) never are.
 */
export const AMBIGUOUS_INDEX: ReadonlyMap<string, VerbForm> = ambiguousIndex;

/** Forms for user-supplied verbs (perfect 3rd person masculine): perfect and a guessed imperfect. */
export function extraVerbIndex(lemmas: readonly string[]): Map<string, VerbForm> {
  const entries = lemmas
    .map(l => l.trim())
    .filter(l => l.length >= 2)
    .map(l => ({ lemma: l, imperfect: l.replace(/^[أاإ]/, '') }));
  return buildVerbIndex(entries);
}

/**
 * The forms of the reporting nouns: bare (تأكيد الوزارة), with a possessive pronoun that is the
 * actor (تأكيده، إعلانها، مطالبتهم: ة turns into ت before it), and after ب / ل / و (بتأكيده،
 * لتأكيد، وإعلان). A pronoun marks the actor's gender and number, as a verb's ending does.
 */
function buildNounIndex(): Map<string, VerbForm> {
  const index = new Map<string, VerbForm>();
  const pronouns: [string, Pick<VerbForm, 'gender' | 'plural'>][] = [['', {}], ['ه', { gender: 'm' }], ['ها', { gender: 'f' }], ['هم', { gender: 'm', plural: true }], ['هما', { plural: true }]];
  for (const [noun, lemma] of REPORTING_NOUNS) {
    const stem = noun.endsWith('ة') ? noun.slice(0, -1) + 'ت' : noun;
    for (const [suffix, shape] of pronouns) {
      const surface = normalizeArabic(suffix === '' ? noun : stem + suffix);
      // قوله alone is the object of نقل عن فلان قوله; بقوله إن reports.
      for (const prefix of lemma === 'قال' ? ['ب', 'وب'] : ['', 'ب', 'ل', 'و', 'وب', 'ول', 'ف']) {
        const key = prefix + surface;
        if (!index.has(key) && !AMBIGUOUS.has(key)) index.set(key, { lemma, tense: 'noun', ...shape, conj: prefix.startsWith('و') || prefix === 'ف', complement: true });
      }
    }
  }
  return index;
}

export const NOUN_INDEX: ReadonlyMap<string, VerbForm> = buildNounIndex();

/** Whether a reporting noun carries its actor as a pronoun (تأكيده): the actor is then implied. */
export const carriesActor = (f: VerbForm): boolean => f.tense === 'noun' && f.gender !== undefined || f.tense === 'noun' && f.plural === true;
