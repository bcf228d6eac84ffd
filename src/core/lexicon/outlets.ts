/**
 * The outlet gazetteer: news agencies, newspapers, broadcasters and websites that Arabic news text
 * credits, each with the spellings met in the text (Arabic and Latin script), a canonical English
 * name, an Arabic name and a kind. Spellings are compared after `normalizeArabic`, so أ/ا, ة/ه and
 * ى/ي variants need not be listed; a Latin spelling of four letters or fewer (AP, AFP, RT) is matched
 * in that case only, a longer one in any case.
 *
 * `ambiguous` marks names that are also ordinary words or places (الجزيرة "the island", الحياة
 * "life", الشرق الأوسط "the Middle East", بترا the city, قنا the Egyptian town, بنا "with us"): they
 * count as an outlet only when the text marks them as one, by quotation marks (لـ«الجزيرة»), a
 * descriptor (صحيفة الحياة، وكالة بترا), or a dateline position (واشنطن - «الشرق الأوسط»).
 *
 * To add an outlet, add one entry; `test/unit/credits.test.ts` shows what each kind of entry catches.
 */
import type { CreditKind } from '../types';

export interface OutletEntry {
  /** Canonical English name (Reuters, AFP, Washington Post). */
  readonly source: string;
  /** The usual Arabic name. */
  readonly arabic?: string;
  readonly kind: CreditKind;
  /** Spellings as written in text, without clitics; multi-word names separated by single spaces. */
  readonly names: readonly string[];
  /** True when the name is also a common word or place: needs quotes, a descriptor or a dateline. */
  readonly ambiguous?: boolean;
  /** True when the name is also a city or region, which a dateline names too (الرياض - واس). */
  readonly alsoPlace?: boolean;
}

const agency = (source: string, arabic: string, names: string[], ambiguous = false, alsoPlace = false): OutletEntry => ({
  source, arabic, kind: 'agency', names, ambiguous, alsoPlace,
});
const newspaper = (source: string, arabic: string, names: string[], ambiguous = false, alsoPlace = false): OutletEntry => ({
  source, arabic, kind: 'newspaper', names, ambiguous, alsoPlace,
});
const broadcaster = (source: string, arabic: string, names: string[], ambiguous = false): OutletEntry => ({
  source, arabic, kind: 'broadcaster', names, ambiguous,
});
const website = (source: string, arabic: string, names: string[], ambiguous = false): OutletEntry => ({
  source, arabic, kind: 'website', names, ambiguous,
});

