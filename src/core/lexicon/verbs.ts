/**
 * Reporting verbs. Each entry gives the stems from which `morphology.ts` generates every form a
 * news text uses: the perfect (قال، قالت، قالوا، قالا), the imperfect after its prefix
 * (يقول، تقول، يقولون), and the active participle (قائلا، قائلة، قائلين). Stems are written as in
 * the perfect 3rd person masculine singular; `perfect` lists the forms of verbs whose endings are
 * not regular (نفى / نفت / نفوا, دعا / دعت / دعوا).
 *
 * `complement: true` marks verbs that report speech only when a complementizer, a colon or a
 * quotation follows: رأى is also "saw", علّق is also "suspended" (علقت المحادثات is an action).
 */
export interface VerbEntry {
  /** The 3rd person masculine singular perfect, as shown to users. */
  readonly lemma: string;
  /** Irregular perfect forms: masculine, feminine, masculine plural, dual. */
  readonly perfect?: readonly string[];
  /** The imperfect stem after the prefix ي / ت: قول for يقول. */
  readonly imperfect?: string;
  /** The active participle stem: قائل for قائلا / قائلة. */
  readonly participle?: string;
  readonly complement?: boolean;
}

const v = (lemma: string, imperfect?: string, participle?: string, extra: Partial<VerbEntry> = {}): VerbEntry =>
  ({ lemma, imperfect, participle, ...extra });

