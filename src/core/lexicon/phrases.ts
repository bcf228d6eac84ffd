/**
 * Attribution phrases: the source follows them and the claim is the clause they attach to
 * (البيت الأبيض يرفض ... وفقا لواشنطن بوست). Keys are normalized first words.
 */
import { wordSet } from './grammar';

/** وفقا لـ / طبقا لـ: the source is written glued to ل (لواشنطن) or after لـ. */
export const ACCORDING_TO_L = wordSet('وفقا ووفقا فوفقا طبقا وطبقا استنادا تبعا وتبعا');

/** بحسب / حسب / وفق: the source follows directly, or after ما and a verb (حسب ما ذكرت، وفق ما قال). */
export const ACCORDING_TO = wordSet('بحسب وبحسب فبحسب حسب وحسب وفق ووفق');

/** حسبما أعلنت / كما قال: a verb follows and then the source. */
export const AS_VERB = wordSet('حسبما وحسبما بحسبما فحسبما');

/** نقلا عن X: the source follows عن. */
export const QUOTING = wordSet('نقلا ونقلا');

/** Words that join a reporting verb into one cue: وتابع قائلا، وأردف بالقول. */
export const CUE_FOLLOWERS = wordSet('قائلا قائلة قائلين بالقول');
