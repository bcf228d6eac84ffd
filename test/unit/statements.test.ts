import * as assert from 'node:assert/strict';
import { only, run } from './analyzeHelpers';

describe('statements: speaker, cue, content, kind', () => {
  it('binds a verb-subject speaker and starts indirect content after إن', () => {
    const s = only('قال المتحدث باسم الحكومة سامر الخطيب يوم الثلاثاء إن الحكومة ستواصل دعم المزارعين.');
    assert.equal(s.cue.text, 'قال');
    assert.equal(s.mention?.text, 'المتحدث باسم الحكومة سامر الخطيب');
    assert.deepEqual(s.speaker, { name: 'سامر الخطيب', role: 'المتحدث باسم الحكومة' });
    assert.equal(s.content.text, 'الحكومة ستواصل دعم المزارعين');
    assert.equal(s.kind, 'indirect');
  });

  it('stops the speaker at an audience and a speech event', () => {
    assert.equal(only('وقال الوزير للصحفيين إن المفاوضات ستستأنف قريبا.').mention?.text, 'الوزير');
    assert.equal(only('وقال كريم سعيد في كلمة أمام البرلمان إن الإصلاح مستمر بلا توقف.').mention?.text, 'كريم سعيد');
  });

  it('counts a pronoun-suffixed complementizer as one word', () => {
    assert.equal(only('وأكدت الوزارة أنها ستفتح تحقيقا في الحادث.').content.text, 'ستفتح تحقيقا في الحادث');
  });

  it('starts content after the verb and its subject when there is no complementizer', () => {
    const s = only('أعلنت وزارة الصحة يوم الإثنين تعليق الدراسة في المدارس كلها.');
    assert.equal(s.speaker.name, 'وزارة الصحة');
    assert.equal(s.content.text, 'تعليق الدراسة في المدارس كلها');
  });

  it('takes a direct quote without its marks', () => {
    const s = only('وقال الوزير "لن نتراجع عن هذا القرار مهما حدث".');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'لن نتراجع عن هذا القرار مهما حدث');
  });

  it('passes a quoted name among the adjuncts on the way to the quotation said', () => {
    const a = run('قال الطبيب سامي نور إن الوضع الصحي في المدينة صعب للغاية.\nوقال للصحفيين في لقاء عبر الفيديو بحسب "رويترز" "لدينا مئة مريض في المستشفى وهذا عدد كبير".');
    assert.equal(a.statements[1].kind, 'direct');
    assert.equal(a.statements[1].content.text, 'لدينا مئة مريض في المستشفى وهذا عدد كبير');
  });

  it('takes the quotation after where and to whom it was said as the whole content of قال', () => {
    const s = only('وقال الوزير في مؤتمر صحفي مع نظيره أمس "لن نتراجع عن هذا القرار مهما حدث".');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'لن نتراجع عن هذا القرار مهما حدث');
    const n = only('ونقلت الوكالة عن الوزير سالم العلي قوله خلال لقاء مع الصحفيين "القرار نهائي ولا رجعة فيه".');
    assert.equal(n.kind, 'direct');
    assert.equal(n.content.text, 'القرار نهائي ولا رجعة فيه');
  });

  it('keeps the words around a quotation that does not close the clause', () => {
    const s = only('وقال الوزير في مؤتمر صحفي "لن نتراجع أبدا" عن هذا القرار مهما حدث.');
    assert.equal(s.kind, 'mixed');
    assert.match(s.content.text, /عن هذا القرار مهما حدث$/);
  });

  it('keeps a final period that stands inside the marks', () => {
    assert.equal(only('وقال الوزير "سنبقى هنا حتى النهاية."').content.text, 'سنبقى هنا حتى النهاية.');
  });

  it('takes a mixed clause whole, with its marks', () => {
    const s = only('وقال الوزير إن القرار "نهائي ولا رجعة فيه" في كل الأحوال.');
    assert.equal(s.kind, 'mixed');
    assert.equal(s.content.text, 'القرار "نهائي ولا رجعة فيه" في كل الأحوال');
  });

  it('does not count a quoted name as quoted words', () => {
    assert.equal(only('وأعلنت الوزارة أن منظومة "إس 300" وصلت إلى القاعدة.').kind, 'indirect');
  });

  it('drops content shorter than three words', () => {
    assert.equal(run('وقال الوزير إن الوضع جيد.').statements.length, 0);
  });

  it('drops a refusal to comment', () => {
    assert.equal(run('ورفض المتحدث التعليق على الأنباء الواردة من الحدود.').statements.length, 0);
  });

  it('ends content before a participle that opens a new statement', () => {
    const a = run('وقالت الوزيرة ليلى حسن إن الأسعار سترتفع قليلا، مضيفة أن الحكومة ستدعم الأسر الفقيرة.');
    assert.deepEqual(a.statements.map(s => [s.cue.text, s.content.text]), [
      ['وقالت', 'الأسعار سترتفع قليلا'],
      ['مضيفة', 'الحكومة ستدعم الأسر الفقيرة'],
    ]);
    assert.equal(a.statements[1].mention, null);
    assert.equal(a.statements[1].speaker.name, 'ليلى حسن');
  });

  it('reads a subject placed before its verb', () => {
    const s = only('بريطانيا تؤكد مسؤولية الشركة عن تلوث النهر');
    assert.equal(s.speaker.name, 'بريطانيا');
    assert.equal(s.content.text, 'مسؤولية الشركة عن تلوث النهر');
  });

  it('reads كان ... قد as subject first', () => {
    const s = only('وكان السفير الفرنسي قد صرح الثلاثاء أن بلاده لن تغلق سفارتها.');
    assert.equal(s.mention?.text, 'السفير الفرنسي');
    assert.equal(s.content.text, 'بلاده لن تغلق سفارتها');
  });

  it('credits a trailing attribution phrase with the clause before it', () => {
    const s = only('وفي العاصمة يرتفع عدد المصابين إلى عشرين شخصا وفقا لوكالة الأنباء الرسمية.');
    assert.equal(s.cue.text, 'وفقا ل');
    assert.equal(s.cue.kind, 'phrase');
    assert.equal(s.speaker.name, 'وكالة الأنباء الرسمية');
    assert.equal(s.content.text, 'في العاصمة يرتفع عدد المصابين إلى عشرين شخصا');
  });

  it('gives the source after للـ its article back: للوزير is ل + الوزير, the same speaker as الوزير', () => {
    const r = run('ارتفعت الأسعار بنسبة عشرة في المئة خلال العام الماضي، وفقا للمتحدث باسم الوزارة.\n'
      + 'وأضاف المتحدث باسم الوزارة أن الأسعار ستنخفض قريبا جدا.');
    assert.deepEqual(r.statements.map(s => [s.cue.text, s.speaker.name, s.speakerIndex]), [
      ['وفقا ل', 'المتحدث باسم الوزارة', 0],
      ['وأضاف', 'المتحدث باسم الوزارة', 0],
    ]);
    assert.equal(r.speakers.length, 1);
    // The highlighted mention stays the text as written, from the article's ل.
    assert.equal(r.statements[0].mention?.text, 'لمتحدث باسم الوزارة');
    // A source glued to a single ل keeps its letters: وفقا لواشنطن بوست.
    assert.equal(only('ارتفعت الأسعار بنسبة عشرة في المئة خلال العام الماضي وفقا لواشنطن بوست.').speaker.name, 'واشنطن بوست');
  });

  it('reads a leading بحسب with the claim after the comma', () => {
    const s = only('وبحسب المرصد، قتل عشرة أشخاص في القصف الأخير.');
    assert.equal(s.speaker.name, 'المرصد');
    assert.equal(s.content.text, 'قتل عشرة أشخاص في القصف الأخير');
  });

  it('reads حسبما أعلنت with its source after the verb', () => {
    const s = only('افتتحت الشركة مصنعا جديدا في المدينة حسبما أعلنت وزارة الصناعة يوم الأحد.');
    assert.equal(s.cue.text, 'حسبما أعلنت');
    assert.equal(s.speaker.name, 'وزارة الصناعة');
    assert.equal(s.content.text, 'افتتحت الشركة مصنعا جديدا في المدينة');
  });

  it('takes the quoted source of نقل ... عن as the speaker', () => {
    const s = only('ونقلت الوكالة عن المتحدث باسم الجيش أن القوات انسحبت من المنطقة الحدودية.');
    assert.equal(s.mention?.text, 'المتحدث باسم الجيش');
  });

  it('does not report the narrator\'s aside يذكر أن', () => {
    assert.equal(run('ويذكر أن المدينة شهدت فيضانات مماثلة قبل عامين.').statements.length, 0);
  });

  it('does not report a subordinate or negated verb', () => {
    assert.equal(run('وغادر الوزير القاعة دون أن يعلن أي قرار بشأن الأزمة.').statements.length, 0);
  });

  it('reads a quotation followed by its cue', () => {
    const s = only('"الحل الأمني وحده غير كاف".. هكذا تحدث النائب سمير عادل');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'الحل الأمني وحده غير كاف');
  });

  it('accepts user verbs through options.extraVerbs', () => {
    const text = 'وتذمر الوزير من أن المحكمة أجلت النظر في القضية.';
    assert.equal(run(text).statements.length, 0);
    assert.equal(run(text, { extraVerbs: ['تذمر'] }).statements[0]?.content.text, 'المحكمة أجلت النظر في القضية');
  });
});

