import * as assert from 'node:assert/strict';
import { mentionSpans } from '../../src/core';
import { run } from './analyzeHelpers';

describe('speaker resolution', () => {
  it('joins a short form to the full name and records every mention', () => {
    const text = 'قال المتحدث باسم الرئاسة يوسف المهدي إن الزيارة ناجحة جدا.\nوقال المهدي إن الوفد سيعود غدا إلى العاصمة.\nوغادر المهدي القاعة.';
    const a = run(text);
    assert.equal(a.speakers.length, 1);
    assert.equal(a.speakers[0].name, 'يوسف المهدي');
    assert.deepEqual(a.speakers[0].statements, [0, 1]);
    assert.deepEqual(mentionSpans(a.speakers[0], text).map(m => m.text), ['المتحدث باسم الرئاسة يوسف المهدي', 'المهدي', 'المهدي']);
    assert.equal(a.speakers[0].type, 'person');
  });

  it('gives a pro-dropped subject to the previous speaker', () => {
    const a = run('قال الوزير خالد منصور إن الميزانية جاهزة للنقاش.\nوأضاف "سنعرضها على البرلمان الأسبوع المقبل".');
    assert.equal(a.statements[1].mention, null);
    assert.equal(a.statements[1].speakerIndex, a.statements[0].speakerIndex);
  });

  it('gives a feminine cue to the latest feminine speaker', () => {
    const text = 'وقالت صحيفة الأخبار إن الحكومة ستستقيل قريبا.\nوقال الوزير سالم رشيد إن الاستقالة غير مطروحة الآن.\nوأشارت إلى أن مصادرها موثوقة تماما.';
    const a = run(text);
    assert.equal(a.statements[2].speaker.name, 'الأخبار');
  });

  it('resolves a role phrase to the person named in that role', () => {
    const text = 'وقال المتحدث باسم الشرطة العقيد ماهر سليم إن التحقيق بدأ فعلا.\nوأوضح المتحدث أن المشتبه بهم اعتقلوا في الليل.';
    const a = run(text);
    assert.equal(a.speakers.length, 1);
    assert.equal(a.statements[1].speaker.name, 'ماهر سليم');
  });

  it('lets a named person adopt a source first known by its role', () => {
    const text = 'ألمح السفير الروسي لدى المنظمة إلى أن التقرير مسيس بالكامل.\nوقال السفير الروسي فلاديمير بيتروف إن بلاده سترد على التقرير.';
    const a = run(text);
    assert.equal(a.speakers.length, 1);
    assert.equal(a.speakers[0].name, 'فلاديمير بيتروف');
  });

  it('compares names after normalization', () => {
    const a = run('قال وزير الخارجية أحمد الأمين إن اللقاء مثمر جدا.\nوقال احمد الامين إن الجولة المقبلة في القاهرة.');
    assert.equal(a.speakers.length, 1);
  });

  it('applies options.speakerAliases', () => {
    const a = run('وقال أبو علي إن الاتفاق سيوقع قريبا جدا.', { speakerAliases: { 'أبو علي': 'علي حسن' } });
    assert.equal(a.statements[0].speaker.name, 'علي حسن');
  });

  it('classifies organisations and unnamed sources', () => {
    const a = run('وقالت وزارة الدفاع إن التدريبات انتهت بنجاح.\nوقال مسؤولون في الوزارة إن التدريبات ستتكرر كل عام.');
    assert.deepEqual(a.speakers.map(s => [s.name, s.type]), [['وزارة الدفاع', 'organization'], ['مسؤولون في الوزارة', 'unnamed']]);
  });

  it('finds the holder of a role where the text names them earlier, outside any statement', () => {
    const text = 'وصل نائب رئيس الوزراء ماجد الكعبي إلى المدينة صباحا.\nوقال نائب رئيس الوزراء: "سنعيد بناء كل ما تهدم هنا".';
    assert.equal(run(text).statements[0].speaker.name, 'ماجد الكعبي');
  });

  it('gives a one-word role to the person the text introduced with it before, not after', () => {
    const a = run('أجرت المجلة مقابلة مع الممثلة الأمريكية كارين دوفال عن حياتها وعملها.\nونقلت المجلة عن الممثلة قولها "أشعر بسعادة كبيرة بهذا الدور الجديد".\nوقالت الممثلة إن الدور كان صعبا للغاية.');
    assert.deepEqual(a.statements.map(s => s.speaker.name), ['كارين دوفال', 'كارين دوفال']);
    assert.equal(a.speakers[0].role, 'الممثلة');
    const later = run('وقالت الممثلة إن الدور كان صعبا للغاية.\nوحضرت الحفل الممثلة الأمريكية كارين دوفال مع أسرتها.');
    assert.deepEqual(later.statements.map(s => s.speaker.name), ['الممثلة']);
  });

  it('keeps an organisation named after a person apart from the person', () => {
    const text = 'وقال بيان صادر عن مكتب سليم: إن الاجتماع تأجل إلى الأسبوع المقبل.\nوقال الوزير فادي سليم إن التأجيل لأسباب فنية بحتة.';
    const a = run(text);
    assert.deepEqual(a.speakers.map(s => s.name), ['مكتب سليم', 'فادي سليم']);
  });

  it('takes the name after يدعى, which is not the verb ادعى', () => {
    const s = run('وقال شاهد عيان يدعى سعيد ناصر إن الانفجار هز الحي كله.').statements[0];
    assert.equal(s.speaker.name, 'سعيد ناصر');
  });
});

