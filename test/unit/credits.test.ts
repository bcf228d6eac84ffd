/**
 * Source credits: one rule, one test, each with a short sentence written for it, and the seed
 * article's twelve credits exactly (line, text, source, kind, photographer).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCredits, lookupOutlet } from '../../src/core/credits';
import type { AnalyzeOptions, Credit } from '../../src/core/types';

/** The credits of a text as [text, source, kind], after checking that every span says what it covers. */
function credits(text: string, options?: AnalyzeOptions): Array<[string, string, string]> {
  const found = findCredits(text, options);
  for (const c of found) {
    assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, `span inside the text: ${JSON.stringify(c)}`);
    assert.equal(text.slice(c.start, c.end), c.text);
  }
  return found.map(c => [c.text, c.source, c.kind]);
}

describe('credits: agencies', () => {
  it('peels the clitic ل off an agency told something (لرويترز)', () => {
    assert.deepEqual(credits('وقال المتحدث لرويترز إن المحادثات ستستمر.'), [['رويترز', 'Reuters', 'agency']]);
  });

  it('credits the agency of a dateline whose place is also a paper’s name: الرياض - واس', () => {
    assert.deepEqual(credits('عنوان الخبر هنا\nالرياض - واس\nقال الوزير سامي نور إن الخطة جاهزة للتنفيذ الآن.'), [['الرياض - واس', 'SPA', 'dateline']]);
  });

  it('credits an agency after وفقا ل', () => {
    assert.deepEqual(credits('ارتفع عدد الضحايا إلى عشرة وفقا لوكالة فرانس برس.'), [['وكالة فرانس برس', 'AFP', 'agency']]);
  });

  it('reads the spaced and dotted initials of AFP and DPA', () => {
    assert.deepEqual(credits('قال الوزير ذلك بحسب أ.ف.ب وأكده مصدر آخر لـ د ب أ.').map(c => c[1]), ['AFP', 'DPA']);
  });

  it('credits a bare agency even with no speech verb near it (wire services are sources)', () => {
    assert.deepEqual(credits('ولم يتسن لرويترز التحقق من صحة الصور.'), [['رويترز', 'Reuters', 'agency']]);
  });

  it('matches after Arabic normalization (الاناضول without hamza)', () => {
    assert.deepEqual(credits('وذكرت وكالة الاناضول أن الاجتماع انتهى.'), [['وكالة الاناضول', 'Anadolu', 'agency']]);
  });

  it('keeps a short acronym exact: وأم (and a mother) is not WAM', () => {
    assert.deepEqual(credits('زار المدرسة الأب وأم الطالب أمس.'), []);
    assert.deepEqual(credits('وأعلن الرئيس القرار، بحسب وام.'), [['وام', 'WAM', 'agency']]);
  });

  it('takes a full agency name with its quoted acronym as one credit', () => {
    assert.deepEqual(credits('وأوضح مصدر في الوزارة ضمن بيان بثته وكالة الأنباء السعودية "واس" أن القرار نهائي.'), [
      ['وكالة الأنباء السعودية "واس"', 'SPA', 'agency'],
    ]);
  });

  it('includes a trailing للأنباء in the agency name', () => {
    assert.deepEqual(credits('وقالت وكالة تاس الروسية للأنباء إن الطائرة هبطت.'), [['وكالة تاس الروسية للأنباء', 'TASS', 'agency']]);
  });

  it('does not credit an agency that only employs someone in the story', () => {
    assert.deepEqual(credits('وأصيب المصور الذي يعمل مع فرانس برس منذ سنوات.'), []);
    assert.deepEqual(credits('وأصيب مراسل رويترز في المدينة بجروح طفيفة.'), []);
  });

  it('does not credit an agency named inside a quotation', () => {
    assert.deepEqual(credits('وقال "المعلومات ظهرت منذ أيام على موقع سبوتنيك الإخباري".'), []);
  });

  it('reads the quotation mark that closes a credit it has just taken before the next credit', () => {
    assert.deepEqual(credits('وقال المسؤول لـ"واشنطن بوست" إن الخطة جاهزة، وأكد لرويترز أنها ستنفذ.').map(c => c[1]), ['Washington Post', 'Reuters']);
  });

  it('keeps the line and quotation context after thousands of marks with no outlet among them', () => {
    // Quotation marks that open and close, then full stops: the credit after them is in the open.
    const balanced = `${'«'.repeat(5000)}${'»'.repeat(5000)} ${'. '.repeat(5000)}وقال المتحدث لرويترز إن المحادثات ستستمر.`;
    assert.deepEqual(credits(balanced).map(c => c[1]), ['Reuters']);
    // Still inside a quotation thousands of marks later: no credit.
    assert.deepEqual(credits(`«${'!'.repeat(5000)} وقال المتحدث لرويترز إن المحادثات ستستمر.`), []);
    // A line break closes every quotation: the next line's credit counts.
    assert.deepEqual(credits(`«${'!'.repeat(5000)}\nوقال المتحدث لرويترز إن المحادثات ستستمر.`).map(c => c[1]), ['Reuters']);
    // A newspaper needs its cue in the same sentence: the full stops before it end the earlier ones.
    assert.deepEqual(credits(`قال ${'. '.repeat(5000)}المدير إن الخطة جاهزة بحسب ما نشرته صحيفة الجزيرة.`).map(c => c[1]), ['Al Jazirah']);
  });

  it('reads the direction of a quotation mark, so a stray one does not hide the credits after it', () => {
    assert.deepEqual(credits('وصف الخطة بأنها "ناجحة" و"مهمة"" للجميع، وقال المدير لـ"واشنطن بوست" إن التنفيذ بدأ.').map(c => c[0]), ['واشنطن بوست']);
  });
});