describe('headlines', () => {
  it('reads a `Speaker: what was said` subheading when the speaker talks in the article', () => {
    const text = 'عنوان الخبر\n\nالوزارة: الإصلاح "سيستمر" رغم العقبات\n\nوقالت الوزارة إن الإصلاح سيستمر حتى نهاية العام.';
    const a = run(text);
    const h = a.statements.find(s => s.headline);
    assert.ok(h);
    assert.equal(h.cue.text, ':');
    assert.equal(h.cue.kind, 'headline');
    assert.equal(h.content.text, 'الإصلاح "سيستمر" رغم العقبات');
    assert.equal(h.kind, 'mixed');
    assert.equal(h.speakerIndex, a.statements.find(s => !s.headline)?.speakerIndex);
  });

  it('does not read a title with a colon as a statement when nobody by that name speaks', () => {
    const text = 'رسائل متضاربة: الهدنة تصمد رغم القصف\n\nوقال الوزير إن الهدنة ما زالت صامدة.';
    assert.equal(run(text).statements.filter(s => s.headline).length, 0);
  });
});

describe('statements: participles and less common verbs of saying', () => {
  it('reads a participle after an indefinite noun as its adjective, not a cue', () => {
    const s = only('قال المدير سامي العلي إن الحفل سيكون معبرا جدا هذا العام.');
    assert.equal(s.content.text, 'الحفل سيكون معبرا جدا هذا العام');
  });

  it('reads a participle with an object as a cue without a comma: متهمة موسكو', () => {
    const a = run('وعلقت الحكومة المحادثات يوم الاثنين متهمة موسكو بعدم الوفاء بالتزاماتها في الاتفاق.');
    assert.deepEqual(a.statements.map(s => s.cue.text), ['متهمة']);
  });

  it('knows verbs of attributing, welcoming and insisting', () => {
    assert.equal(only('وأرجع المركز الطبي الاختناق إلى إلقاء براميل تحمل مواد سامة.').cue.text, 'وأرجع');
    assert.equal(only('ورحب الوزير سالم العلي بوجود مراقبين من الاتحاد الدولي.').speaker.name, 'سالم العلي');
    assert.equal(only('وأصرت الكاتبة منى سالم على أن المقابلة حقيقية وأجريت في القاهرة.').speaker.name, 'منى سالم');
  });
});