/** Wire services: a bare mention of one is nearly always the origin of the information. */
const AGENCIES: OutletEntry[] = [
  agency('Reuters', 'رويترز', ['رويترز', 'رويتر', 'Reuters', 'وكالة رويترز']),
  agency('AFP', 'فرانس برس', [
    'فرانس برس', 'فرانس بريس', 'وكالة فرانس برس', 'أ ف ب', 'ا ف ب', 'AFP', 'وكالة الصحافة الفرنسية',
    'وكالة الأنباء الفرنسية',
  ]),
  agency('DPA', 'د ب أ', ['د ب أ', 'د ب ا', 'DPA', 'dpa', 'وكالة الأنباء الألمانية']),
  agency('AP', 'أسوشيتد برس', [
    'أسوشيتد برس', 'أسوشييتد برس', 'أسوشيتدبرس', 'اسوشيتد برس', 'أسوشيتيد برس', 'أسوشتيد برس', 'أ ب', 'AP',
  ]),
  agency('Anadolu', 'الأناضول', ['الأناضول', 'وكالة الأناضول', 'Anadolu']),
  agency('Sputnik', 'سبوتنيك', ['سبوتنيك', 'سبوتنك', 'Sputnik']),
  agency('TASS', 'تاس', ['تاس', 'إيتار تاس', 'ايتار تاس', 'TASS']),
  agency('RIA Novosti', 'ريا نوفوستي', ['ريا نوفوستي', 'نوفوستي', 'RIA Novosti']),
  agency('Interfax', 'إنترفاكس', ['إنترفاكس', 'انترفاكس', 'Interfax']),
  agency('SPA', 'واس', ['واس', 'وكالة الأنباء السعودية', 'SPA']),
  agency('WAM', 'وام', ['وام', 'وكالة أنباء الإمارات', 'WAM']),
  agency('KUNA', 'كونا', ['كونا', 'وكالة الأنباء الكويتية', 'KUNA']),
  agency('SANA', 'سانا', ['سانا', 'وكالة الأنباء السورية', 'SANA']),
  agency('Petra', 'بترا', ['بترا', 'وكالة الأنباء الأردنية'], true, true),
  agency('Xinhua', 'شينخوا', ['شينخوا', 'شينغوا', 'شينهوا', 'وكالة أنباء الصين الجديدة', 'Xinhua']),
  agency('QNA', 'قنا', ['قنا', 'وكالة الأنباء القطرية'], true, true),
  agency('BNA', 'بنا', ['بنا', 'وكالة أنباء البحرين'], true),
  agency('ONA', 'العمانية', ['وكالة الأنباء العمانية']),
  agency('MENA', 'أ ش أ', ['أ ش أ', 'وكالة أنباء الشرق الأوسط']),
  agency('IRNA', 'إرنا', ['إرنا', 'ارنا', 'IRNA', 'وكالة الأنباء الإيرانية']),
  agency('Fars', 'فارس', ['فارس', 'وكالة أنباء فارس', 'وكالة فارس للأنباء'], true),
  agency('ISNA', 'إسنا', ['إسنا', 'ايسنا', 'وكالة الأنباء الطلابية', 'وكالة أنباء الطلبة', 'ISNA']),
  agency('Ma\'an', 'معا', ['وكالة معا', 'وكالة معا الإخبارية'], true),
  agency('Safa', 'صفا', ['وكالة الصحافة الفلسطينية', 'وكالة صفا'], true),
  agency('Quds Press', 'قدس برس', ['قدس برس']),
  agency('Tasnim', 'تسنيم', ['تسنيم'], true),
  agency('Mehr', 'مهر', ['مهر'], true),
  agency('Kyodo', 'كيودو', ['كيودو', 'Kyodo']),
  agency('Yonhap', 'يونهاب', ['يونهاب', 'Yonhap']),
  agency('EFE', 'إفي', ['إفي', 'EFE']),
  agency('ANSA', 'أنسا', ['أنسا', 'ANSA']),
  agency('Bloomberg', 'بلومبرغ', ['بلومبرغ', 'بلومبيرغ', 'بلومبيرج', 'بلومبرج', 'Bloomberg']),
  agency('Dogan News Agency', 'دوجان', ['دوجان', 'دوغان', 'وكالة دوجان للأنباء', 'وكالة دوغان للأنباء']),
  agency('Ihlas News Agency', 'إخلاص', ['إخلاص'], true),
  agency('NNA', 'الوكالة الوطنية للإعلام', ['الوكالة الوطنية للإعلام']),
  agency('INA', 'واع', ['واع', 'وكالة الأنباء العراقية']),
  agency('MAP', 'لاماب', ['لاماب', 'وكالة المغرب العربي للأنباء']),
  agency('APS', 'واج', ['واج', 'وكالة الأنباء الجزائرية']),
  agency('TAP', 'وات', ['وكالة تونس إفريقيا للأنباء']),
  agency('Saba', 'سبأ', ['سبأ'], true),
  agency('WAFA', 'وفا', ['وفا'], true),
  agency('SUNA', 'سونا', ['سونا']),
  agency('Getty Images', 'غيتي', ['Getty Images', 'Getty', 'غيتي إيماجز', 'جيتي إيماجز']),
  agency('EPA', 'إي بي إيه', ['EPA']),
];

