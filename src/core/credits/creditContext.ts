/**
 * When a newspaper or channel named in the text is a credit. An outlet is a credit when it is the
 * origin of what is reported: it is told something (قال لرويترز، في تصريح لـCNN), it reports (ذكرت
 * صحيفة ...، وفقا لواشنطن بوست، حسب ما نقلته وكالة ...), or it carries what someone said (في مقابلة
 * مع صحيفة ...، بثته قناة ...، كتب في "الأهرام"). It is not a credit when it is only a topic (إغلاق محطة
 * "روسيا اليوم"، حاولت CNN الحصول على تعليق) or the employer of someone in the story (مراسل سكاي نيوز).
 * These word lists hold normalized keys (see wordKey.ts) without the clitics و ف.
 */

/**
 * Words that make the outlet nearby a source: speech and report verbs, attribution phrases, and the
 * nouns of an interview or a publication (مقابلة، حوار، تصريح، بيان، مقال، تقرير، سؤال).
 */
export const CREDIT_CUES: ReadonlySet<string> = new Set([
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون', 'قايلا', 'قايله', 'قوله', 'قولها',
  'ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'تذكر',
  'افاد', 'افادت', 'يفيد', 'تفيد',
  'اورد', 'اوردت', 'اوردته', 'اوردها', 'يورد', 'تورد',
  'نقل', 'نقلت', 'نقلته', 'نقلها', 'نقلتها', 'نقلا', 'ينقل', 'تنقل', 'نقلوا',
  'نشر', 'نشرت', 'نشره', 'نشرته', 'نشرها', 'نشرتها', 'ينشر', 'تنشر', 'منشور',
  'بث', 'بثت', 'بثته', 'بثتها', 'بثها', 'يبث', 'تبث',
  'اعلن', 'اعلنت', 'يعلن', 'تعلن',
  'كشف', 'كشفت', 'يكشف', 'تكشف',
  'اكد', 'اكدت', 'اكدوا', 'يوكد', 'توكد', 'موكدا', 'موكده',
  'اضاف', 'اضافت', 'يضيف', 'تضيف', 'مضيفا', 'مضيفه',
  'اوضح', 'اوضحت', 'يوضح', 'توضح', 'موضحا', 'موضحه',
  'صرح', 'صرحت', 'يصرح', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحاته', 'تصريحها', 'تصريحاتها',
  'حوار', 'حوارا', 'مقابله', 'لقاء', 'حديث', 'حديثه', 'حديثها', 'تحدث', 'تحدثت', 'يتحدث', 'متحدثا',
  'ادلي', 'ادلت', 'ادلوا', 'يدلي',
  'بيان', 'مقال', 'مقاله', 'مقالا', 'تقرير', 'تقريرا', 'تقريرها', 'تقريره', 'افتتاحيه', 'عمود',
  'وفقا', 'وفق', 'حسب', 'بحسب', 'حسبما', 'وفقما',
  'كتب', 'كتبت', 'يكتب', 'تكتب',
  'يري', 'تري', 'راي', 'رات', 'اعتبر', 'اعتبرت', 'يعتبر',
  'سوال', 'اسيله', 'سال', 'سالت', 'سالنا', 'تعليق', 'تعليقه', 'تعليقات', 'اتصال', 'مداخله', 'حصري', 'خدمه',
  'وصف', 'وصفت', 'وصفته', 'وصفها', 'مقابلته', 'مقابلتها', 'رابط', 'المصدر',
  'اشار', 'اشارت', 'يشير', 'تشير', 'مشيرا', 'مشيره',
  'ابلغ', 'ابلغت', 'ابلغوا', 'يبلغ',
  'اعرب', 'اعربت', 'اوضحت',
  'شدد', 'شددت', 'حذر', 'حذرت', 'نفي', 'نفت', 'اتهم', 'اتهمت',
  'روي', 'روت', 'اخبر', 'اخبرت', 'كشفته', 'اوردتها',
  // تحميل تطبيق الوكالة: an outlet's own app or channel at the end of its article.
  'تطبيق', 'تطبيقنا',
]);

/**
 * Words right before an outlet that attribute to it even with no verb in the clause: وفقا لـ،
 * بحسب، حسب ما، نقلا عن، في (كتب في "الأهرام"), مع (مقابلة مع صحيفة), على (على بي بي سي), عبر.
 */