describe('statements: direct, indirect or mixed', () => {
  it('reads a short quoted name written again nearby as a name, not the speaker’s words', () => {
    const a = run('وقال الوزير سالم العلي إن صندوق "نماء" سيقدم منحا جديدة للمزارعين.\nوأضاف أن "نماء" يعمل منذ عشر سنوات في القرى.');
    assert.deepEqual(a.statements.map(s => s.kind), ['indirect', 'indirect']);
  });

  it('keeps a short quoted verb of the speaker mixed even when the title repeats it', () => {
    const a = run('التعاون "سيستمر" رغم العقبات\n\nوقال الوزير سالم العلي إن التعاون "سيستمر" رغم كل العقبات.');
    assert.equal(a.statements[a.statements.length - 1].kind, 'mixed');
  });

  it('takes the quotation after a colon as the words said, past the speaker’s relative clause', () => {
    const s = only('وقال الوزير سالم العلي، الذي يزور البلاد منذ يومين: «الاتفاق له آثار اقتصادية كبيرة على المنطقة».');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'الاتفاق له آثار اقتصادية كبيرة على المنطقة');
  });

  it('ends a direct quotation where the narrator’s clause begins', () => {
    const s = only('وقال الوزير سالم العلي "الاستيراد سيزيد من أجل سد النقص في الأسواق" لكنه أحجم عن إعطاء تقديرات.');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'الاستيراد سيزيد من أجل سد النقص في الأسواق');
  });

  it('reads في إشارة إلى as the narrator, not a cue', () => {
    const a = run('وقال الوزير سالم العلي: "لن نقبل بأي تدخل في شؤوننا الداخلية"، في إشارة إلى الدول المجاورة للبلاد.');
    assert.deepEqual(a.statements.map(s => [s.cue.text, s.kind]), [['وقال', 'direct']]);
  });
});