export const REPORTING_VERBS: readonly VerbEntry[] = [
  v('قال', 'قول', 'قائل'),
  // أضاف is also "added" (تضيف قطرة من الصبغة): it reports with a complementizer, a colon or a quotation.
  v('أضاف', 'ضيف', 'مضيف', { complement: true }),
  v('أكد', 'ؤكد', 'مؤكد'),
  v('أعلن', 'علن', 'معلن'),
  v('أوضح', 'وضح', 'موضح'),
  v('أشار', 'شير', 'مشير'),
  v('صرح', 'صرح', 'مصرح'),
  v('ذكر', 'ذكر', 'ذاكر'),
  v('أفاد', 'فيد', undefined, { complement: true }),
  v('حذر', 'حذر', 'محذر'),
  v('نفى', 'نفي', 'نافي', { perfect: ['نفى', 'نفت', 'نفوا', 'نفيا'] }),
  v('دعا', 'دعو', 'داعي', { perfect: ['دعا', 'دعت', 'دعوا', 'دعتا'] }),
  v('طالب', 'طالب', 'مطالب'),
  // يعتبر / تعتبر is as often the passive "is considered": only the perfect and the participle.
  v('اعتبر', undefined, 'معتبر'),
  v('رأى', 'رى', undefined, { perfect: ['رأى', 'رأت', 'رأوا', 'رأيا'], complement: true }),
  v('وصف', 'صف', 'واصف'),
  v('اتهم', 'تهم', 'متهم'),
  v('كشف', 'كشف', 'كاشف'),
  v('لفت', 'لفت', 'لافت'),
  v('تابع', 'تابع', undefined, { complement: true }),
  v('شدد', 'شدد', 'مشدد'),
  v('أعرب', 'عرب', 'معرب'),
  v('نقل', 'نقل'),
  v('طلب', 'طلب', undefined, { complement: false }),
  v('علل', 'علل', 'معلل'),
  // استشهد is also "was killed as a martyr": only the participle مستشهدا (citing) reports speech.
  v('استشهد', undefined, 'مستشهد', { perfect: [] }),
  v('تكلم', 'تكلم', 'متكلم', { complement: true }),
  v('رد', 'رد', undefined, { perfect: ['رد', 'ردت', 'ردوا', 'ردا'] }),
  v('كتب', 'كتب', undefined, { complement: true }),
  v('غرد', 'غرد', 'مغرد'),
  v('أردف', 'ردف', 'مردف'),
  v('أتبع', 'تبع', undefined, { complement: true }),
  v('استطرد', 'ستطرد', 'مستطرد'),
  // تبين / يتبين is "it turned out": only the perfect and the participle report speech.
  v('بين', undefined, 'مبين', { complement: true }),
  v('اعترف', 'عترف', 'معترف'),
  // يبلغ / تبلغ is mostly "amounts to" (تبلغ قيمتها): only the perfect reports speech.
  v('أبلغ'),
  v('ندد', 'ندد', 'مندد'),
  v('انتقد', 'نتقد', 'منتقد'),
  v('أدان', 'دين'),
  v('توقع', 'توقع', undefined, { complement: true }),
  v('هدد', 'هدد', 'مهدد'),
  v('تعهد', 'تعهد', 'متعهد'),
  v('وعد'),
  v('أبدى', 'بدي', 'مبدي', { perfect: ['أبدى', 'أبدت', 'أبدوا', 'أبديا'] }),
  v('عبر', 'عبر', 'معبر', { complement: true }),
  v('ألمح', 'لمح', 'ملمح'),
  v('زعم', 'زعم', 'زاعم'),
  v('ادعى', 'دعي', 'مدعي', { perfect: ['ادعى', 'ادعت', 'ادعوا'] }),
  v('تساءل', 'تساءل', 'متسائل'),
  v('أجاب', 'جيب', 'مجيب'),
  v('علق', 'علق', 'معلق', { complement: true }),
  v('أشاد', 'شيد', 'مشيد'),
  v('كرر', 'كرر', undefined, { complement: true }),
  v('رجح', 'رجح', 'مرجح'),
  v('اقترح', 'قترح', 'مقترح'),
  v('نبه', 'نبه', 'منبه'),
  v('أنكر', 'نكر'),
  v('رفض', 'رفض', 'رافض', { complement: true }),
  v('ناشد', 'ناشد', 'مناشد'),
  v('حث', 'حث'),
  v('أقر', undefined, undefined, { perfect: ['أقر', 'أقرت', 'أقروا'] }),
  v('أفصح', 'فصح'),
  v('أورد', 'ورد'),
  v('اشترط', 'شترط', 'مشترط'),
  v('أوصى', 'وصي', 'موصي', { perfect: ['أوصى', 'أوصت', 'أوصوا'] }),
  v('ختم', 'ختم', 'مختتم'),
  v('استدرك', 'ستدرك', 'مستدرك'),
  v('أعلم', 'علم', undefined, { complement: true }),
  v('تحدث', 'تحدث', 'متحدث', { complement: true }),
  // Verbs of attributing, defending, welcoming and denying that news reports as statements.
  v('أنحى', 'نحي', undefined, { perfect: ['أنحى', 'أنحت', 'أنحوا'] }),
  v('أبان', 'بين', undefined, { complement: true }),
  v('روى', 'روي', 'راوي', { perfect: ['روى', 'روت', 'رووا'], complement: true }),
  v('أرجع', 'رجع', 'مرجع'),
  v('عزا', 'عزو', 'عازي', { perfect: ['عزا', 'عزت', 'عزوا'] }),
  v('لوح', 'لوح', 'ملوح'),
  v('استنكر', 'ستنكر', 'مستنكر'),
  v('استهجن', 'ستهجن', 'مستهجن'),
  v('دافع', 'دافع', undefined, { complement: true }),
  v('أصر', 'صر', 'مصر', { perfect: ['أصر', 'أصرت', 'أصروا'], complement: true }),
  v('رحب', 'رحب', 'مرحب'),
  v('تمنى', 'تمنى', 'متمني', { perfect: ['تمنى', 'تمنت', 'تمنوا'] }),
  v('استبعد', 'ستبعد', 'مستبعد'),
  v('شكك', 'شكك', 'مشكك'),
  v('شكا', 'شكو', 'شاكي', { perfect: ['شكا', 'شكت', 'شكوا'] }),
  v('اشتكى', 'شتكي', 'مشتكي', { perfect: ['اشتكى', 'اشتكت', 'اشتكوا'] }),
  v('نوه', 'نوه', 'منوه'),
  v('ثمن', 'ثمن', 'مثمن', { complement: true }),
  v('برر', 'برر', undefined, { complement: true }),
  v('اعتذر', 'عتذر', 'معتذر'),
  v('جزم', 'جزم', 'جازم', { complement: true }),
  v('شرح', 'شرح', 'شارح', { complement: true }),
  v('فسر', 'فسر', 'مفسر', { complement: true }),
  v('اتفق', 'تفق', 'متفق', { complement: true }),
  v('خلص', 'خلص', undefined, { complement: true }),
  v('زاد', 'زيد', undefined, { complement: true }),
  v('ذهب', 'ذهب', 'ذاهب', { complement: true }),
  v('توعد', 'توعد', 'متوعد'),
  v('جدد', 'جدد', undefined, { complement: true }),
  v('أخبر', 'خبر', undefined, { complement: true }),
  v('احتج', 'حتج', 'محتج'),
  v('أمل', 'مل', undefined, { complement: true }),
  v('قدر', 'قدر', 'مقدر', { complement: true }),
  v('أعاد', undefined, undefined, { complement: true }),
  v('استغرب', 'ستغرب', 'مستغرب'),
  v('تساءل', 'تساءل', 'متسائل'),
  v('طمأن', 'طمئن', 'مطمئن'),
  v('أفتى', 'فتي', undefined, { perfect: ['أفتى', 'أفتت', 'أفتوا'], complement: true }),
  v('نصح', 'نصح', 'ناصح'),
  v('تحفظ', 'تحفظ', 'متحفظ'),
  v('أيد', 'ؤيد', 'مؤيد', { complement: true }),
  // أحصى المرصد مقتل ...: counting is how monitors and agencies report.
  v('أحصى', 'حصي', undefined, { perfect: ['أحصى', 'أحصت', 'أحصوا'] }),
  // أظهرت الدراسة أن ...: studies and polls report with a complement; يظهر أن is "it seems".
  v('أظهر', undefined, undefined, { complement: true }),
];