const NEWSPAPERS: OutletEntry[] = [
  newspaper('Washington Post', 'واشنطن بوست', ['واشنطن بوست', 'الواشنطن بوست', 'Washington Post']),
  newspaper('New York Times', 'نيويورك تايمز', ['نيويورك تايمز', 'النيويورك تايمز', 'New York Times']),
  newspaper('Wall Street Journal', 'وول ستريت جورنال', ['وول ستريت جورنال', 'وول ستريت جورنل', 'Wall Street Journal']),
  newspaper('Financial Times', 'فاينانشال تايمز', [
    'فاينانشال تايمز', 'فايننشال تايمز', 'فاينانشيال تايمز', 'فايننشيال تايمز', 'الفاينانشال تايمز', 'Financial Times',
  ]),
  newspaper('The Guardian', 'الغارديان', ['الغارديان', 'غارديان', 'الجارديان', 'جارديان', 'Guardian']),
  newspaper('The Times', 'التايمز', ['التايمز', 'تايمز']),
  newspaper('Telegraph', 'تلغراف', ['تلغراف', 'التلغراف', 'ديلي تلغراف', 'الديلي تلغراف', 'تليغراف', 'Telegraph']),
  newspaper('The Independent', 'الإندبندنت', ['الإندبندنت', 'إندبندنت', 'الاندبندنت', 'Independent']),
  newspaper('Daily Mail', 'ديلي ميل', ['ديلي ميل', 'الديلي ميل', 'Daily Mail']),
  newspaper('The Sun', 'صن', ['ذا صن', 'The Sun']),
  newspaper('Mail on Sunday', 'ميل أون صنداي', ['ميل أون صنداي']),
  newspaper('USA Today', 'يو إس إيه توداي', ['يو إس إيه توداي', 'USA Today']),
  newspaper('Los Angeles Times', 'لوس أنجلوس تايمز', ['لوس أنجلوس تايمز', 'لوس أنجليس تايمز']),
  newspaper('Le Monde', 'لوموند', ['لوموند', 'لو موند', 'Le Monde']),
  newspaper('Le Figaro', 'لوفيغارو', ['لوفيغارو', 'لو فيغارو', 'لوفيجارو', 'Le Figaro']),
  newspaper('Libération', 'ليبراسيون', ['ليبراسيون']),
  newspaper('Journal du Dimanche', 'جورنال دو ديمانش', ['جورنال دو ديمانش', 'لو جورنال دو ديمانش']),
  newspaper('Die Welt', 'دي فيلت', ['دي فيلت', 'دي فيلد', 'Die Welt']),
  newspaper('Welt am Sonntag', 'فيلت أم سونتاغ', ['فيلت أم سونتاغ', 'فيلت ام زونتاغ']),
  newspaper('Bild', 'بيلد', ['بيلد', 'Bild']),
  newspaper('Der Spiegel', 'دير شبيغل', ['دير شبيغل', 'دير شبيجل', 'شبيغل', 'Spiegel']),
  newspaper('Haaretz', 'هآرتس', ['هآرتس', 'هارتس', 'Haaretz']),
  newspaper('Yedioth Ahronoth', 'يديعوت أحرونوت', ['يديعوت أحرونوت', 'يديعوت احرونوت', 'يديعوت']),
  newspaper('Maariv', 'معاريف', ['معاريف']),
  newspaper('Jerusalem Post', 'جيروزاليم بوست', ['جيروزاليم بوست']),
  newspaper('Hurriyet', 'حرييت', ['حرييت', 'حريت']),
  newspaper('Milliyet', 'ملييت', ['ملييت']),
  newspaper('Sabah', 'صباح', ['صباح'], true),
  newspaper('Kommersant', 'كوميرسانت', ['كوميرسانت', 'كومرسانت']),
  newspaper('Izvestia', 'إزفستيا', ['إزفستيا', 'ازفيستيا', 'إزفيستيا']),
  newspaper('The Lancet', 'لانسيت', ['ذا لانسيت', 'لانسيت']),
  newspaper('Time', 'تايم', ['تايم'], true),
  newspaper('Newsweek', 'نيوزويك', ['نيوزويك']),
  newspaper('The Economist', 'الإيكونوميست', ['الإيكونوميست', 'إيكونوميست', 'ذي إيكونوميست']),
  newspaper('Foreign Policy', 'فورين بوليسي', ['فورين بوليسي']),
  newspaper('Politico', 'بوليتيكو', ['بوليتيكو', 'Politico']),
  newspaper('Jeune Afrique', 'جون أفريك', ['جون أفريك']),
  newspaper('Al-Ahram', 'الأهرام', ['الأهرام'], true),
  newspaper('Asharq Al-Awsat', 'الشرق الأوسط', ['الشرق الأوسط'], true, true),
  newspaper('Al-Hayat', 'الحياة', ['الحياة'], true),
  newspaper('Al-Shorouk', 'الشروق', ['الشروق'], true),
  newspaper('Al-Ittihad', 'الاتحاد', ['الاتحاد'], true),
  newspaper('Al Jazirah', 'الجزيرة', ['الجزيرة'], true, true),
  newspaper('Al-Watan', 'الوطن', ['الوطن'], true),
  newspaper('Al-Riyadh', 'الرياض', ['الرياض'], true, true),
  newspaper('Okaz', 'عكاظ', ['عكاظ'], true),
  newspaper('Al-Madina', 'المدينة', ['المدينة'], true, true),
  newspaper('Al-Yaum', 'اليوم', ['اليوم'], true),
  newspaper('Al-Eqtisadiya', 'الاقتصادية', ['الاقتصادية'], true),
  newspaper('Al-Bayan', 'البيان', ['البيان'], true),
  newspaper('Al-Khaleej', 'الخليج', ['الخليج'], true, true),
  newspaper('Al-Qabas', 'القبس', ['القبس'], true),
  newspaper('Al-Rai', 'الرأي', ['الرأي'], true),
  newspaper('Al-Ghad', 'الغد', ['الغد'], true),
  newspaper('Ad-Dustour', 'الدستور', ['الدستور'], true),
  newspaper('Al-Nahar', 'النهار', ['النهار'], true),
  newspaper('As-Safir', 'السفير', ['السفير'], true),
  newspaper('Al-Akhbar', 'الأخبار', ['الأخبار'], true),
  newspaper('Al-Masry Al-Youm', 'المصري اليوم', ['المصري اليوم']),
  newspaper('Youm7', 'اليوم السابع', ['اليوم السابع']),
  newspaper('Al-Quds Al-Arabi', 'القدس العربي', ['القدس العربي']),
  newspaper('Al-Araby Al-Jadeed', 'العربي الجديد', ['العربي الجديد']),
  newspaper('Al-Mada', 'المدى', ['المدى'], true),
  newspaper('Azzaman', 'الزمان', ['الزمان'], true),
  newspaper('Al-Wafd', 'الوفد', ['الوفد'], true),
  newspaper('Al-Ayyam', 'الأيام', ['الأيام'], true),
  newspaper('Al-Rai', 'الراي', ['الراي'], true),
  newspaper('Al-Seyassah', 'السياسة', ['السياسة'], true),
  newspaper('Akhbar El Yom', 'أخبار اليوم', ['أخبار اليوم'], true),
  newspaper('Yeni Safak', 'يني شفق', ['يني شفق', 'يني شفاق']),
  newspaper('Al-Arab', 'العرب', ['العرب'], true),
  newspaper('Al-Ahali', 'الأهالي', ['الأهالي'], true),
  newspaper('Al-Sabah', 'الصباح', ['الصباح'], true),
  newspaper('Al-Thawra', 'الثورة', ['الثورة'], true),
  newspaper('Tishreen', 'تشرين', ['تشرين'], true),
  newspaper('Al-Wiam', 'الوئام', ['الوئام'], true),
  newspaper('Al-Wasat', 'الوسط', ['الوسط'], true),
  newspaper('Al-Jarida', 'الجريدة', ['الجريدة'], true),
  newspaper('Al-Anba', 'الأنباء', ['الأنباء'], true),
  newspaper('Al-Sharq', 'الشرق', ['الشرق'], true, true),
  newspaper('Al-Raya', 'الراية', ['الراية'], true),
  newspaper('Al-Balad', 'البلاد', ['البلاد'], true),
  newspaper('Al-Bilad', 'البلاد', ['صحيفة البلاد']),
  newspaper('Sabq', 'سبق', ['سبق'], true),
  newspaper('Ain Alyoum', 'عين اليوم', ['عين اليوم']),
];

