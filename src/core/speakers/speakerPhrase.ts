/**
 * Finding the speaker phrase bound to a cue. Arabic news is mostly verb-subject
 * (قال المتحدث باسم الكرملين دميتري بيسكوف يوم الثلاثاء إن ...): the phrase runs after the verb
 * until a time expression, an adjunct preposition, an audience (للصحفيين، لـCNN), a complementizer,
 * a quotation mark or punctuation. Subjects placed before their verb are subjectPhrase.ts's.
 */
import { afterQuote, initialAt, isComma, type LineContext } from '../text/lineContext';
import { GenerationMap } from '../generationMap';
import { wordsUpTo } from '../text/tokens';
import {
  ADJUNCT_PREPOSITIONS, AUDIENCE, COMPLEMENTIZERS, DOCUMENTS, ORG_HEADS, PERSON_NOUNS,
  FIXED_NAMES, SPEAKER_STOPS, SPEECH_EVENTS, TIME_WORDS, TITLES, UNNAMED_HEADS,
} from '../lexicon/grammar';
import { isCommonWord, isPersonWord, possessedStem } from '../lexicon/wordClass';
import {
  ADJUNCT, COMMON, COMPLEMENTIZER, DIGIT, NAME, ORG, PERSON, PERSON_NOUN, PLACE, PRONOUN_ADJUNCT, QUANTIFIER, STOP, TIME, TITLE, UNNAMED,
  bare, isNameWord, isNisba, tokenClasses, wordClasses,
} from '../lexicon/wordClasses';
import { isPassiveCalled, type VerbLookup } from '../statements/cues';
import { splitMention, type MentionParts } from './speakers';
import { normalizeArabic } from '../text/normalize';

/** Token range `[first, last]` of a phrase, with its start offset (may fall inside the first token: لواشنطن). */
export interface PhraseSpan {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** Subject-first with an auxiliary or قد (وكان السفير قد صرح): the verb certainly follows its subject. */
  readonly aux?: boolean;
  /** The antecedent of a relative pronoun right before the verb (الحزب الذي أعلن): the verb's subject. */
  readonly relative?: boolean;
}

/** A role, a name and their apposition: مدير عام إدارة الزراعة في منطقة الشمال المهندس ناصر بن حمد الشمري. */
const MAX_WORDS = 16;
const LATIN = /[A-Za-z]/;

/** ل + an audience or outlet: للصحفيين، لوكالة، لـCNN، لـ"واشنطن بوست". */
export function isAudience(n: string): boolean {
  if (n === 'ل' || n === 'لل') return true;
  if (!n.startsWith('ل')) return false;
  if (LATIN.test(n)) return true;
  const rest = n.startsWith('لل') ? n.slice(2) : n.slice(1);
  return AUDIENCE.has(rest) || AUDIENCE.has(bare(rest));
}

function endsFixedName(a: string, b: string): boolean {
  return FIXED_NAMES.some(f => f[0] === a && f[1] === b);
}

/** Prepositions that are also first names: رئيس مجلس الإدارة خلف سالم الهاجري. */
const NAME_PREPOSITIONS = new Set(['خلف']);

/** Leading words a verb may take before its subject: عنه، فيه، بدوره، يوم الثلاثاء (at most this many). */
const MAX_LEADING = 3;

/**
 * Whether the word opening a phrase right after a verb cannot be its subject: an adjective of
 * manner (ضاحكا، مبتسما), a preposition glued to a definite noun (بالقول، للصحفيين), a noun with a
 * possessive pronoun that is no person (قوله، تأييده، تضامنها; but محاميه، زوجته، المتحدث باسمه
 * are people), or a conjunction glued to a preposition (وحول).
 */
function cannotOpen(written: string, n: string): boolean {
  if (/^(بال|لل|كال)/.test(n) && n.length > 4) return true;
  // ووعد بمحاكمة ...: ب + an ordinary noun is the verb's complement.
  if (n[0] === 'ب' && n.length >= 5 && isCommonWord(n.slice(1)) && !isPersonWord(n)) return true;
  // ضاحكا is an adjective of manner; وزيرا الداخلية (the two ministers) is a dual noun.
  if (written.endsWith('ا') && !n.startsWith('ال') && (isCommonWord(n) || activeParticiple(n)) && !personNoun(n) && !personNoun(n.slice(0, -1))) return true;
  if (n.length > 2 && n[0] === 'و' && (ADJUNCT_PREPOSITIONS.has(n.slice(1)) || SPEAKER_STOPS.has(n.slice(1)))) return true;

  return possessedObject(written, n);
}