describe('credits: newspapers, broadcasters and websites', () => {
  it('includes the descriptor صحيفة when it stands before the name', () => {
    assert.deepEqual(credits('قالت صحيفة واشنطن بوست، الثلاثاء، إن الخطة جاهزة.'), [['صحيفة واشنطن بوست', 'Washington Post', 'newspaper']]);
  });

  it('leaves quotation marks out of a name with a clitic (لـ"واشنطن بوست")', () => {
    assert.deepEqual(credits('وقال مسؤولون لـ"واشنطن بوست" إن القرار لم يتخذ.'), [['واشنطن بوست', 'Washington Post', 'newspaper']]);
  });

  it('keeps the quotation marks when a descriptor introduces the name (قناة "روسيا اليوم")', () => {
    assert.deepEqual(credits('وقال الرئيس في مقابلة بثتها قناة "روسيا اليوم" إنه سيعود.'), [['قناة "روسيا اليوم"', 'Russia Today', 'broadcaster']]);
  });

  it('credits an outlet written in Latin script after لـ', () => {
    assert.deepEqual(credits('وقال مصدر في الشرطة لـCNN إن التحقيق بدأ.'), [['CNN', 'CNN', 'broadcaster']]);
  });

  it('does not credit an outlet that is only the topic or the actor of a deed', () => {
    assert.deepEqual(credits('وتدرس الهيئة إغلاق محطة "روسيا اليوم" في البلاد.'), []);
    assert.deepEqual(credits('وحاولت CNN الحصول على تعليق من الوزارة.'), []);
  });

  it('credits an ambiguous name (الجزيرة، الأهرام) only in quotation marks', () => {
    assert.deepEqual(credits('وقال المدير لـ«الجزيرة» إن المشروع تأخر.'), [['الجزيرة', 'Al Jazirah', 'newspaper']]);
    assert.deepEqual(credits('وقال المدير للجزيرة إن المشروع تأخر.'), []);
    assert.deepEqual(credits('ويقول الكاتب في "الأهرام" المصرية إن الأزمة طويلة.'), [['الأهرام', 'Al-Ahram', 'newspaper']]);
  });

  it('credits an outlet missing from the gazetteer when a descriptor names it in quotes, and later mentions of it', () => {
    const text = 'وبحسب موقع "أخبار الغد" فإن الأسعار سترتفع. وبحسب "أخبار الغد"، تتراجع الصادرات.';
    assert.deepEqual(credits(text).map(c => c[0]), ['موقع "أخبار الغد"', 'أخبار الغد']);
  });

  it('learns a name for its own text only: the next text does not credit it without a descriptor', () => {
    const learnt = 'وبحسب موقع "أخبار الغد" فإن الأسعار سترتفع. وبحسب "أخبار الغد"، تتراجع الصادرات.';
    assert.deepEqual(credits(learnt).map(c => c[0]), ['موقع "أخبار الغد"', 'أخبار الغد']);
    assert.deepEqual(credits('وبحسب "أخبار الغد"، تتراجع الصادرات.'), []);
  });

  it('credits an unquoted unknown newspaper after صحيفة, up to a nisba adjective', () => {
    assert.deepEqual(credits('وقال الوزير لصحيفة كورييري ديلا سيرا الإيطالية إن الاتفاق قريب.').map(c => c[0]), ['صحيفة كورييري ديلا سيرا']);
  });

  it('credits an outlet followed by a cue (مع فرانس24 قائلا) or opening a press review (في الغارديان:)', () => {
    assert.deepEqual(credits('وقال في مداخلة هاتفية مع فرانس24 قائلا إن الوضع هادئ.').map(c => c[0]), ['فرانس24']);
    assert.deepEqual(credits('في الغارديان: تقرير عن أسعار الخبز').map(c => c[0]), ['الغارديان']);
  });

  it('credits an outlet that asks (سألت "العربية.نت") and a quoted paper after بـ', () => {
    assert.deepEqual(credits('وسألت "العربية.نت" الوزير عن الخطة.').map(c => c[1]), ['Al Arabiya.net']);
    assert.deepEqual(credits('وقال الوزير في تصريح خاص بـ«عكاظ» إن المشروع اكتمل.').map(c => c[1]), ['Okaz']);
    assert.deepEqual(credits('وقال المدير لـ "الاقتصادية" إن الأسعار سترتفع.').map(c => c[0]), ['الاقتصادية']);
  });

  it('does not credit an outlet whose staff are the topic (ممثلي "روسيا اليوم")', () => {
    assert.deepEqual(credits('واستدعت الهيئة ممثلي "روسيا اليوم" للتحقيق، وأعلنت لاحقا أن الخطأ صحح.'), []);
  });

  it('does not credit a social network as a source', () => {
    assert.deepEqual(credits('وقال في تغريدة نشرها على موقع "تويتر" إنه سيترشح.'), []);
  });

  it('credits unnamed sources right after an attribution word', () => {
    assert.deepEqual(credits('ونقلت وكالات روسية عن الوزارة أن الاختبار نجح.'), [['وكالات روسية', 'Russian agencies', 'agency']]);
    assert.deepEqual(credits('وكشفت صحيفة يمنية عن اعتقال خلية.'), [['صحيفة يمنية', 'Yemeni newspaper', 'newspaper']]);
    assert.deepEqual(credits('ونشر الإعلام السوري الرسمي نص الرسالة.'), [['الإعلام السوري الرسمي', 'Syrian state media', 'agency']]);
  });

  it('does not credit a generic outlet phrase with no attribution word before it', () => {
    assert.deepEqual(credits('وتعاني وكالات روسية من نقص التمويل.'), []);
  });
});