describe('headlines: who speaks before the colon', () => {
  it('reads the speaker after the first part of a two-part title', () => {
    const a = run('الحكومة تسمح بالزيارة.. والعلي: زمن "الفوضى" يجب أن ينتهي\n\nوقال وزير الخارجية سالم العلي إن زمن الفوضى يجب أن ينتهي فورا.');
    const h = a.statements.find(s => s.headline);
    assert.equal(h?.speaker.name, 'سالم العلي');
  });

  it('finds the named holder of a headline role in the body', () => {
    const a = run('سيناتور أمريكي: الاتفاق سيمنح إيران أسلحة خلال سنوات\n\nوقال السيناتور الجمهوري توم ريد إن الاتفاق سيء للغاية.');
    assert.equal(a.statements.find(s => s.headline)?.speaker.name, 'توم ريد');
  });

  it('leaves out the outlet spoken to: فلان لـ"الصحيفة":', () => {
    const a = run('العلي لـ"الوطن": تراجع النفط لا يؤثر في المشاريع\n\nوقال الوزير سالم العلي إن تراجع النفط لا يؤثر في تمويل المشاريع.');
    assert.equal(a.statements.find(s => s.headline)?.speaker.name, 'سالم العلي');
  });
});

describe('statements: clauses of their own', () => {
  it('opens a new statement at a cue after لكنه, with the same speaker', () => {
    const a = run('قال الوزير سامي نور إن بلاده تمر بظروف اقتصادية صعبة، لكنه أكد أن الحكومة ستواجهها بحزم.');
    assert.deepEqual(a.statements.map(st => [st.cue.text, st.speaker.name, st.content.text]), [
      ['قال', 'سامي نور', 'بلاده تمر بظروف اقتصادية صعبة'],
      ['أكد', 'سامي نور', 'الحكومة ستواجهها بحزم'],
    ]);
  });

  it('opens a new statement at a cue after في حين, whereas', () => {
    const a = run('ووصفت الحكومة الاتهامات الموجهة إليها بأنها "مفبركة"، في حين قالت المعارضة إن الهجوم وقع بالفعل.');
    assert.deepEqual(a.statements.map(st => [st.speaker.name, st.content.text]), [
      ['الحكومة', 'الاتهامات الموجهة إليها بأنها "مفبركة"'],
      ['المعارضة', 'الهجوم وقع بالفعل'],
    ]);
  });

  it('keeps a clause after بينما in what was reported when no cue follows it', () => {
    const s = only('وذكرت الإذاعة أن منسوب النهر ما زال مرتفعا، بينما يبحث السكان عن مأوى آمن.');
    assert.equal(s.content.text, 'منسوب النهر ما زال مرتفعا، بينما يبحث السكان عن مأوى آمن');
  });
});