/**
 * A noun with a possessive pronoun that names no person: قوله، تأييده. People do take one
 * (محاميه، زوجته، ونظيرته البريطانية، المتحدث باسمه) and stay in the phrase.
 */
function possessedObject(written: string, n: string): boolean {
  const stem = possessedStem(written, n);
  if (stem === undefined) return false;
  const plain = stem.length > 3 && (stem[0] === 'و' || stem[0] === 'ف') ? stem.slice(1) : stem;
  const noun = plain.endsWith('ت') ? plain.slice(0, -1) + 'ه' : plain;
  return !(PERSON_NOUNS.has(plain) || TITLES.has(plain) || PERSON_NOUNS.has(noun) || TITLES.has(noun)
    || TITLES.has(bare(plain)) || PERSON_NOUNS.has(bare(plain)) || TITLES.has(bare(noun)) || PERSON_NOUNS.has(bare(noun)));
}

/** A word naming a person by role: a title, a noun for a person or the head of an unnamed source. */
function personNoun(w: string): boolean {
  return TITLES.has(w) || PERSON_NOUNS.has(w) || UNNAMED_HEADS.has(w);
}

/**
 * The speaker phrase starting at token `j` (optionally at offset `startAt` inside it).
 * `leadingQuote` accepts a quoted name first (بحسب "كود دوت أورغ").
 */
