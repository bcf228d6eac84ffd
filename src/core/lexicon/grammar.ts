/**
 * Closed word classes that bound a speaker phrase or open a reported clause. Written as they appear
 * in text; `wordSet` normalizes them so that أن / ان / آن compare equal.
 */
import { normalizeArabic } from '../text/normalize';

export const wordSet = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));

/**
 * Complementizers that open indirect speech (قال إن ...، أكد أن ...). A pronoun suffix makes one
 * word with them (إنه، أنها، بأنهم), and the content starts after that word.
 */
export const COMPLEMENTIZERS = wordSet(`
  إن أن ان بأن إنه أنه انه بأنه إنها أنها انها بأنها إنهم أنهم انهم بأنهم إنهما أنهما بأنهما
  إنني أنني إننا أننا بأننا إنهن أنهن لأن`);

/** Prepositions that may stand between a verb and its complementizer: أشار إلى أن، حذر من أن. */
export const COMPLEMENT_PREPOSITIONS = wordSet('إلى الى من على عن في');

/** Time expressions: they follow the speaker in قال بيسكوف يوم الثلاثاء إن, and end the speaker phrase. */
export const TIME_WORDS = wordSet(`
  يوم اليوم أمس الأمس غدا صباح مساء صباحا مساء ليل ليلة الليلة فجر ظهر الأسبوع الشهر السنة
  حينها حينذاك سابقا لاحقا مؤخرا أيضا ايضا كذلك مجددا الآن آنذاك مطلع أواخر أوائل منتصف نهاية بداية
  السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة سبت اثنين ثلاثاء أربعاء خميس جمعة
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
  كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين هذا هذه الماضي الماضية الجاري الجارية
  بدوره بدورها بدورهم قبل بعد عصر اليومين حاليا`);

/** Prepositions that end a speaker phrase and start an adjunct (قال كيري في كلمة ببروكسل). */
export const ADJUNCT_PREPOSITIONS = wordSet(`
  في خلال عبر أمام عقب لدى مع أثناء إثر اثر منذ ضمن وسط خلف بعد قبل عند حول بشأن بخصوص`);

/**
 * Prepositions with a pronoun that may stand between a verb and its subject or content
 * (وقالت عنه الممثلة، أعلنت فيه عن ...، وقال بدوره): skipped, they are never the speaker.
 */
export const PRONOUN_ADJUNCTS = wordSet(`
  عنه عنها عنهم عنهما فيه فيها فيهم له لها لهم لهما إليه إليها إليهم عليه عليها عليهم منه منها منهم
  معه معها معهم به بها بهم خلاله خلالها بدوره بدورها بدورهم بدوري كذلك أيضا ايضا مجددا بدءا`);

/** Words that end a speaker phrase outright. */
export const SPEAKER_STOPS = wordSet(`
  قد كان كانت لقد إلى الى على عن ضد حتى الذي التي الذين اللذين اللتين والذي والتي والذين و أو ثم لكن بل لا لم لن ما لسان
  وهو وهي هو هي هم حيث بينما فيما كما إذ اذ ان إن أن عندما حين بعدما أي إذا اذا لو هل كيف ماذا لماذا متى أين
  بما مما عما لما وبما ومما`);

/** Nouns of a speech event: في كلمة، في بيان، في تصريح ... end the speaker phrase at في. */
export const SPEECH_EVENTS = wordSet(`
  كلمة كلمته كلمتها بيان بيانه بيانها تصريح تصريحه تصريحها تصريحات تصريحاته مؤتمر حديث حديثه حديثها
  حوار مقابلة لقاء تغريدة تغريدات تدوينة منشور حسابه حسابها صفحته صفحتها رسالة خطاب خطابه اجتماع
  جلسة رده ردها تقرير تقريرها تقريره مقال مقالة مقاله ختام افتتاح سياق حين وقت الوقت أعقاب ندوة
  اتصال مداخلة برنامج بيانات صحيفة مجلة موقع قناة وكالة إطار معرض محاضرة قمة زيارة`);

/** After ل: the audience or outlet spoken to (للصحفيين، لوكالة، لـCNN), never part of the speaker. */
export const AUDIENCE = wordSet(`
  صحفيين صحافيين صحافة صحفي وكالة قناة صحيفة موقع تلفزيون إذاعة شبكة مجلة جزيرة عربية رويترز
  فرانس سي بي أسوشيتد مراسل مراسلنا مراسلة وسائل جانب شبكتنا الشرق الحياة`);