describe('statements: the subject before the verb', () => {
  it('takes the antecedent of a relative pronoun as the subject, not the object after the verb', () => {
    const s = only('واستهدفت الغارات عناصر من حزب الأمة الذي أعلن تبني الهجوم على القافلة العسكرية.');
    assert.equal(s.speaker.name, 'حزب الأمة');
    assert.equal(s.content.text, 'تبني الهجوم على القافلة العسكرية');
  });

  it('takes the subject after the verb when a pronoun after it stands for the relative', () => {
    assert.equal(only('وحضر الصحفيون المؤتمر الذي أعلن فيه الوزير سامي نور أن الخطة جاهزة للتنفيذ.').speaker.name, 'سامي نور');
  });

  it('gives an implied statement to the subject of a verb of the pattern افتعل from ل (والتقى الرئيس)', () => {
    const a = run('قال الوزير سامي نور إن الخطة جاهزة للتنفيذ الآن.\nوالتقى الرئيس التركي رجب طيب أردوغان نظيره الروسي أمس. وقال إن العلاقات بين البلدين ممتازة وستتطور أكثر.');
    assert.deepEqual(a.statements[1].speaker, { name: 'رجب طيب أردوغان', role: 'الرئيس التركي' });
  });

  it('ends a full name before the place the verb went to', () => {
    const a = run('قال الوزير سامي نور إن الخطة جاهزة للتنفيذ الآن.\nوزار الرئيس التركي رجب طيب أردوغان موسكو أمس، وقال إن العلاقات بين البلدين ممتازة وستتطور أكثر.');
    assert.deepEqual(a.statements[1].speaker, { name: 'رجب طيب أردوغان', role: 'الرئيس التركي' });
  });

  it('takes the person after an imperfect verb, not a thing before it', () => {
    const s = only('وظهرت في الصورة عينة من النسيج، البقعة الحمراء تقول الطبيبة إنها آثار التهاب مزمن.');
    assert.equal(s.speaker.name, 'الطبيبة');
    assert.equal(s.content.text, 'آثار التهاب مزمن');
    assert.equal(only('وفي المختبر عينة من نسيج الكبد، ملونة بما تقول الطبيبة إنها آثار التهاب مزمن.').speaker.name, 'الطبيبة');
  });
});

describe('statements: نقل، أفاد and indirect questions', () => {
  it('reads the source of نقل past an apposition or words of time, and قول + the speaker', () => {
    const a = only('ونقلت الوكالة، التابعة للدولة، قول الوزير إن "القائم بالأعمال سيغادر البلاد خلال أيام".');
    assert.equal(a.speaker.name, 'الوزير');
    assert.equal(a.content.text, 'القائم بالأعمال سيغادر البلاد خلال أيام');
    const b = only('ثم نقلت الصحيفة لاحقا عن المغنية، 35 سنة، قولها إنها "لن تعود إلى الغناء قبل نهاية العام".');
    assert.equal(b.speaker.name, 'المغنية');
    assert.equal(b.content.text, 'لن تعود إلى الغناء قبل نهاية العام');
  });

  it('reads أفاد عن and an indirect question after a verb that needs a complement', () => {
    assert.equal(only('وأفاد مدير المرصد سامي نور عن توقف الغارات بشكل شبه كامل بعد قصف عنيف.').content.text, 'توقف الغارات بشكل شبه كامل بعد قصف عنيف');
    assert.equal(only('وروى سكان في القرية كيف غطت المياه منازلهم خلال ساعات قليلة.').content.text, 'كيف غطت المياه منازلهم خلال ساعات قليلة');
  });
});

describe('statements: verbs of counting and showing', () => {
  it('reads أحصى and أظهر (with a complement) as reporting', () => {
    assert.equal(only('وأحصى المرصد مقتل عشرين مدنيا على الأقل في الغارات الأخيرة.').speaker.name, 'المرصد');
    assert.equal(only('وأظهرت دراسة حديثة أن نصف السكان يعانون من نقص الفيتامينات.').speaker.name, 'دراسة حديثة');
    assert.equal(run('وأظهرت الصور الدمار الكبير في أحياء المدينة القديمة.').statements.length, 0);
  });
});