export function speakerAfter(ctx: LineContext, j: number, lookup: VerbLookup, startAt?: number, leadingQuote = false): PhraseSpan | undefined {
  const { toks } = ctx;
  // وقالت عنه الممثلة، وقال بدوره الوزير، وأضاف أمس الوزير: what stands between verb and subject.
  const first = j;
  if (startAt === undefined) {
    for (let lead = 0; lead < MAX_LEADING && toks.isWord(j) && ctx.quoteOf[j] < 0; lead++) {
      if ((tokenClasses(toks, j) & (PRONOUN_ADJUNCT | TIME)) === 0) break;
      j++;
    }
    if (toks.isWord(j) && ctx.quoteOf[j] < 0 && cannotOpen(toks.text(j), toks.norm(j))) return undefined;
    // أكد فيها استمرار العمل: after the pronoun, a verbal noun is the verb's object; the subject is implied.
    if (j > first && toks.isWord(j) && verbalNoun(toks.norm(j)) && isCommonWord(toks.norm(j)) && !ORG_HEADS.has(toks.norm(j))) return undefined;
  }
  let k = j;
  let words = 0;
  let named = false;
  let titled = false;
  let unnamedHead = false;
  let prevDefinite = false;
  /** The previous word is a name that is not an ordinary word (موندر، الكعبي). */
  let prevName = false;
  /** Inside an organisation's name after a role: المتحدث باسم حركة النهضة (النهضة names no person). */
  let inOrg = false;
  let afterPreposition = false;
  /** How many name words in a row end the phrase so far. */
  let nameWords = 0;
  /** No word so far is definite, a place or a name: نائب فرنسي معارض. */
  let indefiniteSoFar = true;
  let commaUsed = false;
  /** The phrase opens with a document (تقرير، دراسة): ل + a noun after it is its owner (تقرير لصحيفة الغد). */
  let document = false;
  let last = -1;
  while (k < toks.length && words < MAX_WORDS) {
    if (ctx.quoteOf[k] >= 0) {
      const q = ctx.quotes[ctx.quoteOf[k]];
      const prev = last >= 0 ? toks.norm(last) : undefined;
      const afterHead = prev !== undefined && (ORG_HEADS.has(prev) || ORG_HEADS.has(bare(prev)) || UNNAMED_HEADS.has(prev) || prev === 'باسم');
      const glued = prev !== undefined && toks.end(last) === toks.start(k);
      // A quoted name first, or after a role: وذكر "سالم" أن، المتحدث باسم الجماعة "أبو سالم"، إن.
      const quotedName: boolean = (words === 0 || titled && !named && toks.isWord(k - 1)) && quotedNameAt(ctx, k);
      // A quoted name after an organisation head or glued to a clitic: شركة "بورنينغ غلاس"، حزب «القوات».
      // A name is a few words: a longer quotation is what was said (وقالت الوكالة "نعتذر عن ...").
      if ((afterHead || quotedName || glued || leadingQuote && words === 0) && q.end - q.start < 60 && wordsUpTo(ctx.text, q.inner.start, q.inner.end, 6) <= 5 && q.start === toks.start(k)) {
        k = afterQuote(ctx, k);
        last = k - 1;
        words++;
        prevDefinite = true;
        named = named || quotedName && !afterHead;
        continue;
      }
      break;
    }
    if (!toks.isWord(k)) {
      // ديفيد ل. فيليبس: the dot of an initial inside the name (no sentence ends there).
      if (last === k - 1 && toks.text(k) === '.' && ctx.sentenceEnd[k] !== k && toks.isWord(k + 1)) { k++; continue; }
      // An apposition after a bare role: الرئيس التركي، رجب طيب أردوغان.
      if (isComma(toks.text(k)) && !commaUsed && toks.isWord(k + 1)) {
        const next = toks.norm(k + 1);
        // Or a role after a name: الشيخ سالم العلي، رئيس الوزراء الأسبق، إنه.
        const roleAfterName = named && TITLES.has(bare(next)) && next !== 'باسم';
        // Or a second role before the name: وزير الدولة للإعلام، المتحدث باسم الحكومة فلان.
        const roleAfterRole = titled && !named && TITLES.has(bare(next)) && next !== 'باسم';
        if ((roleAfterName || roleAfterRole || titled && !named && isNameWord(next))
          && !COMPLEMENTIZERS.has(next) && !TIME_WORDS.has(next) && lookup(next, toks.hash(k + 1)) === undefined) {
          if (roleAfterName) titled = true;
          commaUsed = true;
          k++;
          continue;
        }
      }
      break;
    }
    // ديفيد ل. فيليبس: an initial after a name is more of the name.
    if (prevName && initialAt(ctx, k)) { last = k; words++; k++; continue; }
    const n = toks.norm(k);
    const b = bare(n);
    const written = toks.text(k);
    // What the rules below ask of the word, asked once.
    const cls = tokenClasses(toks, k);
    const isComp = (cls & COMPLEMENTIZER) !== 0 && written[0] !== 'آ';
    const common = (cls & COMMON) !== 0;
    const nameWord = (cls & NAME) !== 0;
    const personWord = (cls & PERSON) !== 0;
    const title = (cls & TITLE) !== 0;
    const nameLike = personWord || personLikeWord(n, cls);
    // The source glued to وفقا لـ (لوكالة الأنباء) is the speaker by construction.
    const glued = k === j && startAt !== undefined && startAt > toks.start(k);
    // على normalizes like the name علي, and أن like آن: the written form decides.
    const stop = (cls & STOP) !== 0 && written[0] !== 'آ' && !(n === 'علي' && written.endsWith('ي'));
    // Inside a role, the name may follow a time word or a preposition: مدير العمليات في المدينة آنذاك
    // سالم الكعبي، رئيس مجلس الإدارة خلف سالم الهاجري (خلف is a name here).
    const mayPass = n === 'انذاك' || n === 'حينها' || n === 'حينذاك' || n === 'سابقا' || NAME_PREPOSITIONS.has(n);
    const nameNext = mayPass && titled && !named && words > 0 && toks.isWord(k + 1) && nameAhead(ctx, k + 1);
    const roleTime = nameNext && !NAME_PREPOSITIONS.has(n);
    const roleName = nameNext && NAME_PREPOSITIONS.has(n);
    const owner = document && words <= 2 && n.length > 3 && n[0] === 'ل' && !n.startsWith('لل');
    if (!glued && !roleTime && !roleName && !owner && ((cls & (DIGIT | TIME)) !== 0 || isComp || stop || isAudience(n) || addressee(n, words, named, named && prevName))) break;
    // نقلت الوكالة عن الوزير قوله، أعلن المدعي العام تورطه: a possessed noun is the object, not the speaker.
    if (!glued && words > 0 && possessedObject(written, n) && !n.startsWith('باسم')) break;
    // والتقى الرئيس فلان الفلاني | نظيره الروسي: after a full name even a role with a pronoun is the object.
    if (!glued && named && prevName && nameWords >= 2 && /(ه|ها|هم|هما)$/.test(written) && written.length >= 5 && !personWord) break;
    // ورحب الوزير فلان بوجود ...: ب + an ordinary noun is the verb's complement once the speaker is
    // named; inside a role it may go on (أستاذ بجامعة باريس).
    // وطالب ناشطون | بالتصريح، ورد الدكتور | بالقول: ب + a definite verbal noun is the verb's complement.
    if (!glued && words > 0 && n.length > 5 && n.startsWith('بال') && (n === 'بالقول' || verbalNoun(n.slice(3))) && isCommonWord(n.slice(1))) break;
    // A nisba adjective that opens with ب (بريطانية) is more of the phrase.
    if (!glued && words > 0 && (named || !titled && !unnamedHead) && n.length >= 5 && n[0] === 'ب' && !n.startsWith('باسم') && !isNisba(n) && isCommonWord(n.slice(1))) break;
    // بيان صادر عن مكتب كاميرون: the source is the one the statement comes from.
    if (/^(ال)?صادر(ه)?$/.test(n) && toks.norm(k + 1) === 'عن') {
      const inner = speakerAfter(ctx, k + 2, lookup);
      if (inner !== undefined) return inner;
    }
    if (words > 0 && lookup(n, toks.hash(k)) !== undefined && !isPassiveCalled(written)) break;
    // مصادر في الحزب | الحكومة: after a preposition's definite noun, another definite noun that is no
    // adjective (nisba, participle, أفعل) is the verb's object, not the speaker.
    if (words > 0 && (afterPreposition || !titled && !inOrg && !unnamedHead) && prevDefinite && n.startsWith('ال') && !adjectiveShaped(n, title)) break;
    if (n === 'في' || n === 'من' || n === 'لدي') {
      // مسؤولون في الإدارة، العديد من الخبراء، السفير الروسي في لندن، سفيرة الولايات المتحدة لدى
      // الأمم المتحدة; but not بيسكوف في كلمة، روسيا من خطورته.
      const next = toks.norm(k + 1);
      const continues = (titled || unnamedHead) && !named && toks.isWord(k + 1) && !SPEECH_EVENTS.has(next) && !SPEECH_EVENTS.has(bare(next));
      if (!continues) break;
    } else if ((cls & ADJUNCT) !== 0 && !roleName) {
      break;
    }
    const definite = n.startsWith('ال') || n.startsWith('لل');
    // After a two-word actor (الولايات المتحدة) comes its object, unless a role goes on: الأمم المتحدة لشؤون اللاجئين.
    if (words >= 2 && last >= 1 && endsFixedName(toks.norm(last - 1), toks.norm(last)) && !isNisba(n) && !(titled && !named && (n[0] === 'ل' || nameLike))) break;
    // An organisation or other definite phrase is complete before an indefinite noun, which is the object:
    // أبدت الخارجية الفرنسية | مخاوف، رفضت وزارة الخارجية البريطانية | تصريحات تشيزوف.
    if (words > 0 && prevDefinite && !definite && !titled && !unnamedHead && n !== 'باسم' && !nameLike) break;
    // عدد من المسؤولين الأردنيين | هجوم الصحفي: in an unnamed source, after a definite
    // nisba adjective, an ordinary indefinite noun is the verb's object.
    if (words > 0 && unnamedHead && !titled && prevDefinite && isNisba(toks.norm(last)) && !definite && common && !nameLike && !title && (cls & (ORG | PLACE | PERSON)) === 0) break;
    // Once a person is named, an ordinary indefinite word is no more of the phrase: واستنكر النائب
    // علي الكعبي | تصريح النائب، ونفى الرئيس سالم | مرارا ارتكاب مخالفات.
    // اتهم نائب فرنسي معارض | ديفيد هيل: a name after an indefinite role with nothing definite
    // in it is the verb's object (an apposition would be definite: وزير خارجية قطر فلان).
    if (words >= 2 && titled && !named && indefiniteSoFar && !definite && nameLike && !common) break;
    // After a single first name the next word may be the surname (بطرس حرب، منصور هادي), unless it
    // is an adverb in the accusative (مرارا).
    const nameComplete = nameWords >= 3 || prevDefinite || written.endsWith('ا');
    if (words > 0 && named && prevName && nameComplete && !definite && (cls & (COMMON | TITLE | PERSON_NOUN | PERSON | UNNAMED)) === COMMON) break;
    // A surname is complete before an ordinary definite noun, its object: وحث الكعبي | الشباب على العمل.
    // A participle after it is a role in apposition: فواز الحمد المختص في مجال التأمين.
    if (words > 0 && named && prevName && prevDefinite && definite && common && !title && !isNisba(n) && !b.startsWith('م')) break;
    // بنيامين نتنياهو | الاتفاق، وزارة الخارجية البريطانية | التقارير، الوزير | التصعيد: after a
    // complete name or a definite role, a definite verbal noun or plural of things is the verb's object.
    const complete = named && (prevName || prevDefinite) || inOrg && isNisba(toks.norm(last)) || titled && !named && words === 1 && prevDefinite;
    if (words > 0 && complete && definite && common && (cls & (PERSON | ORG | TITLE)) === 0 && !isNisba(n) && objectNoun(b)) break;
    // زار الرئيس رجب طيب أردوغان | موسكو: a place after a full name is where the verb went.
    if (words > 0 && named && prevName && nameWords >= 2 && (cls & PLACE) !== 0 && (cls & PERSON) === 0) break;
    if (words === 0) {
      document = DOCUMENTS.has(bare(n));
      titled = title && n !== 'باسم';
      unnamedHead = (cls & (UNNAMED | QUANTIFIER)) !== 0;
    } else if (title && !named) {
      titled = true;
    }
    const orgWord = (cls & ORG) !== 0;
    inOrg = words > 0 && (orgWord || inOrg && (definite || nameWord) && !title);
    // A definite word after a role is its adjective (المفوض السامي), not a name.
    // علي the name is written with ي, على the preposition with ى: both normalize to علي.
    const personal = personWord || n === 'علي' && written.endsWith('ي');
    // A place after في is no name of the speaker: مدير العمليات في المدينة | آنذاك سالم الكعبي.
    const afterIn = last >= 0 && (toks.norm(last) === 'في' || toks.norm(last) === 'من');
    // A surname after a first name that is also a word completes a name: المدير ... سالم الكعبي.
    const surnameHere = definite && words > 0 && !common && !toks.norm(last).startsWith('ال') && !TITLES.has(bare(toks.norm(last)));
    if (!inOrg && !afterIn && nameWord && (!common || personal || words === 0) && (!(definite && titled) || surnameHere) && (words > 0 || (cls & UNNAMED) === 0 && !orgWord)) named = named || titled || words === 0;
    prevName = nameWord && !common || personal;
    nameWords = prevName ? nameWords + 1 : 0;
    afterPreposition = afterPreposition || n === 'في' || n === 'من' || n === 'لدي';
    indefiniteSoFar = indefiniteSoFar && !definite && (cls & (COMMON | PLACE)) === COMMON;
    prevDefinite = definite;
    last = k;
    words++;
    k++;
  }
  if (last < j) return undefined;
  return { first: j, last, start: startAt ?? toks.start(j), end: toks.end(last) };
}