const BROADCASTERS: OutletEntry[] = [
  broadcaster('BBC', 'بي بي سي', ['بي بي سي', 'بي.بي.سي', 'BBC', 'هيئة الإذاعة البريطانية']),
  broadcaster('BBC Arabic', 'بي بي سي عربي', ['BBC Arabic', 'بي بي سي عربي']),
  broadcaster('CNN', 'سي إن إن', ['سي إن إن', 'سي ان ان', 'CNN']),
  broadcaster('Fox News', 'فوكس نيوز', ['فوكس نيوز', 'Fox News']),
  broadcaster('CBS', 'سي بي إس', ['سي بي إس', 'سي بي اس', 'CBS']),
  broadcaster('NBC', 'إن بي سي', ['إن بي سي', 'ان بي سي', 'إن. بي. سي', 'NBC']),
  broadcaster('ABC', 'إيه بي سي', ['إيه بي سي', 'اي بي سي', 'ABC']),
  broadcaster('MSNBC', 'إم إس إن بي سي', ['إم إس إن بي سي', 'MSNBC']),
  broadcaster('NPR', 'إن بي آر', ['إن بي آر', 'NPR']),
  broadcaster('Sky News Arabia', 'سكاي نيوز عربية', ['سكاي نيوز عربية', 'سكاي نيوز عربيه']),
  broadcaster('Sky News', 'سكاي نيوز', ['سكاي نيوز', 'Sky News']),
  broadcaster('Al Jazeera', 'الجزيرة', ['الجزيرة نت', 'Al Jazeera']),
  broadcaster('Al Arabiya', 'العربية', ['العربية'], true),
  broadcaster('Al Arabiya.net', 'العربية.نت', ['العربية نت', 'Al Arabiya.net']),
  broadcaster('Russia Today', 'روسيا اليوم', ['روسيا اليوم', 'آر تي', 'RT']),
  broadcaster('France 24', 'فرانس 24', ['فرانس 24', 'France 24']),
  broadcaster('Euronews', 'يورونيوز', ['يورونيوز', 'Euronews']),
  broadcaster('Deutsche Welle', 'دويتشه فيله', ['دويتشه فيله', 'دويتش فيله', 'DW']),
  broadcaster('ARD', 'آيه أر دي', ['آيه أر دي', 'ARD']),
  broadcaster('ZDF', 'تسي دي إف', ['ZDF']),
  broadcaster('Monte Carlo Doualiya', 'مونت كارلو الدولية', ['مونت كارلو الدولية']),
  broadcaster('Voice of America', 'صوت أمريكا', ['صوت أمريكا', 'صوت أميركا']),
  broadcaster('Al Mayadeen', 'الميادين', ['الميادين'], true),
  broadcaster('Al Manar', 'المنار', ['المنار'], true),
  broadcaster('Al Alam', 'العالم', ['العالم'], true),
  broadcaster('Alhurra', 'الحرة', ['الحرة'], true),
  broadcaster('Al-Ikhbariya', 'الإخبارية', ['الإخبارية'], true),
  broadcaster('Al Hadath', 'الحدث', ['الحدث'], true),
  broadcaster('Press TV', 'برس تي في', ['برس تي في', 'Press TV']),
  broadcaster('beIN Sports', 'بي إن سبورت', ['بي إن سبورت', 'بي إن سبورتس']),
  broadcaster('Mosaique FM', 'موزاييك إف إم', ['موزاييك إف إم', 'موزاييك']),
  broadcaster('Channel 10', 'القناة العاشرة', ['القناة العاشرة', 'القناة الإسرائيلية العاشرة', 'القناة العاشرة الإسرائيلية']),
  broadcaster('Israel Channel 2', 'القناة الثانية الإسرائيلية', ['القناة الثانية الإسرائيلية', 'القناة الإسرائيلية الثانية']),
  broadcaster('Israel Channel 1', 'القناة الأولى الإسرائيلية', ['القناة الأولى الإسرائيلية', 'القناة الإسرائيلية الأولى']),
  broadcaster('Israel Radio', 'الإذاعة الإسرائيلية', ['الإذاعة الإسرائيلية', 'إذاعة الجيش الإسرائيلي', 'إذاعة الجيش']),
  broadcaster('Al Sumaria', 'السومرية', ['السومرية'], true),
];