describe('statements: forms that are more often something else', () => {
  it('reads طالب and مشددة as cues when a complementizer follows, and as nouns otherwise', () => {
    assert.equal(only('من جهته، طالب النائب علي العلاق بأن تراعي الحكومة المحافظات الفقيرة في الموازنة.').speaker.name, 'علي العلاق');
    const a = run('وقالت الوزيرة إن الخطة جاهزة للتنفيذ، مشددة على أن الحكومة لن تتراجع عنها أبدا.');
    assert.deepEqual(a.statements.map(st => st.cue.text), ['وقالت', 'مشددة']);
    assert.equal(run('وعاد الطالب إلى منزله بعد انتهاء الامتحانات في الجامعة.').statements.length, 0);
  });

  it('never reads إضافة إلى أن or يذكر أن as a statement', () => {
    assert.equal(run('وتعمل الشركة في البناء، إضافة إلى أن لها فروعا في عدة مدن كبيرة.').statements.length, 0);
    assert.equal(run('يذكر أن الحكومة أعلنت الخطة في وقت سابق من العام.').statements.length, 0);
  });
});

describe('statements: names with initials, quotations after a document', () => {
  it('reads the dot of an initial as part of the name, not the end of a sentence', () => {
    const s = only('وقال ستيفين جي. مكهيل، الشريك في شركة محاماة: "لدينا كثير من العملاء يتصلون بنا".');
    assert.equal(s.speaker.name, 'ستيفين جي. مكهيل');
    assert.equal(s.content.text, 'لدينا كثير من العملاء يتصلون بنا');
    assert.equal(only('ويقول ديفيد ل. فيليبس في مقابلة: "هذه المساجد ليست أماكن عبادة".').speaker.name, 'ديفيد ل. فيليبس');
  });

  it('reads a long quotation after في البيان as the words said, a short one as a name', () => {
    const a = run('قال الوزير سامي نور إن الخطة جاهزة للتنفيذ الآن.\nوأكد الوزير في البيان "سنقدم دواء مناسبا للمرضى في المدينة".');
    assert.equal(a.statements[1].kind, 'direct');
    assert.equal(a.statements[1].content.text, 'سنقدم دواء مناسبا للمرضى في المدينة');
  });
});

describe('statements: verbs that report only with a complement', () => {
  it('reads أضاف with an object and no complementizer as adding, not saying', () => {
    assert.equal(run('وتضيف الطاهية قطرة من الزيت إلى الصلصة قبل تقديمها.').statements.length, 0);
  });

  it('reads ل + a definite noun before a complementizer as the one spoken to', () => {
    const a = run('قال وزير الدفاع سامي الهادي إن التعاون مستمر بين البلدين.\nوأضاف للوفد الزائر إن الحدود ستبقى مفتوحة أمام التجارة.');
    assert.equal(a.statements[1].content.text, 'الحدود ستبقى مفتوحة أمام التجارة');
  });

  it('still reads أضاف before a quotation after its adjuncts', () => {
    const s = only('وأضاف الوزير خلال لقائه الصحفيين أمس "لن نتراجع عن القرار أبدا".');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'لن نتراجع عن القرار أبدا');
  });
});

describe('statements: verbal nouns with their actor', () => {
  it('reads a verbal noun with its named actor and a complementizer', () => {
    const s = only('وجاء ذلك بعد تأكيد وزارة الصحة أن عدد الإصابات تراجع خلال الأسبوع الماضي.');
    assert.equal(s.speaker.name, 'وزارة الصحة');
    assert.equal(s.content.text, 'عدد الإصابات تراجع خلال الأسبوع الماضي');
  });

  it('gives a verbal noun with a pronoun to the sentence’s subject', () => {
    const a = run('وفجر محمد الراشد، رئيس اللجنة، مفاجأة كبيرة بتأكيده أن الاتحاد ليس من حقه تحديد الموعد.');
    assert.deepEqual(a.statements.map(s => [s.cue.text, s.speaker.name]), [['بتأكيده', 'محمد الراشد']]);
  });

  it('reads إعلان الحرب as a noun and its object, not a statement', () => {
    assert.equal(run('واتهم الوزير سالم العلي الجماعة بإعلان الحرب على البلاد منذ سنوات.').statements.every(s => s.speaker.name !== 'الحرب'), true);
  });

  it('reads بعد أن as a conjunction of time, not the start of what was said', () => {
    assert.equal(run('وجاءت تصريحاته بعد أن أرسلت الحكومة وفدا إلى العاصمة للتفاوض.').statements.length, 0);
  });
});