/**
 * Whether a personal name starts at token k: a name word, or a word that is also an ordinary word
 * (سالم، خلف) followed by one (سالم الكعبي، خلف الهاجري).
 */
function nameAhead(ctx: LineContext, k: number): boolean {
  const { toks } = ctx;
  const n = toks.norm(k);
  if (!toks.isWord(k) || n.startsWith('ال') || TITLES.has(n) || SPEAKER_STOPS.has(n)) return false;
  if (isPersonWord(n) || personLike(n) && !isCommonWord(n)) return true;
  if (!toks.isWord(k + 1)) return false;
  const next = toks.norm(k + 1);
  return isPersonWord(next) || !isCommonWord(next) && !TITLES.has(bare(next)) && !SPEAKER_STOPS.has(next);
}

/** A quotation right after the verb that holds a short name: وذكر "مجاهد" أن ... */
function quotedNameAt(ctx: LineContext, k: number): boolean {
  const q = ctx.quotes[ctx.quoteOf[k]];
  const end = afterQuote(ctx, k);
  if (q.end - q.start > 40) return false;
  const next = end < ctx.toks.length ? ctx.toks.norm(end) : '';
  // A name is followed by what follows a speaker: a complementizer, a colon, a comma, a time word.
  return COMPLEMENTIZERS.has(next) || ctx.toks.text(end) === ':' || isComma(ctx.toks.text(end)) || TIME_WORDS.has(next) || ADJUNCT_PREPOSITIONS.has(next);
}

