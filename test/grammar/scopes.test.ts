/**
 * What a theme must be able to colour, pinned sentence by sentence: the snapshots show everything,
 * these say what matters and why.
 */
import * as assert from 'node:assert';
import { scopesOf, tokenizeLines } from './tokenizer';

const has = (scopes: readonly string[], prefix: string): boolean => scopes.some(s => s.startsWith(prefix));
const depth = (scopes: readonly string[]): number => scopes.filter(s => s.startsWith('string.quoted')).length;

describe('grammar scopes', () => {
  it('gives the words inside «...» the string scope and the marks punctuation scopes', async () => {
    const lines = await tokenizeLines('وقال الوزير «الوضع مستقر» للصحفيين');
    assert.ok(has(scopesOf(lines, 'الوضع مستقر'), 'string.quoted.other.guillemet'));
    assert.ok(has(scopesOf(lines, '«'), 'punctuation.definition.string.begin'));
    assert.ok(has(scopesOf(lines, '»'), 'punctuation.definition.string.end'));
    assert.ok(!has(scopesOf(lines, ' للصحفيين'), 'string'));
  });

  it('colours ASCII, curly, single and brace quotes as strings', async () => {
    const lines = await tokenizeLines('قال "أولا" و“ثانيا” و‘ثالثا’ و{رابعا}');
    for (const word of ['أولا', 'ثانيا', 'ثالثا', 'رابعا']) assert.ok(has(scopesOf(lines, word), 'string.quoted'), word);
  });

  it('does not let an unmatched « colour the next line', async () => {
    const lines = await tokenizeLines('قال الطبيب «الوضع صعب\nوأضاف المدير أن العمل مستمر');
    assert.ok(has(scopesOf(lines, 'الوضع صعب', 0), 'string.quoted'));
    assert.ok(lines[1].every(t => !has(t.scopes, 'string')), JSON.stringify(lines[1]));
    assert.ok(has(scopesOf(lines, 'وأضاف', 1), 'keyword.other.reporting-verb'));
  });

  it('does not open a quote at a stray closing " (والجيش".)', async () => {
    const lines = await tokenizeLines('حذرت موسكو من "أي عدوان" على دمشق والجيش". ثم انتهى الاجتماع');
    assert.ok(lines[0].every(t => !t.text.includes('انتهى') || !has(t.scopes, 'string')));
  });

  it('nests a same-mark quote opened after a space and before a letter', async () => {
    const lines = await tokenizeLines('وقال "أفشلت ما يسمى "المعارضة" كل الاتفاقات".');
    assert.strictEqual(depth(scopesOf(lines, 'المعارضة')), 2);
    assert.strictEqual(depth(scopesOf(lines, ' كل الاتفاقات')), 1);
    assert.strictEqual(depth(scopesOf(lines, '.')), 0);
  });

  it('reads a short "Speaker: words" line as a headline', async () => {
    const lines = await tokenizeLines('الكرملين: التعاون "سيستمر"');
    assert.ok(has(scopesOf(lines, 'الكرملين'), 'entity.name.section'));
    assert.ok(has(scopesOf(lines, 'سيستمر'), 'string.quoted'));
  });

  it('does not read a colon inside a long body sentence as a headline', async () => {
    const lines = await tokenizeLines('وحدد رئيس الوزراء في خطابه أربعة محاور للخطة، وهي: التعليم والعمل والأمن.');
    assert.ok(lines[0].every(t => !has(t.scopes, 'entity.name.section')));
  });

  it('marks reporting verbs with their و / ف prefixes and participles, not look-alike words', async () => {
    const lines = await tokenizeLines('وقال فأضاف مضيفاً وأشارت متهمة قالبا فحسب');
    for (const verb of ['وقال', 'فأضاف', 'مضيفاً', 'وأشارت', 'متهمة']) {
      assert.ok(has(scopesOf(lines, verb), 'keyword.other.reporting-verb'), verb);
    }
    assert.ok(lines[0].every(t => !/قالبا|فحسب/.test(t.text) || t.scopes.length === 0));
  });

  it('marks agencies without their clitics, photo credits, links and numbers', async () => {
    const lines = await tokenizeLines('وفقا لرويترز وأ ف ب. © Sputnik\nالموقع www.example.com. في ٢٠١٦ و2016');
    assert.ok(has(scopesOf(lines, 'رويترز'), 'support.constant'));
    assert.ok(has(scopesOf(lines, 'أ ف ب'), 'support.constant'));
    assert.ok(has(scopesOf(lines, '©'), 'keyword.other.photo-credit'));
    assert.ok(has(scopesOf(lines, 'www.example.com', 1), 'markup.underline.link'));
    assert.ok(has(scopesOf(lines, '٢٠١٦', 1), 'constant.numeric'));
    assert.ok(has(scopesOf(lines, '2016', 1), 'constant.numeric'));
  });

  it('reads "place - agency" at the start of a line as a dateline', async () => {
    const lines = await tokenizeLines('موسكو - د ب أ: أعلنت الحكومة خطة جديدة.');
    assert.ok(has(scopesOf(lines, 'موسكو'), 'entity.name.type.dateline'));
    assert.ok(has(scopesOf(lines, 'د ب أ'), 'support.constant.agency'));
  });

  it('caps nesting at three quotes so a line of thousands of marks stays cheap', async () => {
    const lines = await tokenizeLines('«“"‘{„'.repeat(2000) + 'نص');
    assert.ok(lines[0].length < 20, `${lines[0].length} tokens`);
    assert.ok(lines[0].every(t => depth(t.scopes) <= 3));
  });
});
