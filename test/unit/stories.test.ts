import * as assert from 'node:assert/strict';
import { STORY_CHARS, storiesOf } from '../../src/core/stories';
import { splitLines } from '../../src/core/tokens';
import { run } from './analyzeHelpers';

/** Lines with no statement, cue or name: `count` of them. */
const filler = (count: number): string => 'وتستمر الأعمال في الموقع منذ أشهر طويلة دون توقف.\n'.repeat(count);
/** Enough filler lines to take a story past STORY_CHARS. */
const PAST_ONE_STORY = Math.ceil(STORY_CHARS / filler(1).length) + 10;

function stories(text: string): string[] {
  const lines = splitLines(text);
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

  it('ends a story at any line break once it is twice STORY_CHARS, and never inside a line', () => {
    const text = filler(3 * PAST_ONE_STORY);
    const parts = stories(text);
    assert.equal(parts.join(''), text);
    assert.ok(parts.length >= 2);
    for (const p of parts) assert.ok(p.endsWith('\n') && p.length <= 2 * STORY_CHARS + filler(1).length);
    const oneLine = 'كلمة '.repeat(STORY_CHARS);
    assert.deepEqual(stories(oneLine), [oneLine]);
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
    /** A first paragraph that does not go on with a speaker (see the last test). */
    const lead = 'ناقش البرلمان الميزانية في جلسة طويلة أمس.\n';
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
});