describe('credits: photos, URLs and datelines', () => {
  it('takes a © photo credit whole, with the photographer', () => {
    const [c] = findCredits('الرئيس في القمة. © Sputnik. Ivan Petrov');
    assert.deepEqual([c.text, c.source, c.kind, c.person], ['© Sputnik. Ivan Petrov', 'Sputnik', 'photo', 'Ivan Petrov']);
  });

  it('takes a تصوير: credit whole, without the final full stop', () => {
    const [c] = findCredits('الوزير يلقي كلمة. تصوير: أحمد سالم- رويترز.');
    assert.deepEqual([c.text, c.source, c.kind, c.person], ['تصوير: أحمد سالم- رويترز', 'Reuters', 'photo', 'أحمد سالم']);
  });

  it('takes each labelled photo credit of a line, a blank before the colon allowed, and no colon without a label', () => {
    const found = findCredits('تصوير: محمد علي. عدسة : سامي حسن - رويترز');
    assert.deepEqual(found.map(c => [c.text, c.source, c.person]), [
      ['تصوير: محمد علي', 'محمد علي', 'محمد علي'],
      ['عدسة : سامي حسن - رويترز', 'Reuters', 'سامي حسن'],
    ]);
    assert.deepEqual(findCredits('قال الوزير: الصورة واضحة والمصور غائب.'), []);
  });

  it('takes a quoted outlet after the photographer into the photo credit', () => {
    const [c] = findCredits('لاعب يرفع علم فريقه. تصوير: سالم نور ـ «الاقتصادية» وأوضح المدرب أن الفريق جاهز.');
    assert.deepEqual([c.text, c.source, c.person], ['تصوير: سالم نور ـ «الاقتصادية»', 'Al-Eqtisadiya', 'سالم نور']);
  });

  it('credits a URL with a name from its domain', () => {
    assert.deepEqual(credits('مبنى الوزارة. www.example-news.com\nوفي خبر آخر https://arabic.cnn.com/world/1'), [
      ['www.example-news.com', 'Example-news', 'website'],
      ['https://arabic.cnn.com/world/1', 'CNN', 'website'],
    ]);
  });

  it('names a site under a country domain by the label before it (www.example.edu.sa), never a link shortener', () => {
    assert.deepEqual(credits('التسجيل عبر الموقع www.example.edu.sa حتى الخميس.').map(c => c[1]), ['Example']);
    assert.deepEqual(credits('للتسجيل اضغط الرابط http://bit.ly/abc123 قبل الموعد.'), []);
  });

  it('does not take a city that is also a paper (الرياض) for the outlet of a dateline', () => {
    assert.deepEqual(credits('المحرر الرياضي - الرياض\nفاز الفريق أمس.'), []);
    assert.deepEqual(credits('عين اليوم – الرياض\nفاز الفريق أمس.'), [['عين اليوم – الرياض', 'Ain Alyoum', 'dateline']]);
  });

  it('takes a dateline with its place: place - agency', () => {
    assert.deepEqual(credits('موسكو - د ب أ\nأعلنت الحكومة خطة جديدة.'), [['موسكو - د ب أ', 'DPA', 'dateline']]);
  });

  it('takes a dateline whose outlet is an ambiguous word in quotes: لندن - «الشرق الأوسط»:', () => {
    assert.deepEqual(credits('لندن - «الشرق الأوسط»: بدأت المفاوضات أمس.'), [['لندن - «الشرق الأوسط»', 'Asharq Al-Awsat', 'dateline']]);
  });

  it('names the reporter of a reporter - outlet - place byline', () => {
    const [c] = findCredits('سالم العلي - سبق - الرياض: افتتح الأمير المعرض.');
    assert.deepEqual([c.text, c.source, c.kind, c.person], ['سالم العلي - سبق', 'Sabq', 'dateline', 'سالم العلي']);
  });

  it('takes a dateline that opens with the outlet: سبق- الرياض:', () => {
    assert.deepEqual(credits('سبق- الرياض: افتتح الأمير المعرض.'), [['سبق- الرياض', 'Sabq', 'dateline']]);
  });

  it('takes a place-and-date line that ends with the agency as one dateline', () => {
    assert.deepEqual(credits('عنوان الخبر\n جدة 3 رجب 1437 هـ الموافق 10 أبريل 2016 م واس\nنص الخبر.').map(c => [c[0], c[2]]), [
      ['جدة 3 رجب 1437 هـ الموافق 10 أبريل 2016 م واس', 'dateline'],
    ]);
  });

  it('takes a dateline that credits unnamed agencies: دبي - وكالات', () => {
    assert.deepEqual(credits('دبي - وكالات\nارتفعت أسعار النفط أمس.'), [['دبي - وكالات', 'news agencies', 'dateline']]);
  });

  it('credits the paper named in a link footer (رابط الخبر بصحيفة الوئام)', () => {
    assert.deepEqual(credits('نص الخبر.\nرابط الخبر بصحيفة الوئام: عنوان الخبر').map(c => c[1]), ['Al-Wiam']);
  });

  it('takes a bracketed dateline: باريس، فرنسا (CNN)--', () => {
    assert.deepEqual(credits('باريس، فرنسا (CNN)-- أعلنت الشرطة اعتقال رجلين.'), [['باريس، فرنسا (CNN)', 'CNN', 'dateline']]);
  });

  it('credits each outlet of a byline line made of outlets only', () => {
    assert.deepEqual(credits('عنوان الخبر\nفرانس24/ أ ف ب\nنص الخبر.').map(c => c[0]), ['فرانس24', 'أ ف ب']);
  });

  it('credits a site named at the end of a title after a dash', () => {
    assert.deepEqual(credits('صحف عربية تناقش الأزمة في المنطقة - BBC Arabic\nنص').map(c => c[0]), ['BBC Arabic']);
  });
});

