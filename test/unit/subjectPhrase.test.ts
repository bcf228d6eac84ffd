import * as assert from 'node:assert/strict';
import { only, run } from './analyzeHelpers';

describe('subject before the verb', () => {
  it('reads a role and a name set off by commas before the verb', () => {
    const s = only('نائب وزير الزراعة الأردني، سامي العلي، قال في تصريحات صحفية إن المحصول سيرتفع هذا العام.');
    assert.equal(s.speaker.name, 'سامي العلي');
    assert.equal(s.speaker.role, 'نائب وزير الزراعة الأردني');
  });

  it('reads a name with its role in apposition, and leaves a parenthesis out', () => {
    const s = only('كارل موندر، الرئيس التنفيذي لشركة نوفاتيك، وهي شركة ألمانية تصنع الأجهزة الطبية، يحذر من أن السوق لن يتعافى قريبا.');
    assert.equal(s.speaker.name, 'كارل موندر');
    assert.equal(s.mention?.text, 'كارل موندر، الرئيس التنفيذي لشركة نوفاتيك');
  });

  it('reads a long role ending in a title and a name before the verb as that name', () => {
    const s = only('مدير إدارة المياه في بلدية الواحة المهندس سالم الهاجري أوضح أن المشروع سينتهي قبل الصيف المقبل.');
    assert.equal(s.speaker.name, 'سالم الهاجري');
  });

  it('reads وكان X، أعلن with the organisation as the subject', () => {
    const s = only('وكان جهاز الاستخبارات الوطني، أعلن الأربعاء الماضي، وفاة القائد في أحد المستشفيات.');
    assert.equal(s.speaker.name, 'جهاز الاستخبارات الوطني');
  });

  it('takes the antecedent of a relative pronoun right before the verb', () => {
    const a = run('وصل الوفد إلى المدينة على متن طائرة ثانية، وفق وزير النقل سالم الحربي، الذي قال إن المطار سيفتح قريبا.');
    assert.deepEqual(a.statements.map(s => [s.cue.text, s.speaker.name]), [['وفق', 'سالم الحربي'], ['قال', 'سالم الحربي']]);
  });

  it('reads a relative with an object pronoun on the verb as its object', () => {
    const a = run('قال الوزير سامي العلي إن التعاون مستمر.\nوبين الإجراءات التي أعلنتها الحكومة وقف الرحلات الجوية بين البلدين.');
    assert.ok(a.statements.every(s => s.speaker.name !== 'الإجراءات'));
  });

  it('reads أما X فقال', () => {
    const a = run('قال الوزير سامي العلي إن التعاون مستمر بين البلدين.\nأما وزير المالية هاني مراد فقال إن الميزانية لن تتأثر بالأزمة.');
    assert.deepEqual(a.statements.map(s => s.speaker.name), ['سامي العلي', 'هاني مراد']);
  });

  it('finds a name and role right before the verb in a long clause', () => {
    const s = only('التجار يشتكون من الزحام في موسم التمور محمد بن صالح الكعبي أحد أشهر الدلالين أكد أن الأسعار ارتفعت كثيرا.');
    assert.equal(s.speaker.name, 'محمد بن صالح الكعبي');
  });

  it('opens no subject with a time word set off by a comma', () => {
    const s = only('وأمس الأربعاء، اتهمت مصادر في الحزب الحكومة بإهمال المناطق الريفية طوال السنوات الماضية.');
    assert.equal(s.speaker.name, 'مصادر في الحزب');
  });
});

describe('role phrases without a name', () => {
  it('keeps an indefinite role as an unnamed source, not the named holder', () => {
    const a = run('قالت المتحدثة باسم الخارجية سلمى الراشد إن الاجتماع مهم جدا للطرفين.\nوقال متحدث باسم الخارجية إن الوزير سيسافر غدا إلى العاصمة.');
    assert.deepEqual(a.statements.map(s => s.speaker.name), ['سلمى الراشد', 'متحدث باسم الخارجية']);
  });

  it('refers a bare title back to the latest unnamed source', () => {
    const a = run('وقال دبلوماسي غربي كبير إن المفاوضات دخلت مرحلة حاسمة.\nوأضاف المسؤول أن الاتفاق قد يوقع خلال أيام قليلة.');
    assert.deepEqual(a.statements.map(s => s.speaker.name), ['دبلوماسي غربي كبير', 'دبلوماسي غربي كبير']);
  });
});