/** Titles and roles: what precedes a name (المتحدث باسم الكرملين دميتري بيسكوف). Compared without ال. */
export const TITLES = wordSet(`
  متحدث متحدثة ناطق ناطقة رسمي رسمية باسم وزير وزيرة وزراء رئيس رئيسة رؤساء سفير سفيرة جنرال شيخ
  شيخة أمير أميرة ملك ملكة دكتور د سيد سيدة مدير مديرة نائب نائبة قائد مستشار مستشارة عضو أمين
  عام عامة مساعد مساعدة زعيم عاهل ولي عهد عقيد لواء عميد فريق كاتب كاتبة محلل خبير أستاذ بروفيسور
  مبعوث مندوب محافظ قاضي نقيب مرشد بابا مدعي مفوض مفوضة منسق منسقة مراسل مسؤولة قائمة بأعمال
  المتحدثة نواب نائبه مرشح مرشحة حاكم وكيل سكرتير سكرتيرة ممثل ممثلة الأسبق السابق السابقة الحالي
  العام الأعلى
  مشرع مشرعة مصمم مصممة سيناتور سناتور نائبة مندوبة باحث باحثة محامي محامية طبيب طبيبة مهندس مهندسة
  مدرب لاعب صحفي صحفية صحافي صحافية مؤرخ ناشط ناشطة فنان فنانة ممثل مخرج مخرجة مؤلف شاعر شاعرة
  رئيسة عالم عالمة داعية مفتي قاض مراقب معلق منتج مغني مغنية روائي روائية أكاديمي
  بروفسور بروفسير البروفسير بروفيسورة دكتورة مختص مختصة أخصائي اختصاصي اختصاصية استشاري
  تاجر مزارع مستثمر رجل سيدة مؤسس مؤسسة شريك شريكة مالك رائد قيادي قيادية آمر`);

/**
 * Nouns for people that take a possessive pronoun and can still be the speaker (وقال محاميه،
 * وقالت زوجته، وأضاف نجله). Compared without the pronoun.
 */
export const PERSON_NOUNS = wordSet(`
  محامي محام زوج زوجة والد والدة نجل نجلة ابن ابنة شقيق شقيقة أخ أخت عم خال جد جدة صديق صديقة
  مساعد مساعدة مستشار متحدث ناطق نائب وزير مدير محامو أقارب أسرة عائلة رفاق زملاء زميل زميلة مرافق
  ممثل ممثلة رئيس مسؤول خليفة أنصار مؤيدو معارضو منتقدو نظير نظيرة قرين قرينة أرملة`);

/** Heads of organisation names: the whole phrase is the speaker (وزارة الدفاع الروسية). */
export const ORG_HEADS = wordSet(`
  محطة فضائية الرئاسة الإليزيه
  وزارة هيئة حكومة رئاسة مجلس حلف منظمة لجنة جبهة حزب حركة صحيفة وكالة قناة موقع شركة مكتب بيان
  جيش قيادة جامعة مركز معهد مرصد الأمم الاتحاد البيت الكرملين الخارجية الداخلية الدفاع الشرطة الأمن
  مجموعة جمعية مؤسسة إدارة محكمة نيابة برلمان البرلمان الحكومة الرئاسة الجيش تحالف ائتلاف تنظيم
  مجلة شبكة إذاعة تلفزيون سفارة قوات الوزارة الهيئة الجبهة المنظمة اللجنة الشركة المجلس الحزب
  بلدية دائرة السلطات سلطات السلطة المفوضية مفوضية النظام الادعاء دراسة تقرير تقديرات إحصائيات`);

/** Documents whose owner follows with ل: تقرير لصحيفة الغد، تحقيق صحفي لرويترز، دراسة لجامعة القاهرة. */
export const DOCUMENTS = wordSet('تقرير تحقيق دراسة بيان مقال تغريدة رسالة افتتاحية استطلاع تحليل');

/** Heads of unnamed sources: the description as written is the speaker (مسؤولون في الإدارة الأميركية). */
export const UNNAMED_HEADS = wordSet(`
  مصدر مصادر مسؤول مسؤولون مسؤولين مسئول مسئولون خبراء خبير محللون شهود شاهد ناشطون نشطاء سكان
  مراقبون دبلوماسي دبلوماسيون دبلوماسيين أحد العديد بعض عدد مواطنون مواقع تقارير وسائل`);

/** Outlet-type words dropped before a proper name in the canonical speaker (صحيفة واشنطن بوست -> واشنطن بوست). */
export const OUTLET_TYPES = wordSet('صحيفة وكالة قناة موقع شبكة مجلة إذاعة تلفزيون');

