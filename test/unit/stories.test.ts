import * as assert from 'node:assert/strict';
import { scanLineQuotes, type QuoteScan } from '../../src/core/text/quotes';
import { LONG_LINE, PIECE, STORY_CHARS, readingLines, storiesOf } from '../../src/core/text/stories';
import { splitLines, type Line } from '../../src/core/text/tokens';
import { run } from './analyzeHelpers';

/** Lines with no statement, cue or name: `count` of them. */
const filler = (count: number): string => 'وتستمر الأعمال في الموقع منذ أشهر طويلة دون توقف.\n'.repeat(count);
/** Enough filler lines to take a story past STORY_CHARS. */
const PAST_ONE_STORY = Math.ceil(STORY_CHARS / filler(1).length) + 10;

/** The stories of `text` as the analysis reads them (a long line as pieces), as text. */
function stories(text: string): string[] {
  const lines = readingLines(text, splitLines(text));
  return storiesOf(text, lines).map(([from, to]) => text.slice(lines[from].start, to < lines.length ? lines[to].start : text.length));
}

describe('stories of a long document', () => {
  it('reads an article-size text as one story', () => {
    const text = `قال الوزير سالم رشيد إن الميزانية جاهزة.\n\n${filler(20)}\nوأضاف أن النقاش سيبدأ غدا.`;
    assert.deepEqual(stories(text), [text]);
  });

  it('ends a story only at a blank line, once it is longer than STORY_CHARS, and covers every character', () => {
    const article = (n: number): string => `عنوان الخبر رقم ${n}\n${filler(PAST_ONE_STORY / 4)}`;
    const text = Array.from({ length: 12 }, (_, i) => article(i)).join('\n');
    const parts = stories(text);
    assert.equal(parts.join(''), text);
    assert.ok(parts.length >= 2, `${parts.length} stories`);
    for (const p of parts.slice(0, -1)) {
      assert.ok(p.length >= STORY_CHARS, `a story of ${p.length} characters`);
      assert.ok(p.endsWith('\n\n'), 'a story ends with a blank line');
      assert.ok(p.length < STORY_CHARS + article(11).length + 1, `a story of ${p.length} characters went past the next blank line`);
    }
  });

  it('ends a story at any line break once it is twice STORY_CHARS, and never inside a line of news size', () => {
    const text = filler(3 * PAST_ONE_STORY);
    const parts = stories(text);
    assert.equal(parts.join(''), text);
    assert.ok(parts.length >= 2);
    for (const p of parts) assert.ok(p.endsWith('\n') && p.length <= 2 * STORY_CHARS + filler(1).length);
    const longest = filler(Math.floor(LONG_LINE / filler(1).length)).replace(/\n/g, ' ');
    assert.ok(longest.length <= LONG_LINE && longest.length > LONG_LINE - filler(1).length);
    assert.deepEqual(stories(longest), [longest]);
  });

  it('does not carry an implied speaker from one story into the next', () => {
    const first = `قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\n${filler(PAST_ONE_STORY)}`;
    const next = 'وأضاف أن الحكومة ستعلن الخطة الجديدة الأسبوع المقبل.\n';
    // Within one story وأضاف goes on with the last speaker ...
    const joined = run(first + next);
    assert.deepEqual(joined.statements.map(s => [s.cue.text, s.speaker.name]), [['قال', 'سالم رشيد'], ['وأضاف', 'سالم رشيد']]);
    // ... after a blank line past STORY_CHARS it opens a new story, where nobody has spoken yet.
    const apart = run(`${first}\n${next}`);
    assert.deepEqual(apart.statements.map(s => [s.cue.text, s.speaker.name]), [['قال', 'سالم رشيد']]);
    assert.deepEqual(apart.looseCues.map(c => c.text), ['وأضاف']);
  });

  describe('the title of the next article in a digest', () => {
    const said = 'قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\nوتستمر الأعمال في الموقع منذ أشهر طويلة.\n';
    const added = 'وأضاف أن الحكومة ستعلن الخطة الجديدة الأسبوع المقبل.\n';
    /**
     * A first paragraph that does not go on with a speaker (see the last test), and names no source
     * an implied subject could go to (a narrative subject would: ناقش البرلمان ...، وأضاف).
     */
    const lead = 'وتناقش الميزانية في جلسة طويلة أمس.\n';
    const cues = (text: string): [string, string][] => run(text).statements.map(s => [s.cue.text, s.speaker.name]);

    it('after a blank line, with its first paragraph right under it, puts the sources before it out of reach', () => {
      const text = `عنوان الخبر الأول\n${said}\nالحكومة تناقش الميزانية الجديدة\n${lead}${added}`;
      assert.deepEqual(cues(text), [['قال', 'سالم رشيد']]);
      assert.deepEqual(run(text).looseCues.map(c => c.text), ['وأضاف']);
      // A bare title no longer refers back to the minister of the article before ...
      assert.deepEqual(cues(`${text}وقال الوزير إن الجلسة ستعقد غدا.\n`).slice(1), [['وقال', 'الوزير']]);
      // ... while the same full name is the same speaker, listed once with both statements.
      const again = run(`${text}وقال الوزير سالم رشيد إن الجلسة ستعقد غدا.\n`);
      assert.deepEqual(again.statements.map(s => [s.cue.text, s.speaker.name]), [['قال', 'سالم رشيد'], ['وقال', 'سالم رشيد']]);
      assert.equal(again.speakers.length, 1);
      assert.deepEqual(again.speakers[0].statements, [0, 1]);
    });

    it('takes a title that asks, or has two dots for a dash, as a title too', () => {
      for (const title of ['هل تكفي الميزانية الجديدة؟', 'الحكومة تناقش الميزانية.. والبرلمان ينتظر']) {
        assert.deepEqual(cues(`عنوان الخبر الأول\n${said}\n${title}\n${lead}${added}`), [['قال', 'سالم رشيد']], title);
      }
    });

    it('does not take a photo caption, a sentence or a lead-in for a title', () => {
      for (const line of ['الوزير سالم رشيد في البرلمان أمس. © رويترز', 'وتستمر الأعمال في الموقع منذ أشهر طويلة.', 'وجاء في البيان:']) {
        assert.deepEqual(cues(`عنوان الخبر الأول\n${said}\n${line}\n${lead}${added}`), [['قال', 'سالم رشيد'], ['وأضاف', 'سالم رشيد']], line);
      }
    });

    it('does not end a topic at a subheading set like the paragraphs around it, or marked with a bullet', () => {
      const goesOn: [string, string][] = [['قال', 'سالم رشيد'], ['وأضاف', 'سالم رشيد']];
      // Blank lines on both sides of the subheading, or on neither.
      assert.deepEqual(cues(`عنوان الخبر الأول\n\n${said}\nالخطة الجديدة\n\n${lead}${added}`), goesOn);
      assert.deepEqual(cues(`عنوان الخبر الأول\n${said}الخطة الجديدة\n${lead}${added}`), goesOn);
      assert.deepEqual(cues(`عنوان الخبر الأول\n${said}\n* الخطة الجديدة\n${lead}${added}`), goesOn);
      assert.deepEqual(cues(`عنوان الخبر الأول\n${said}\n.. الخطة الجديدة\n${lead}${added}`), goesOn);
    });

    it('does not end a topic whose next paragraph goes on with the speaker (an interview after its subheading)', () => {
      for (const next of [added, 'مضيفا أن الحكومة ستعلن الخطة الجديدة الأسبوع المقبل.\n']) {
        assert.deepEqual(cues(`عنوان الخبر الأول\n${said}\nالخطة الجديدة\n${next}`), [['قال', 'سالم رشيد'], [next.split(' ')[0], 'سالم رشيد']], next);
      }
    });

    it('does not end a topic that has no paragraph yet (a title and its photo caption)', () => {
      const text = 'رشيد: الميزانية جاهزة للنقاش في البرلمان\n\nجانب من جلسة البرلمان أمس\n'
        + 'عمان - قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\nوأضاف رشيد أن الحكومة ستعلن الخطة الجديدة.\n';
      assert.deepEqual(cues(text), [[':', 'سالم رشيد'], ['قال', 'سالم رشيد'], ['وأضاف', 'سالم رشيد']]);
    });
  });

  it('lists a speaker named alike in two stories once, with the statements and mentions of both in text order', () => {
    const text = `قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\n${filler(PAST_ONE_STORY)}\n`
      + 'وقال الوزير سالم رشيد إن المفاوضات انتهت أمس.\nوغادر رشيد القاعة مساء.\n';
    const a = run(text);
    assert.equal(a.speakers.length, 1);
    const [s] = a.speakers;
    assert.deepEqual(s.statements, [0, 1]);
    assert.deepEqual(a.statements.map(st => st.speakerIndex), [0, 0]);
    const second = text.indexOf('وقال الوزير') + 'وقال '.length;
    const last = text.lastIndexOf('رشيد');
    assert.deepEqual(Array.from(s.mentions), [
      text.indexOf('الوزير'), text.indexOf('رشيد') + 4, second, second + 'الوزير سالم رشيد'.length, last, last + 4,
    ]);
  });

  it('finds the credits of a later story at their place in the whole text', () => {
    const later = 'موسكو (رويترز) - قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا.\n';
    const text = `${filler(PAST_ONE_STORY)}\n${later}`;
    const credits = run(text).credits;
    const at = text.indexOf('رويترز');
    assert.ok(credits.some(c => c.source === 'Reuters' && c.start <= at && c.end >= at + 'رويترز'.length), JSON.stringify(credits));
    assert.deepEqual(run(later).credits.map(c => [c.kind, c.source, c.start + text.indexOf(later), c.end + text.indexOf(later)]),
      credits.map(c => [c.kind, c.source, c.start, c.end]));
  });

  it('gives each story the statements, quotes and loose cues its article alone has, moved to its place', () => {
    const article = (name: string): string => [
      'خطة جديدة للعام المقبل في كل المدن',
      'وأكد أن المشروع سيستمر حتى نهايته.',
      `موسكو (رويترز) - قالت الوزيرة ${name} إن «الخطة "الكبرى" ستبدأ» غدا في كل المدن.`,
      'وأضافت أن الحكومة ستنشر التفاصيل كاملة بعد اجتماع المجلس.',
      'وفي العاصمة يرتفع عدد المصابين إلى عشرين شخصا وفقا لوكالة الأنباء الرسمية.',
      `${name}: الخطة جاهزة للتنفيذ فورا`,
      filler(PAST_ONE_STORY),
    ].join('\n');
    const articles = ['ليلى حداد', 'هدى سليمان', 'سلمى منصور'].map(article);
    const text = articles.join('\n');
    const whole = run(text);
    assert.equal(stories(text).length, articles.length);
    let offset = 0;
    let lines = 0;
    const moved = <T>(value: T): T => JSON.parse(JSON.stringify(value), (k, v: unknown) =>
      (k === 'start' || k === 'end') && typeof v === 'number' ? v + offset : k === 'line' && typeof v === 'number' ? v + lines : v) as T;
    const alone = articles.map(a => {
      const one = run(a);
      const out = {
        statements: moved(one.statements.map(({ speakerIndex: _, ...s }) => s)),
        quotes: moved(one.quotes),
        looseCues: moved(one.looseCues),
        cueFields: one.statements.map(st => Object.keys(st.cue)),
        looseFields: one.looseCues.map(c => Object.keys(c)),
      };
      offset += a.length + 1;
      lines += a.split('\n').length;
      return out;
    });
    const kinds = new Set(whole.statements.map(s => s.cue.kind));
    assert.deepEqual([...kinds].sort(), ['headline', 'phrase', 'verb']);
    assert.ok(whole.statements.some(s => s.mention === null && s.cue.gender === 'f') && whole.looseCues.length >= articles.length);
    assert.ok(whole.quotes.some(q => q.depth === 1) && whole.quotes.some(q => q.style === 'guillemet' && q.attributed));
    // JSON drops fields that are undefined: compare the objects themselves too, so a cue keeps its fields.
    assert.deepEqual(whole.statements.map(({ speakerIndex: _, ...s }) => JSON.parse(JSON.stringify(s)) as unknown), alone.flatMap(a => a.statements));
    assert.deepEqual(whole.quotes, alone.flatMap(a => a.quotes));
    assert.deepEqual(whole.looseCues.map(c => JSON.parse(JSON.stringify(c)) as unknown), alone.flatMap(a => a.looseCues));
    assert.deepEqual(whole.statements.map(s => Object.keys(s.cue)), alone.flatMap(a => a.cueFields));
    assert.deepEqual(whole.looseCues.map(c => Object.keys(c)), alone.flatMap(a => a.looseFields));
  });

  describe('a line longer than LONG_LINE', () => {
    /** A filler line's sentence (no cue, no name), followed by a space instead of a line break. */
    const sentence = filler(1).replace('\n', ' ');
    const sentences = (chars: number): string => sentence.repeat(Math.ceil(chars / sentence.length));
    /** The pieces of line `number` of `text`. */
    const piecesOf = (text: string, number: number): Line[] => readingLines(text, splitLines(text)).filter(l => l.number === number);

    /** Pieces cover their line: the first starts it, the last ends it, and only spaces lie between two. */
    function assertCovers(text: string, line: Line, pieces: readonly Line[]): void {
      assert.equal(pieces[0].start, line.start);
      assert.equal(pieces[pieces.length - 1].end, line.end);
      for (let k = 1; k < pieces.length; k++) {
        assert.ok(pieces[k - 1].end < pieces[k].start, 'pieces do not touch: the space between them is in neither');
        assert.match(text.slice(pieces[k - 1].end, pieces[k].start), /^ +$/);
      }
    }

    it('is read in pieces of at least PIECE characters that end at a sentence end, never inside a quotation', () => {
      // A quotation of whole sentences spans the point PIECE characters into the line, where the first cut would fall.
      const before = sentences(PIECE - 2_000);
      const quote = `«${sentences(5_000).trimEnd()}» `;
      const line = before + quote + sentences(2 * LONG_LINE);
      const text = `عنوان الخبر\n\n${line}\nسطر أخير.`;
      const pieces = piecesOf(text, 3);
      assert.ok(pieces.length >= 4, `${pieces.length} pieces`);
      assertCovers(text, splitLines(text)[2], pieces);
      for (const p of pieces.slice(0, -1)) {
        assert.ok(p.end - p.start >= PIECE, `a piece of ${p.end - p.start} characters`);
        assert.equal(text[p.end - 1], '.');
      }
      // The first ends at the first sentence end after the quotation, the others at the first past PIECE characters.
      const quoteEnd = text.indexOf('»') + 1;
      assert.equal(pieces[0].end, text.indexOf('. ', quoteEnd) + 1);
      for (const p of pieces.slice(1, -1)) assert.ok(p.end - p.start < PIECE + sentence.length, `a piece of ${p.end - p.start} characters`);
      // The other lines are read whole.
      assert.deepEqual(readingLines(text, splitLines(text)).filter(l => l.number !== 3).map(l => text.slice(l.start, l.end)), ['عنوان الخبر', '', 'سطر أخير.']);
    });

    it('cuts a line with no sentence end at a space outside quotations, PIECE characters past where a sentence end was looked for', () => {
      const line = '"CNN" وفقا للوزير '.repeat(Math.ceil(3 * LONG_LINE / 18));
      const pieces = piecesOf(line, 1);
      assert.ok(pieces.length >= 3, `${pieces.length} pieces`);
      assertCovers(line, splitLines(line)[0], pieces);
      for (const p of pieces.slice(0, -1)) assert.ok(p.end - p.start >= 2 * PIECE && p.end - p.start < 2 * PIECE + 20, `a piece of ${p.end - p.start} characters`);
      for (const p of pieces) assert.equal(line.slice(p.start, p.end).split('"').length % 2, 1, 'a piece holds whole quotations');
      // A line with no space outside a quotation is read whole.
      const quoted = `«${'كلمة '.repeat(LONG_LINE)}»`;
      assert.equal(piecesOf(quoted, 1).length, 1);
      // Nor is a dot after a one-letter word (د. before a name) a sentence end: such a line is cut as one without any.
      const doctors = 'د. '.repeat(LONG_LINE);
      const cut = piecesOf(doctors, 1);
      assert.ok(cut.length >= 3 && cut.slice(0, -1).every(p => p.end - p.start >= 2 * PIECE));
    });

    it('returns the lines themselves when none is longer than LONG_LINE', () => {
      const text = filler(3 * PAST_ONE_STORY);
      const lines = splitLines(text);
      assert.equal(readingLines(text, lines), lines);
    });

    it('has the quotations a scan of the whole line finds', () => {
      const part = 'قال الوزير «الخطة “الكبرى” ستبدأ غدا. وهي جاهزة» في المدن. وأضاف أن {التفاصيل} "ستنشر لاحقا". ';
      const line = part.repeat(Math.ceil(3 * LONG_LINE / part.length));
      assert.ok(piecesOf(line, 1).length >= 3);
      const scan: QuoteScan = { quotes: [], issues: [] };
      scanLineQuotes(line, 0, line.length, scan);
      const whole = (q: { start: number; end: number; style: string; depth: number }): unknown[] => [q.start, q.end, q.style, q.depth];
      const a = run(line);
      assert.equal(a.quotes.length, 4 * Math.ceil(3 * LONG_LINE / part.length));
      assert.deepEqual(a.quotes.map(whole), scan.quotes.map(whole));
      assert.deepEqual(a.quoteIssues, []);
    });

    it('finds a speaker\'s mentions in every piece', () => {
      const said = 'قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش. ';
      // He speaks again in the second piece; رشيد stands near both statements, in either piece.
      const text = `${said}وغادر رشيد القاعة. ${sentences(PIECE - 5_000)}وعاد رشيد مساء. ${sentences(10_000)}`
        + `وقال الوزير سالم رشيد إن الخطة جاهزة للتنفيذ. ثم غادر رشيد. ${sentences(LONG_LINE)}`;
      const pieces = piecesOf(text, 1);
      const at = [...text.matchAll(/رشيد/g)].map(m => m.index);
      const again = text.lastIndexOf('الوزير');
      assert.ok(pieces.length >= 3 && stories(text).length === 1);
      assert.ok(at[2] < pieces[0].end && again > pieces[1].start && at[4] < pieces[1].end);
      const a = run(text);
      assert.equal(a.speakers.length, 1);
      assert.deepEqual(a.statements.map(s => s.mention?.start), [text.indexOf('الوزير'), again]);
      assert.deepEqual(Array.from(a.speakers[0].mentions), [
        text.indexOf('الوزير'), at[0] + 4, at[1], at[1] + 4, at[2], at[2] + 4, again, at[3] + 4, at[4], at[4] + 4,
      ]);
    });

    it('is read story by story: a speaker named in one is out of reach of the next', () => {
      const said = 'قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش. ';
      const added = 'وأضاف أن الحكومة ستعلن الخطة الجديدة الأسبوع المقبل.';
      // Near, وأضاف goes on with the minister; the same line with 3 x STORY_CHARS between them is several stories.
      assert.deepEqual(run(`عنوان\n${said}${sentences(1_000)}${added}`).statements.map(s => [s.cue.text, s.speaker.name, s.line]),
        [['قال', 'سالم رشيد', 2], ['وأضاف', 'سالم رشيد', 2]]);
      const text = `عنوان\n${said}${sentences(3 * STORY_CHARS)}${added}`;
      assert.ok(stories(text).length >= 2);
      const a = run(text);
      assert.deepEqual(a.statements.map(s => [s.cue.text, s.speaker.name, s.line, s.content.text]), [['قال', 'سالم رشيد', 2, 'الميزانية جاهزة للنقاش']]);
      assert.deepEqual(a.looseCues.map(c => [c.text, c.start]), [['وأضاف', text.indexOf('وأضاف')]]);
    });
  });
});
