/**
 * Where a speaker is named beyond its statements: short forms, clitic forms and spellings with ڤ,
 * and only near where the speaker talks (a name many articles later is another story).
 */
import * as assert from 'node:assert/strict';
import { mentionSpans } from '../../src/core';
import { run } from './analyzeHelpers';

const mentionsOf = (text: string): string[][] => run(text).speakers.map(s => mentionSpans(s, text).map(m => m.text));

describe('speaker mentions', () => {
  it('finds a surname written with ڤ for ف (ستيڤنز for ستيفنز)', () => {
    const text = 'قال السفير الأمريكي كريس ستيفنز إن الوضع هادئ في المدينة.\nوغادر ستيڤنز القنصلية مساء أمس.';
    assert.deepEqual(mentionsOf(text), [['السفير الأمريكي كريس ستيفنز', 'ستيڤنز']]);
  });

  it('finds a name behind the clitics و and ال (والمهدي)', () => {
    const text = 'قال المتحدث باسم الرئاسة يوسف المهدي إن الزيارة ناجحة جدا.\nواستقبل الرئيس الوفد والمهدي في القصر.';
    assert.deepEqual(mentionsOf(text), [['المتحدث باسم الرئاسة يوسف المهدي', 'والمهدي']]);
  });

  it('finds a name behind فـ and ال, and with a diacritic, in a document past article size too', () => {
    const text = 'قال المتحدث باسم الرئاسة يوسف المهدي إن الزيارة ناجحة جدا.\nفالمهدي غادر القاعة، ثم عاد المَهدي إليها.';
    const expected = [['المتحدث باسم الرئاسة يوسف المهدي', 'فالمهدي', 'المَهدي']];
    assert.deepEqual(mentionsOf(text), expected);
    assert.deepEqual(mentionsOf(`${text}\n${'lorem ipsum '.repeat(20_000)}`), expected);
  });

  it('gives each speaker its mentions as start/end pairs in text order', () => {
    const text = 'قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\nوغادر رشيد القاعة.';
    const m = run(text).speakers[0]!.mentions;
    const at = text.indexOf('رشيد', 30);
    assert.deepEqual(Array.from(m), [text.indexOf('الوزير'), text.indexOf('رشيد') + 4, at, at + 4]);
  });

  it('looks for a name only within reach of where its speaker talks', () => {
    const filler = 'وتستمر الأعمال في الموقع منذ أشهر طويلة دون توقف.\n'.repeat(600);
    const text = `قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\nوغادر رشيد القاعة.\n${filler}وفي مدينة أخرى افتتح رشيد متجرا.`;
    assert.deepEqual(mentionsOf(text), [['الوزير سالم رشيد', 'رشيد']]);
  });

  it('does not look for a name between two far-apart places its speaker talks', () => {
    const filler = 'وتستمر الأعمال في الموقع منذ أشهر طويلة دون توقف.\n'.repeat(500);
    const text = `قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\n${filler}وفي مدينة أخرى افتتح رشيد متجرا.\n${filler}`
      + 'وقال رشيد إن النقاش سيستمر طويلا في البرلمان.\nوغادر رشيد القاعة.';
    assert.deepEqual(mentionsOf(text), [['الوزير سالم رشيد', 'رشيد', 'رشيد']]);
  });

  it('finds the same mentions in an article-size text (from its tokens) and in a long document (from its characters)', () => {
    // A diacritic, a tatweel and ڤ inside a name: the words the token path must not turn away.
    const text = 'قال الوزير سالم رشيد إن الميزانية جاهزة للنقاش.\nوغادر رَشيد القاعة ثم عاد رشـيد إليها.\n'
      + 'وقال السفير الأمريكي كريس ستيفنز إن الوضع هادئ في المدينة.\nوغادر ستيڤنز القنصلية مساء أمس.';
    const expected = [['الوزير سالم رشيد', 'رَشيد', 'رشـيد'], ['السفير الأمريكي كريس ستيفنز', 'ستيڤنز']];
    assert.deepEqual(mentionsOf(text), expected);
    // Past 200,000 characters the statement finder keeps no tokens: Latin filler, far from the names.
    assert.deepEqual(mentionsOf(`${text}\n${'lorem ipsum '.repeat(20_000)}`), expected);
  });
});