describe('statements: attribution phrases and adjuncts', () => {
  it('reads فبحسب as بحسب with a conjunction', () => {
    const s = only('فبحسب تقرير لموقع قناة الشرق، فإن المخاوف تتركز على مركز ديني في المدينة.');
    assert.equal(s.content.text, 'المخاوف تتركز على مركز ديني في المدينة');
  });

  it('reads بحسب ما قاله with the pronoun on the verb', () => {
    const s = only('ويمثل القبض عليه ضربة قوية للمتشددين في المنطقة، بحسب ما قاله الباحث سامر العلي.');
    assert.equal(s.speaker.name, 'سامر العلي');
  });

  it('skips an adjunct after على when a complementizer follows it', () => {
    const s = only('وكتب الصحفي سامر العلي على موقع "الحدث" الإلكتروني أن "هذا الأمر يؤكد أننا نقول أشياء محرجة".');
    assert.equal(s.kind, 'direct');
  });

  it('credits a trailing attribution with its whole sentence, commas and all', () => {
    const s = only('توفي الملحن المعروف سامي نور في منزله بالقاهرة، عن 80 عاما، بحسب ما أعلنت عائلته في بيان.');
    assert.equal(s.content.text, 'توفي الملحن المعروف سامي نور في منزله بالقاهرة، عن 80 عاما');
    assert.equal(s.speaker.name, 'عائلته');
  });

  it('starts a trailing claim after a connective that opens a clause of its own', () => {
    const s = only('ارتفعت أسعار الوقود هذا الأسبوع، لكن الحكومة تنوي خفضها قبل الشتاء، وفقا لمصادر في الوزارة.');
    assert.equal(s.content.text, 'الحكومة تنوي خفضها قبل الشتاء');
  });

  it('starts a trailing claim after the statement before it in the sentence', () => {
    const a = run('أعلنت الوزارة إغلاق الطرق الجبلية كلها، وفقا لبيان رسمي، وفتح ثلاثة ملاجئ جديدة للنازحين بحسب الإذاعة المحلية.');
    assert.deepEqual(a.statements.map(st => st.content.text), ['إغلاق الطرق الجبلية كلها', 'فتح ثلاثة ملاجئ جديدة للنازحين']);
  });

  it('gives a claim credited to a pronoun (حسب قوله، على حد تعبيرها) to the speaker it refers to', () => {
    const a = run('قالت الوزيرة منى سالم إن الحكومة ستتحرك بسرعة كبيرة جدا.\nوالخطة الجديدة ستغير وجه المدينة بالكامل خلال عامين، على حد تعبيرها.');
    assert.deepEqual(a.statements.map(st => [st.speaker.name, st.content.text]), [
      ['منى سالم', 'الحكومة ستتحرك بسرعة كبيرة جدا'],
      ['منى سالم', 'الخطة الجديدة ستغير وجه المدينة بالكامل خلال عامين'],
    ]);
    const b = run('قال الوزير سامي نور إن الحكومة ستتحرك بسرعة كبيرة جدا.\nوالخطة الجديدة ستغير وجه المدينة بالكامل خلال عامين، حسب قوله.');
    assert.equal(b.statements[1]?.speaker.name, 'سامي نور');
  });

  it('starts a leading attribution’s claim after فإن, past a time set off by commas, and gives a document to its owner', () => {
    const s = only('ووفقا لبيان النائب العام، في نوفمبر الماضي، فإن أحد الضباط المتهمين اعترف خلال التحقيقات بكل شيء.');
    assert.equal(s.content.text, 'أحد الضباط المتهمين اعترف خلال التحقيقات بكل شيء');
    assert.equal(s.speaker.name, 'النائب العام');
    assert.equal(only('وقال بيان رسمي إن الحكومة ستعلن الخطة غدا في مؤتمر صحفي.').speaker.name, 'بيان رسمي');
  });

  it('reads a quotation after a complementizer as the claim of a trailing attribution', () => {
    const s = only('وفي كلمته أمس إننا «لن نتراجع عن قرارنا مهما كانت الضغوط» على حد تعبير الوزير.');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'لن نتراجع عن قرارنا مهما كانت الضغوط');
  });

  it('passes a colon after the complementizer: وقالت إن: "..."', () => {
    const s = only('وقالت الوزيرة إن: "الحكومة لن تتراجع عن قرارها مهما حدث".');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'الحكومة لن تتراجع عن قرارها مهما حدث');
  });

  it('reads a quotation credited by a trailing attribution as direct, without its marks', () => {
    const s = only('"سنعيد بناء كل بيت تهدم في القرية"، بحسب رئيس البلدية.');
    assert.equal(s.kind, 'direct');
    assert.equal(s.content.text, 'سنعيد بناء كل بيت تهدم في القرية');
  });

  it('reads a long quotation after an organisation as the words said, not its name', () => {
    const a = run('وأعلنت وكالة الأهرام للإعلان عن المقابلة.\nوقالت الوكالة "نأسف لأي خطأ ورد في المقابلة المنشورة أمس مع الفنانة".');
    assert.ok(a.statements.some(s => s.kind === 'direct' && s.content.text.startsWith('نأسف')));
  });
});

