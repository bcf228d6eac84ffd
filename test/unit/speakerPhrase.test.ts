import * as assert from 'node:assert/strict';
import { only, run } from './analyzeHelpers';

/** The speakers of `text`'s statements, in text order. */
const speakersOf = (text: string): string[] => run(text).statements.map(s => s.speaker.name);

describe('speaker phrase after the verb: where it starts and stops', () => {
  it('keeps a role going through ل + a definite noun before the name: المفوض السامي للمنظمة فلان', () => {
    const s = only('وأوضح المفوض السامي للمنظمة لشؤون المياه جان دوبوا الأحد أن الجفاف يهدد ملايين السكان.');
    assert.equal(s.speaker.name, 'جان دوبوا');
    assert.equal(s.speaker.role, 'المفوض السامي للمنظمة لشؤون المياه');
  });

  it('reads ل + a short noun inside a role as the role, not a name: مدير الإدارة العامة لصحة البيئة', () => {
    const s = only('وقال الدكتور سالم الكعبي مدير الإدارة العامة لصحة البيئة في البلدية إن الحر يضر بالعمال.');
    assert.equal(s.speaker.name, 'سالم الكعبي');
  });

  it('skips a preposition with a pronoun between the verb and its subject', () => {
    const s = only('وقالت عنه الممثلة كارين دوفال إن تصاميمه كانت الأقرب إلى قلبها طوال حياتها.');
    assert.equal(s.speaker.name, 'كارين دوفال');
  });

  it('reads ل + a noun right after the verb as the one spoken to, not the speaker', () => {
    assert.deepEqual(
      speakersOf('قال وزير الدفاع سامي الهادي إن التعاون مستمر بين البلدين.\nوأضاف للوفد الزائر إن الحدود ستبقى مفتوحة أمام التجارة.'),
      ['سامي الهادي', 'سامي الهادي'],
    );
  });

  it('keeps a nisba adjective that opens with ب in an organisation’s phrase', () => {
    const s = only('وقالت جمعية بريطانية إن الولادة في الماء آمنة على الأم.');
    assert.equal(s.speaker.name, 'جمعية بريطانية');
    assert.equal(s.content.text, 'الولادة في الماء آمنة على الأم');
  });

  it('gives a report to its owner: تقرير لصحيفة، تحقيق لوكالة', () => {
    assert.equal(only('وذكر تقرير لصحيفة الغد أن الأسعار سترتفع في الشهر المقبل.').speaker.name, 'الغد');
    assert.equal(only('وكان تحقيق صحفي لرويترز كشف في مارس الماضي أن القرية فقدت نصف سكانها.').speaker.name, 'رويترز');
  });

  it('ends a complete name before a definite verbal noun or plural, the verb’s object', () => {
    const a = only('وانتقد رئيس الوزراء بنيامين نتنياهو الاتفاق الموقع مع إيران في فيينا.');
    assert.equal(a.speaker.name, 'بنيامين نتنياهو');
    assert.equal(a.content.text, 'الاتفاق الموقع مع إيران في فيينا');
    assert.equal(only('وانتقد الوزير سامي الهادي الاتفاق الموقع مع إيران في فيينا.').speaker.name, 'سامي الهادي');
    assert.equal(only('ونفت وزارة الخارجية البريطانية التقارير التي تحدثت عن انسحاب القوات.').speaker.name, 'وزارة الخارجية البريطانية');
    assert.equal(only('ووصف الوزير التصعيد في المدينة بأنه "غير مسبوق" على الإطلاق.').speaker.name, 'الوزير');
  });

  it('ends an unnamed source before an indefinite noun after its nisba adjective', () => {
    const s = only('وانتقد عدد من المسؤولين الأردنيين هجوم الصحفي البريطاني على الحكومة.');
    assert.equal(s.speaker.name, 'عدد من المسؤولين الأردنيين');
    assert.equal(s.content.text, 'هجوم الصحفي البريطاني على الحكومة');
  });

  it('ends the phrase before ب + a definite verbal noun: وطالب ناشطون بالتصريح', () => {
    assert.equal(only('وطالب ناشطون بالتصريح الفوري عن مصير المعتقلين في السجون.').speaker.name, 'ناشطون');
  });

  it('stops before the one spoken to after a name: وصرح فلان لبرنامج', () => {
    const s = only('وصرح كارل موندر لبرنامج "لقاء الأحد" بأن الصفقة ستمنح الشركة أرباحا كبيرة.');
    assert.equal(s.speaker.name, 'كارل موندر');
  });

  it('stops before a noun with a possessive pronoun: عن فلان قوله', () => {
    const s = only('ونقلت الوكالة عن سيرغي ماركوف قوله إن المحادثات كانت مثمرة للغاية.');
    assert.equal(s.speaker.name, 'سيرغي ماركوف');
  });

  it('keeps a person noun with a pronoun in the phrase: ونظيرته', () => {
    const s = only('ورأى وزير الخارجية الفرنسي جان بوريل ونظيرته الألمانية إيفا شولتس في بيان أن الاتفاق خطوة مهمة.');
    assert.match(s.speaker.name, /إيفا شولتس|جان بوريل/);
  });

  it('takes a name no lexicon knows as the subject of a coordinated verb', () => {
    assert.deepEqual(
      speakersOf('وقال التاجر سالم العنزي إن الموسم كان جيدا هذا العام.\nوذكر فهد الكعبي أحد أقدم التجار في السوق أن الأسعار ارتفعت كثيرا.'),
      ['سالم العنزي', 'فهد الكعبي'],
    );
  });

  it('ends a surname before its ordinary definite object: وحث الكعبي الشباب', () => {
    const a = run('وقال التاجر فهد الكعبي إن الموسم كان جيدا.\nوحث الكعبي الشباب السعودي على العمل وأن السوق مدرسة حقيقية للتجارة.');
    assert.deepEqual(a.statements.map(s => s.speaker.name), ['فهد الكعبي', 'فهد الكعبي']);
    assert.equal(a.statements[1].mention?.text, 'الكعبي');
  });

  it('keeps a participle in apposition after a surname: فواز الحمد المختص', () => {
    const s = only('قال فواز الحمد المختص في مجال التأمين «إن المشكلة ليست في الوثائق بل في الربط بين الأنظمة».');
    assert.equal(s.kind, 'direct');
    assert.match(s.speaker.name, /فواز الحمد/);
  });

  it('reads an adjective of manner after the verb as no subject: وقال ضاحكا', () => {
    assert.deepEqual(
      speakersOf('قال المدرب خالد العمري إن الفريق جاهز للمباراة.\nوقال ضاحكا إن اللاعبين ناموا مبكرا هذه المرة.'),
      ['خالد العمري', 'خالد العمري'],
    );
  });

  it('reads a dual noun in construct as the subject: وتابع وزيرا الداخلية', () => {
    const s = only('وتابع وزيرا الداخلية في بيان مشترك أن أزمة الهجرة تتطلب ردا دوليا شاملا.');
    assert.equal(s.speaker.name, 'وزيرا الداخلية');
  });

  it('takes a quoted name after a role: المتحدث باسم الحركة "أبو سالم"', () => {
    const s = only('وقال المتحدث باسم الحركة "أبو سالم"، في بيان، إن القيادة اختارت زعيما جديدا لها.');
    assert.equal(s.speaker.name, 'أبو سالم');
  });

  it('reads a long role and a name to the end: مدير عام ... المهندس فلان', () => {
    const s = only('وقال مدير عام إدارة الزراعة في منطقة الشمال المهندس ناصر بن حمد الشمري إن المحصول جيد هذا العام.');
    assert.equal(s.speaker.name, 'ناصر بن حمد الشمري');
  });

  it('finds no speaker in a verb after ماذا: شاهد ماذا قال', () => {
    assert.equal(run('شاهد ماذا قال الأمير سلطان للقوات المسلحة الوطنية').statements.length, 0);
  });
});

describe('speaker phrase: two definite nouns', () => {
  it('ends an organisation before a definite noun that is no adjective: انتقد البرلمان | القرار', () => {
    const a = run('عنوان\n\nوانتقد البرلمان القرار الجديد بشدة، وأضاف أن الحكومة لم تستشر النواب في بنوده.');
    assert.ok(a.statements.every(s => s.speaker.name === 'البرلمان'));
  });
});