describe('credits: options and look-up', () => {
  it('adds the extra agencies of the settings', () => {
    const options: AnalyzeOptions = { extraAgencies: [{ name: 'وكالة النجم', canonical: 'Star Agency' }] };
    assert.deepEqual(credits('وذكرت وكالة النجم أن الحريق أخمد.', options), [['وكالة النجم', 'Star Agency', 'agency']]);
  });

  it('tells the speaker finder that a phrase is an outlet', () => {
    assert.deepEqual(lookupOutlet('صحيفة واشنطن بوست'), { source: 'Washington Post', sourceArabic: 'واشنطن بوست', kind: 'newspaper' });
    assert.equal(lookupOutlet('لرويترز')?.source, 'Reuters');
    assert.equal(lookupOutlet('وزارة الدفاع'), undefined);
  });

  it('returns nothing for an empty text and never throws on odd input', () => {
    assert.deepEqual(findCredits(''), []);
    assert.doesNotThrow(() => findCredits('"«“(' .repeat(1000) + 'لـ'.repeat(1000) + 'وكالة '.repeat(1000)));
  });
});

describe('credits: the seed article', () => {
  const root = join(__dirname, '..', '..', '..');
  const text = readFileSync(join(root, 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');
  const lineOf = (c: Credit): number => text.slice(0, c.start).split('\n').length;

  it('finds the twelve credits exactly', () => {
    const got = findCredits(text).map(c => ({ line: lineOf(c), text: c.text, source: c.source, kind: c.kind, person: c.person }));
    const photo = (line: number, t: string, source: string, person: string) => ({ line, text: t, source, kind: 'photo', person });
    const outlet = (line: number, t: string, source: string, kind: string) => ({ line, text: t, source, kind, person: undefined });
    assert.deepEqual(got, [
      outlet(9, 'واشنطن بوست', 'Washington Post', 'newspaper'),
      photo(15, '© Sputnik. Vladimir Astapkovich', 'Sputnik', 'Vladimir Astapkovich'),
      photo(16, '© Sputnik. Vladimir Astapkovich', 'Sputnik', 'Vladimir Astapkovich'),
      outlet(28, 'رويترز', 'Reuters', 'agency'),
      photo(30, 'تصوير: فرانسوا لينواه- رويترز', 'Reuters', 'فرانسوا لينواه'),
      photo(31, 'تصوير: فرانسوا لينواه- رويترز', 'Reuters', 'فرانسوا لينواه'),
      outlet(45, 'وكالات روسية', 'Russian agencies', 'agency'),
      outlet(50, 'وكالة الأنباء الروسية', 'Russian news agency', 'agency'),
      outlet(56, 'صحيفة واشنطن بوست', 'Washington Post', 'newspaper'),
      { line: 58, text: 'www.politico.com', source: 'Politico', kind: 'website', person: undefined },
      { line: 59, text: 'www.politico.com', source: 'Politico', kind: 'website', person: undefined },
      outlet(65, 'واشنطن بوست', 'Washington Post', 'newspaper'),
    ]);
  });
});

describe('credits: outlets named by a descriptor, reporters and apps', () => {
  const creditsOf = (text: string) => credits(text);

  it('reads a quoted name after a descriptor that only starts like a known outlet', () => {
    assert.deepEqual(creditsOf('وقالت صحيفة "ديلي سبورت" البريطانية إن الفريق سيغير مدربه.'), [['صحيفة "ديلي سبورت"', 'ديلي سبورت', 'newspaper']]);
  });

  it('reads a name in brackets after a descriptor', () => {
    assert.deepEqual(creditsOf('ونقل موقع (الرصد اليومي) الإخباري عن مصادر أن التحقيق مستمر.'), [['موقع (الرصد اليومي)', 'الرصد اليومي', 'website']]);
  });

  it('reads a broadcaster named by a descriptor', () => {
    assert.deepEqual(creditsOf('وقالت قناة "الشمال 24" إن الطريق أغلق.'), [['قناة "الشمال 24"', 'الشمال 24', 'broadcaster']]);
  });

  it('credits the outlet whose correspondent reports', () => {
    assert.deepEqual(creditsOf('وأفاد مراسل «الأناضول» بأن الطريق إلى المدينة أغلق صباحا.').map(c => c[1]), ['Anadolu']);
    assert.deepEqual(creditsOf('وكان مراسل «الأناضول» في الحي حين وقع الانفجار.'), []);
  });

  it('credits the outlet whose app the article points to', () => {
    assert.deepEqual(creditsOf('ولمتابعة الأخبار العاجلة حملوا تطبيق بي بي سي عربي على هواتفكم.').map(c => c[1]), ['BBC Arabic']);
  });
});