describe('statements: subjects that say nothing, sources that are none', () => {
  it('reads no statement from a demonstrative subject: يشير هذا إلى أن', () => {
    const a = run('قال الباحث سامر العلي إن الدواء فعال جدا للمرضى.\nيشير هذا إلى أن الدواء قد ينجح إذا أعطي مبكرا للمرضى.');
    assert.deepEqual(a.statements.map(s => s.cue.text), ['قال']);
  });

  it('reads no statement from a thing that was a relative’s antecedent', () => {
    const a = run('قال الوزير سامر العلي إن العقوبات ستستمر طوال العام.\nومن أهمها العقوبات الثانوية، التي تشير إلى عقوبات تفرض على الشركات الأجنبية المتعاملة.');
    assert.deepEqual(a.statements.map(s => s.cue.text), ['قال']);
  });

  it('reads a short quoted name of an organisation as a name, not quoted words', () => {
    assert.equal(only('وقال الوزير إن عناصر "جيش الإسلام" انسحبوا من المدينة ليلا.').kind, 'indirect');
    assert.equal(only('ووصف الوزير التصعيد في المدينة بأنه "غير مسبوق" على الإطلاق.').kind, 'mixed');
  });

  it('reads no statement from a definite verbal noun naming no actor: يؤكد الاتفاق', () => {
    assert.equal(run('ويؤكد الاتفاق أن العقوبات سترفع خلال أشهر قليلة.').statements.length, 0);
    assert.equal(only('وقال التحالف إن العقوبات سترفع خلال أشهر قليلة.').speaker.name, 'التحالف');
  });

  it('reads وفقا لأحكام الشريعة as a rule, not a source', () => {
    assert.equal(run('وأعلنت الشركة عن توزيع الأرباح على المساهمين، وفقا لأحكام الشريعة الإسلامية.').statements.every(s => s.cue.lemma !== 'وفقا'), true);
  });

  it('takes what follows the colon after the speaker’s adjuncts', () => {
    const s = only('وقال موندر لبرنامج "واجه الصحافة" على قناة محلية: إيران دولة راعية للإرهاب ونظام خارج عن القانون.');
    assert.equal(s.content.text, 'إيران دولة راعية للإرهاب ونظام خارج عن القانون');
  });
});

describe('statements: quotations standing as lines of their own', () => {
  it('gives a short pull quote to the speaker named in the paragraphs after it', () => {
    const a = run('عنوان الخبر\n\nقال الوزير سالم العلي إن الحكومة ستواصل العمل.\n"الميناء سيفتح قبل الصيف"\nوقال مدير الميناء هاني مراد إن أعمال التوسعة ستنتهي قريبا جدا.');
    const pull = a.statements.find(s => s.content.text === 'الميناء سيفتح قبل الصيف');
    assert.equal(pull?.speaker.name, 'هاني مراد');
    assert.equal(pull?.kind, 'direct');
  });

  it('gives a long quoted paragraph to the speaker before it', () => {
    const a = run('عنوان الخبر\n\nوقالت الممثلة منى سالم إن التجربة كانت صعبة عليها.\n"ورغم كل ما جرى، أرى في التجربة درسا ثمينا لكل من يحلم بالتمثيل أن يثق بنفسه ويعمل بجد كل يوم من أيام السنة دون توقف أو تردد مهما كانت الظروف"');
    assert.equal(a.statements[a.statements.length - 1].speaker.name, 'منى سالم');
  });
});