const WEBSITES: OutletEntry[] = [
  website('Axios', 'أكسيوس', ['أكسيوس', 'Axios']),
  website('The Intercept', 'ذا إنترسبت', ['ذا إنترسبت']),
  website('HuffPost', 'هافينغتون بوست', ['هافينغتون بوست', 'هافنغتون بوست', 'هافبوست']),
  website('Middle East Eye', 'ميدل إيست آي', ['ميدل إيست آي']),
  website('Breitbart', 'بريتبارت', ['بريتبارت']),
  website('BuzzFeed', 'بازفيد', ['بازفيد', 'BuzzFeed']),
  website('Elaph', 'إيلاف', ['إيلاف'], true),
  website('Hespress', 'هسبريس', ['هسبريس']),
  website('Masrawy', 'مصراوي', ['مصراوي']),
  website('Al-Marsad', 'المرصد', ['المرصد'], true),
];

export const OUTLETS: readonly OutletEntry[] = [...AGENCIES, ...NEWSPAPERS, ...BROADCASTERS, ...WEBSITES];

/**
 * Words that introduce an outlet name and belong to the credit (صحيفة واشنطن بوست، قناة "روسيا
 * اليوم"), in their normalized form. The dual صحيفتي covers coordinated names (صحيفتي X و Y).
 */