/** Countries and capitals used as actors; they are never a person's first name (رئيسة وزراء بريطانيا تيريزا ماي). */
export const PLACES = wordSet(`
  روسيا أمريكا أميركا واشنطن موسكو بريطانيا لندن فرنسا باريس ألمانيا برلين إيران طهران تركيا أنقرة
  مصر القاهرة سوريا سورية دمشق العراق بغداد لبنان بيروت الأردن عمان السعودية الرياض الإمارات أبوظبي
  قطر الدوحة الكويت البحرين اليمن صنعاء ليبيا تونس الجزائر المغرب الرباط السودان الخرطوم فلسطين
  إسرائيل الصين بكين اليابان طوكيو الهند باكستان أفغانستان كابول أوكرانيا كييف إسبانيا مدريد إيطاليا
  روما بلجيكا بروكسل هولندا كندا أستراليا البرازيل أوروبا آسيا أفريقيا إفريقيا إسطنبول اسطنبول
  جنيف نيويورك كاليه الغوطة حلب إدلب`);

/**
 * Verbs that carry a following verb of saying and have no subject of their own in the text:
 * ومضى يقول، عاد ليقول، راح يؤكد. The subject is the one implied.
 */
export const CARRIER_VERBS = wordSet(`
  مضى ومضى فمضى عاد وعاد فعاد راح وراح ظل وظل أخذ وأخذ واصل وواصل استمر واستمر مضت ومضت عادت وعادت
  راحت وراحت ظلت وظلت أخذت وأخذت واصلت وواصلت`);

/** Words that open a clause before its subject and are skipped when looking for a subject-first speaker. */
export const DISCOURSE = wordSet('كما لكن ولكن بينما فيما وفيما ثم فقد وقد إذ أما وأما فإن بل لذلك كذلك أيضا ايضا');

/** لكن with its subject as a pronoun: a verb after it opens a clause of its own (...، لكنه أكد أن). */
export const PRONOUN_CONNECTIVES = wordSet('لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم ولكنهما لكني لكننا ولكني ولكننا');

/**
 * Connectives that start a new clause after a comma and so end reported content (، لكن البيت الأبيض ...).
 * Not بينما: the clause it adds (...، بينما يبحث كثيرون عن مأوى) stays in what was reported unless a
 * cue of its own follows it, which opens a statement anyway.
 */
export const CLAUSE_BREAKS = wordSet('فيما وفيما حيث لكن ولكن فإن إلا');

/** Heads after which a quotation is a name or a term, not someone's words (محطة "روسيا اليوم"، منظومة "إس 300"). */
export const TERM_HEADS = wordSet(`
  محطة فضائية برنامج كتاب فيلم مسلسل عملية منظومة صاروخ مبادرة مشروع خطة حملة قانون وثيقة تطبيق
  شعار عنوان اسم مسمى لقب حساب وسم هاشتاغ مؤتمر منتدى جائزة مسابقة ملتقى لعبة رواية أغنية صفقة
  اتفاق اتفاقية تنظيم جماعة ميليشيا ميليشيات عاصفة درع قمة ندوة مصطلح تسمية يسمى يدعى المسمى`);

/** Words after which a verb is subordinate or negated, not a report: دون أن يعرب، لم يقل، ما قاله. */
export const SUBORDINATING = wordSet('أن ان لم لن دون بدون ما ماذا لكي كي');

/** Quantifiers and unnamed heads that a speaker phrase continues after with من / في (العديد من الخبراء). */
export const QUANTIFIERS = wordSet('العديد عدد بعض أحد كثير كثيرون مجموعة معظم غالبية أغلب');

/** Words that cannot start a subject placed before its verb (هو ما حذرت روسيا، التي قالت). */
export const NON_SUBJECT = wordSet(`
  لكنه لكنها لكنهم ولكنه ولكنها إذ وإذ اذ واذ ثم فيما وفيما بينما وبينما أنه إنه وأنه وإنه
  هو وهو هي وهي هم وهم ما وما الذي التي الذين والذي والتي والذين في وفي من ومن على وعلى إلى وإلى عن بعد وبعد قبل
  خلال وخلال مع عند منذ لدى إن أن ان لا ولا لم ولم لن كل وكل حين عندما وعندما إذا اذا لو ولو رغم
  ورغم أمام بين وبين مقابل تحت وتحت فوق عبر حتى وحتى قد وقد`);

/**
 * Two-word names of actors, complete in themselves: after them an indefinite or definite noun is
 * the object (وعلقت الولايات المتحدة | المحادثات), unless it is a nisba adjective (الأمريكية).
 */
export const FIXED_NAMES: readonly (readonly string[])[] = [
  'الولايات المتحدة', 'الأمم المتحدة', 'البيت الأبيض', 'الاتحاد الأوروبي', 'حلف الأطلسي', 'حلف الناتو',
  'مجلس الأمن', 'الجامعة العربية', 'جامعة الدول', 'المملكة المتحدة', 'الاتحاد الأفريقي', 'الاتحاد الإفريقي',
].map(n => n.split(' ').map(normalizeArabic));