/**
 * Verbal nouns that report a statement when a named actor or a pronoun goes with them and a
 * complementizer follows (تأكيد الوزارة أن ...، بتأكيده أن ...، إعلانها أن ...): masdar -> verb.
 */
export const REPORTING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['تأكيد', 'أكد'], ['إعلان', 'أعلن'], ['نفي', 'نفى'], ['تشكيك', 'شكك'], ['تحذير', 'حذر'], ['مطالبة', 'طالب'],
  ['دعوة', 'دعا'], ['اتهام', 'اتهم'], ['تصريح', 'صرح'], ['قول', 'قال'], ['انتقاد', 'انتقد'], ['تنديد', 'ندد'],
  ['اعتراف', 'اعترف'], ['إقرار', 'أقر'], ['توقع', 'توقع'], ['تهديد', 'هدد'], ['تعهد', 'تعهد'], ['إشارة', 'أشار'],
  ['توضيح', 'أوضح'], ['تشديد', 'شدد'], ['إصرار', 'أصر'], ['زعم', 'زعم'], ['ادعاء', 'ادعى'], ['تلميح', 'ألمح'],
  ['اعتبار', 'اعتبر'], ['إبلاغ', 'أبلغ'], ['كشف', 'كشف'], ['إفادة', 'أفاد'], ['تأكيدات', 'أكد'], ['تصريحات', 'صرح'],
]);

/**
 * Generated forms that are more often something else: بين "between", عبر "via", طالب "student",
 * مشددة "strict", ذاكرة "memory", متحدثة "a (female) spokesperson", مغردون "tweeters". Written
 * unnormalized; compared after normalization.
 */
export const AMBIGUOUS_FORMS: readonly string[] = [
  'بين', 'عبر', 'طالب', 'كتب', 'متحدثة', 'متحدثون', 'متحدثين', 'متحدثان', 'معلقة', 'معلقون', 'معلقين',
  'مقترحة', 'داعية', 'مطالبة', 'متهمين', 'متهمون', 'معلنة', 'ذاكرة', 'مشددة', 'مهددة', 'مهددين',
  'مغردون', 'مغردين', 'مدعين', 'معبرة', 'فبين', 'قاله', 'تقوله', 'يقوله', 'إضافة', 'وإضافة', 'فإضافة',
  'نقله', 'ونقله', 'طلبه', 'وطلبة', 'فطلبة', 'طلبة',
  // يذكر أن / الجدير ذكره: the narrator's aside, nobody speaks.
  'يذكر', 'ويذكر', 'ذكره', 'يذكره', 'ويذكره', 'تذكر', 'وتذكر', 'رد', 'ورد', 'فرد', 'رده', 'ردها', 'ردهم', 'ردا', 'وردا', 'ردت',
  // Forms of the verbs above that are more often nouns or other verbs: مصر (Egypt)، زيد، مرجع، خبر.
  'مصر', 'مصرا', 'مصرة', 'مصرين', 'مصرون', 'ومصر', 'فمصر', 'زيد', 'تزيد', 'يزيد', 'خبر', 'يخبر', 'مرجع', 'مرجعا',
  'شرح', 'ثمن', 'برر', 'قدر', 'يقدر', 'تقدر', 'مقدرة', 'مقدرا', 'ذهب', 'يذهب', 'تذهب', 'مؤيد', 'مؤيدة', 'مؤيدين', 'مؤيدون',
  'تحفظ', 'يمل', 'تمل', 'امل', 'املا', 'خلص', 'جدد', 'يجدد', 'تجدد', 'اعاد', 'يبين', 'تبين', 'راوي', 'نصح',
  'لوح', 'ملوحة', 'تخلص', 'يخلص', 'مشكك', 'إشارة', 'وإشارة', 'فإشارة',
];