export const DESCRIPTORS: ReadonlySet<string> = new Set([
  'صحيفه', 'جريده', 'وكاله', 'قناه', 'موقع', 'شبكه', 'مجله', 'اذاعه', 'تلفزيون', 'محطه', 'فضاييه',
  'صحيفتي', 'صحيفتا', 'وكالتي', 'قناتي', 'يوميه', 'اسبوعيه',
]);

/**
 * Plural or generic heads of an unnamed source (وكالات روسية، صحيفة يمنية، مواقع متخصصة، الإعلام
 * السوري الرسمي): a credit only right after an attribution word, with the adjectives that follow.
 */
export const GENERIC_HEADS: ReadonlyMap<string, CreditKind> = new Map<string, CreditKind>([
  ['وكاله', 'agency'], ['وكالات', 'agency'], ['صحيفه', 'newspaper'], ['صحف', 'newspaper'],
  ['جريده', 'newspaper'], ['مواقع', 'website'], ['موقع', 'website'], ['قناه', 'broadcaster'],
  ['قنوات', 'broadcaster'], ['اعلام', 'agency'], ['الاعلام', 'agency'], ['تلفزيون', 'broadcaster'],
  ['التلفزيون', 'broadcaster'], ['اذاعه', 'broadcaster'], ['الاذاعه', 'broadcaster'],
  ['وسايل', 'agency'], ['مصادر', 'agency'], ['الوكاله', 'agency'],
]);

/** Social networks are where something was posted, not a news source (نشرها على موقع تويتر). */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set([
  'تويتر', 'فيسبوك', 'فيس بوك', 'انستغرام', 'انستجرام', 'يوتيوب', 'تيك توك', 'سناب شات', 'واتساب', 'تلغرام',
  'تيليغرام', 'لينكدان', 'twitter', 'facebook', 'instagram', 'youtube',
]);