describe('who holds a role named without a name', () => {
  it('finds the holder named after the role further on, past its adjective and a comma', () => {
    const a = run('وقال رئيس الحكومة: "لن يفلت أحد من العقاب على هذه الجرائم".\nووجه رئيس الحكومة الإسبانية، خوسيه مارتين، تحية للضحايا.');
    assert.equal(a.statements[0].speaker.name, 'خوسيه مارتين');
  });

  it('finds the holder named before the role', () => {
    const a = run('وأعلن الدكتور سعد الحربي وزير المالية السعودي عن خطة جديدة للتمويل.\nوأوضح وزير المالية السعودي أن الخطة ستدعم المشاريع الصغيرة في المنطقة.');
    assert.equal(a.statements[a.statements.length - 1].speaker.name, 'سعد الحربي');
  });

  it('reads a quoted name after a role', () => {
    const s = only('وكان المتحدث باسم حركة الجبهة “أبو خالد الحمد”، أكد الخميس أن القائد توفي قبل عامين.');
    assert.equal(s.speaker.name, 'أبو خالد الحمد');
  });

  it('reads a verbal noun after أكد فيها as the object, not the speaker', () => {
    const a = run('وافتتح الاجتماع بكلمة للوزير سالم العلي.\nقال الوزير سالم العلي إن الصندوق مستمر.\nوألقى كلمة أكد فيها استمرار الصندوق في دعم المشاريع الصغيرة.');
    assert.ok(a.statements.every(s => s.speaker.name !== 'استمرار'));
  });
});

describe('implied subjects from the narrative', () => {
  it('gives وقال to the subject of the narrative sentence before it', () => {
    const a = run('قال الوزير سالم العلي إن الحكومة ستواصل العمل.\nواختار رئيس الحكومة هاني مراد أن يفتتح الجلسة بمهاجمة المعارضة، وقال إن المعارضة تعرقل الإصلاحات منذ سنوات.');
    assert.equal(a.statements[a.statements.length - 1].speaker.name, 'هاني مراد');
  });

  it('gives a paragraph that opens with وأضاف, before anyone spoke, to the person the paragraph before introduced', () => {
    const a = run('بهذه الكلمات بدأ المدرب الوطني سامي حمد حديثه إلى الصحفيين بعد التدريب.\nوأضاف: تدربنا جيدا رغم ضيق الوقت قبل المباراة.\nوعن خطة المباراة المقبلة، قال: لا أسرار بين المنتخبين في هذه المرحلة.');
    assert.deepEqual(a.statements.map(s => [s.cue.text, s.speaker.name]), [['وأضاف', 'سامي حمد'], ['قال', 'سامي حمد']]);
    assert.equal(a.statements[0].mention, null);
  });

  it('leaves such a verb loose when the paragraphs before name nobody', () => {
    const a = run('تستمر التدريبات في الملعب الرئيسي منذ أيام طويلة.\nوأضاف: تدربنا جيدا رغم ضيق الوقت قبل المباراة.');
    assert.equal(a.statements.length, 0);
    assert.deepEqual(a.looseCues.map(c => c.text), ['وأضاف']);
  });

  it('takes the subject of a clause after a comma', () => {
    const a = run('استمرارا لهجومه على الجيران، قام نائب الرئيس سامي العلي بمواصلة انتقاداته، ويصفها بأنها منطلق الأزمات في المنطقة.');
    assert.equal(a.statements[0]?.speaker.name, 'سامي العلي');
  });

  it('keeps the gender of the verb: a feminine cue skips a masculine narrative subject', () => {
    const a = run('قالت الوزيرة منى سالم إن الخطة جاهزة للتنفيذ.\nوحاول الوزير هاني مراد تأجيل الجلسة، كما قالت إن الخطة ستنفذ في موعدها المحدد.');
    assert.equal(a.statements[a.statements.length - 1].speaker.name, 'منى سالم');
  });

  it('stops a name before the object of its verb', () => {
    const a = run('قال التاجر سالم العنزي إن الموسم جيد هذا العام.\nواستنكر النائب علي الكعبي تصريح الوزير سالم الحربي، واعتبر أن التصريح يثير الفتنة بين الناس.');
    assert.equal(a.statements[a.statements.length - 1].speaker.name, 'علي الكعبي');
  });

  it('reads a name after an indefinite role as the verb’s object', () => {
    const s = only('بينما اتهم نائب فرنسي معارض ديفيد هيل بالإخفاق في تقدير خطورة المشكلة الكبيرة.');
    assert.equal(s.speaker.name, 'نائب فرنسي معارض');
  });
});