/** A verbal noun (الاتفاق، التقارير) or a plural in ات (الضربات): what a verb acts on. */
function objectNoun(b: string): boolean {
  return verbalNoun(b) || b.length >= 5 && b.endsWith('ات');
}

/** The shapes of common verbal nouns: استفعال (استمرار)، تفعيل (تأكيد)، إفعال (إعلان)، افتعال (اتهام). */
export function verbalNoun(n: string): boolean {
  if (n.length < 5 || n.startsWith('ال') || n.endsWith('ات')) return false;
  return n.startsWith('است') && n[n.length - 2] === 'ا' || n[0] === 'ت' && n[n.length - 2] === 'ي' || n[0] === 'ا' && n[n.length - 2] === 'ا';
}

/** The shape of an active participle in the accusative: فاعلا (ضاحكا، باكيا) or مُفعِلا (مبتسما، مشددا). */
function activeParticiple(n: string): boolean {
  return n.length === 5 && n[1] === 'ا' || n.length >= 5 && n[0] === 'م';
}

/** A word that reads as a person's name: in the name lexicon, or no ordinary word (خالد، موندر). */
function personLike(n: string): boolean {
  const cls = wordClasses(n);
  return (cls & PERSON) !== 0 || personLikeWord(n, cls);
}

/** personLike's rule for a word not in the name lexicon, given what is known of it. */
function personLikeWord(n: string, cls: number): boolean {
  // بشن، لدى: a preposition glued to a word is no name (a name after a definite phrase rarely starts so).
  return (cls & (COMMON | NAME | DIGIT)) === NAME && n[0] !== 'ب' && n[0] !== 'ل' && n[0] !== 'ك';
}