export const ATTRIBUTION_PREPS: ReadonlySet<string> = new Set([
  'وفقا', 'وفق', 'حسب', 'بحسب', 'حسبما', 'نقلا', 'عن', 'في', 'مع', 'علي', 'عبر', 'ما', 'لـ', 'ل',
]);

/**
 * Words before an outlet that make it an employer or a topic, not a source: مراسل سكاي نيوز، رئيس
 * تحرير صحيفة ...، مكتب رويترز، إغلاق محطة ...، ترخيص قناة ...
 */
export const EMPLOYER_WORDS: ReadonlySet<string> = new Set([
  'مراسل', 'مراسله', 'مراسلو', 'مراسلي', 'مراسلة', 'مذيع', 'مذيعه', 'محرر', 'محرري', 'تحرير', 'مدير',
  'مديره', 'مندوب', 'موفد', 'صحفي', 'صحافي', 'صحفيه', 'صحافيه', 'كاتب', 'كاتبه', 'مقدم', 'مقدمه', 'مصور',
  'مالك', 'ممثل', 'ممثلي', 'ممثلو', 'يعمل', 'تعمل', 'يعملون', 'عمل', 'عملت', 'مكتب', 'مكاتب', 'ترخيص', 'اغلاق', 'حجب', 'موظفي', 'موظف', 'العاملين', 'فريق',
]);

/** Strips a leading و or ف (and) so that وقال and فقال meet قال. */
export function withoutConjunction(key: string): string {
  const c = key[0];
  return key.length > 2 && (c === 'و' || c === 'ف') ? key.slice(1) : key;
}

/** A cue word, with or without the conjunctions و ف and the prepositions ب ل (بحسب، لقاء). */
export function isCreditCue(key: string): boolean {
  if (CREDIT_CUES.has(key)) return true;
  const k = withoutConjunction(key);
  if (CREDIT_CUES.has(k)) return true;
  return k.length > 3 && (k[0] === 'ب' || k[0] === 'ل') && CREDIT_CUES.has(k.slice(1));
}

/**
 * Nisba adjectives that place an outlet (الأهرام المصرية، الحياة اللندنية، فيلت أم سونتاغ الألمانية):
 * a definite word ending in ي / ية / يه after normalization.
 */
export function isNisba(key: string, definite = true): boolean {
  if (NAME_STOP_WORDS.has(key)) return false;
  if (key.startsWith('ال')) return key.length >= 5 && (key.endsWith('يه') || key.endsWith('ي'));
  // Indefinite: the feminine agrees with وكالة، صحيفة، مواقع (روسية، يمنية); a bare ي ends too many names (سكاي).
  return !definite && key.length >= 4 && key.endsWith('يه');
}

/**
 * Words that end an unknown outlet name after a descriptor (صحيفة صن، يوم الأحد): complementizers,
 * prepositions, relative pronouns, days and time words.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  'ان', 'بان', 'انه', 'انها', 'عن', 'في', 'علي', 'من', 'الي', 'مع', 'التي', 'الذي', 'الذين', 'التابعه',
  'الصادره', 'يوم', 'امس', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت',
  'قبل', 'بعد', 'خلال', 'ايضا', 'كذلك', 'نفسها', 'ذاتها', 'هذه', 'هذا', 'تلك', 'او', 'ثم', 'قد', 'لم', 'لن',
  'حيث', 'كما', 'وفي', 'عدد', 'اللتي', 'اللذي', 'نسخه', 'صفحه', 'موقعها', 'الالكتروني', 'الالكترونيه',
]);

/**
 * Cue nouns (بيان، تقرير، مقابلة ...): enough to make a named outlet nearby a source, not to turn a
 * plural or generic phrase after them into one (بيان مواقع الأراضي is no credit).
 */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'بيان', 'مقال', 'مقاله', 'مقالا', 'تقرير', 'تقريرا', 'تقريرها', 'تقريره', 'افتتاحيه', 'عمود', 'حوار', 'حوارا',
  'مقابله', 'لقاء', 'حديث', 'حديثه', 'حديثها', 'سوال', 'اسيله', 'تعليق', 'تعليقه', 'تعليقات', 'اتصال', 'مداخله',
  'حصري', 'خدمه', 'تصريح', 'تصريحات', 'تصريحه', 'تصريحاته', 'تصريحها', 'تصريحاتها', 'مقابلته', 'مقابلتها',
]);
