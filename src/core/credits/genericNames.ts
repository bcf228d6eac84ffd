/**
 * English names for unnamed sources (وكالات روسية -> Russian agencies, الإعلام السوري الرسمي ->
 * Syrian state media, مواقع متخصصة -> specialized websites), so that the Sources view and the exports
 * list them like named outlets. Words are normalized keys (wordKey); a phrase with a word this table
 * does not know keeps its Arabic wording.
 */

const HEADS = new Map<string, string>([
  ['وكاله', 'agency'], ['الوكاله', 'agency'], ['وكالات', 'agencies'], ['صحيفه', 'newspaper'], ['صحف', 'newspapers'],
  ['جريده', 'newspaper'], ['مواقع', 'websites'], ['موقع', 'website'], ['قناه', 'channel'], ['قنوات', 'channels'],
  ['اعلام', 'media'], ['الاعلام', 'media'], ['وسايل', 'media'], ['تلفزيون', 'television'], ['التلفزيون', 'television'],
  ['اذاعه', 'radio'], ['الاذاعه', 'radio'], ['مصادر', 'media sources'],
]);

/** Nisba stems (without ال and the feminine ه) and the English adjective. */
const ADJECTIVES = new Map<string, string>([
  ['روسي', 'Russian'], ['سوري', 'Syrian'], ['سعودي', 'Saudi'], ['يمني', 'Yemeni'], ['اماراتي', 'Emirati'],
  ['قطري', 'Qatari'], ['كويتي', 'Kuwaiti'], ['بحريني', 'Bahraini'], ['عماني', 'Omani'], ['عراقي', 'Iraqi'],
  ['اردني', 'Jordanian'], ['لبناني', 'Lebanese'], ['فلسطيني', 'Palestinian'], ['اسراييلي', 'Israeli'],
  ['اسرايلي', 'Israeli'], ['مصري', 'Egyptian'], ['ليبي', 'Libyan'], ['تونسي', 'Tunisian'], ['جزايري', 'Algerian'],
  ['مغربي', 'Moroccan'], ['سوداني', 'Sudanese'], ['تركي', 'Turkish'], ['ايراني', 'Iranian'], ['امريكي', 'American'],
  ['اميركي', 'American'], ['بريطاني', 'British'], ['فرنسي', 'French'], ['الماني', 'German'], ['ايطالي', 'Italian'],
  ['اسباني', 'Spanish'], ['صيني', 'Chinese'], ['ياباني', 'Japanese'], ['كوري', 'Korean'], ['هندي', 'Indian'],
  ['باكستاني', 'Pakistani'], ['افغاني', 'Afghan'], ['اوكراني', 'Ukrainian'], ['اوروبي', 'European'],
  ['غربي', 'Western'], ['عربي', 'Arab'], ['اجنبي', 'foreign'], ['محلي', 'local'], ['دولي', 'international'],
  ['عالمي', 'international'], ['متخصص', 'specialized'], ['اخباري', 'news'], ['اعلامي', 'media'],
  ['كاميروني', 'Cameroonian'], ['نيجيري', 'Nigerian'], ['اثيوبي', 'Ethiopian'], ['مطلع', 'informed'],
]);

/** Said right before the head in English: Syrian state media, Iranian government television. */
const CLOSE_TO_HEAD = new Map<string, string>([['رسمي', 'state'], ['حكومي', 'government']]);

function stem(key: string): string {
  let k = key.startsWith('ال') ? key.slice(2) : key;
  if (k.endsWith('يه')) k = k.slice(0, -1);
  else if (k.endsWith('ه')) k = k.slice(0, -1);
  return k;
}

/**
 * The English name of `head` + words (أنباء / إعلام and nisba adjectives), or undefined when a word
 * is not in the table.
 */
export function genericSourceName(head: string, words: readonly string[]): string | undefined {
  let noun = HEADS.get(head);
  if (!noun) return undefined;
  const outer: string[] = [];
  const inner: string[] = [];
  for (const w of words) {
    if (w === 'انباء' || w === 'الانباء') {
      if (noun === 'agency' || noun === 'agencies') noun = noun === 'agency' ? 'news agency' : 'news agencies';
      continue;
    }
    if (w === 'اعلام' || w === 'الاعلام') continue;
    const s = stem(w);
    const close = CLOSE_TO_HEAD.get(s);
    if (close) { inner.push(close); continue; }
    const adj = ADJECTIVES.get(s);
    if (!adj) return undefined;
    outer.push(adj);
  }
  return [...outer, ...inner, noun].join(' ');
}
