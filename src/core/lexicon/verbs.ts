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
  v('أضاف', 'ضيف', 'مضيف'),
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
];

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
];
