import * as assert from 'node:assert/strict';
import { SpeakerRegistry, type SpeakerRecord } from '../../src/core/speakers/resolution';

const person = (name: string) => ({ name, type: 'person' as const, roleOnly: false });
let at = 0;
const span = (text: string) => ({ text, start: at, end: (at += text.length + 1) - 1 });

/** A registry that knows سالم رشيد by itself and by `forms` longer forms of the name. */
function registry(forms: number): { reg: SpeakerRegistry; rec: SpeakerRecord } {
  const reg = new SpeakerRegistry();
  const rec = reg.resolve(person('سالم رشيد'), span('سالم رشيد'));
  const tails = ['أحمد', 'محمود', 'علي', 'حسن', 'يوسف', 'كريم', 'نبيل', 'فؤاد', 'منير', 'جميل', 'سمير', 'وليد', 'هشام', 'عادل', 'ماهر', 'طارق', 'زياد', 'رامي', 'باسل', 'نادر'];
  for (const t of tails.slice(0, forms)) assert.equal(reg.resolve(person(`سالم رشيد ${t}`), span(t)), rec);
  return { reg, rec };
}

describe('speaker registry', () => {
  // A record with few names is compared name by name; one with many, by the runs of their words.
  for (const forms of [1, 20]) {
    it(`matches a name the same way with ${forms + 1} known forms`, () => {
      const { reg, rec } = registry(forms);
      assert.equal(rec.keys.length, forms + 1);
      assert.notEqual(reg.resolve(person('خالد رشيد'), span('خالد رشيد')), rec);
      assert.notEqual(reg.resolve({ name: 'مكتب سالم رشيد', type: 'organization', roleOnly: false }, span('مكتب سالم رشيد')), rec);
      assert.equal(reg.resolve(person('سالم رشيد أحمد'), span('أحمد')), rec);
      assert.equal(reg.resolve(person('سالم رشيد الكبير'), span('الكبير')), rec);
      assert.equal(reg.lookup('سالم رشيد'), rec);
      assert.equal(reg.resolve(person('رشيد'), span('رشيد')), rec);
    });
  }
});