/** A definite word shaped as an adjective: nisba (السوري)، participle (المتحدة)، أفعل (الأبيض). */
function adjectiveShaped(n: string, title: boolean): boolean {
  const b = bare(n);
  return isNisba(n) || b[0] === 'م' || b.length === 4 && b[0] === 'ا' || title;
}

/**
 * ل + a noun is the one spoken to, not the speaker: right after the verb when it is ل + ال
 * (وأضاف للوزير، وقال للصحفيين) or ل + an ordinary word (لبرنامج), and after a person's name
 * (وصرح موندر لبرنامج). Names that start with ل (لافروف، ليبرمان) are not ordinary words.
 */
function addressee(n: string, words: number, named: boolean, afterName = false): boolean {
  if (n.length < 4 || n[0] !== 'ل' || words > 0 && !named) return false;
  // Right after a person's name, ل + anything is the one spoken to: فلان لسكاي نيوز.
  if (n.startsWith('لل') || afterName) return true;
  // لجنة and لقاء are words of their own, not ل + a noun of three letters.
  return n.length >= 5 && isCommonWord(n.slice(1));
}

/**
 * The words of a speaker phrase, as splitMention reads them. A phrase that starts inside its first
 * word (وفقا لواشنطن) starts after the preposition ل; ل before the article drops the article's alef
 * (للوزير is ل + الوزير), which the source's name gets back.
 */
export function mentionParts(ctx: LineContext, p: PhraseSpan): MentionParts {
  // The parts depend on the phrase's text alone (and where inside its first word it starts): the
  // same few mentions come back story after story, and their parts are kept.
  const from = ctx.toks.start(p.first);
  const key = p.start > from ? `${p.start - from}\u0001${ctx.text.slice(from, p.end)}` : ctx.text.slice(p.start, p.end);
  return partsMemo.fetch(key, () => readMentionParts(ctx, p));
}

const partsMemo = new GenerationMap<MentionParts>(16_384);

function readMentionParts(ctx: LineContext, p: PhraseSpan): MentionParts {
  const { toks, text } = ctx;
  const words: string[] = [];
  const norms: string[] = [];
  for (let k = p.first; k <= p.last; k++) {
    const start = toks.start(k);
    // The dot of an initial stays on it: جي. مكهيل.
    if (k > p.first && toks.text(k) === '.' && toks.end(k - 1) === start) { words[words.length - 1] += '.'; continue; }
    if (k !== p.first || p.start <= start) { words.push(toks.text(k)); norms.push(toks.norm(k)); continue; }
    const rest = text.slice(p.start, toks.end(k));
    const word = p.start === start + 1 && text.startsWith('لل', start) ? `ا${rest}` : rest;
    words.push(word);
    norms.push(normalizeArabic(word));
  }
  return splitMention(words, norms);
}
