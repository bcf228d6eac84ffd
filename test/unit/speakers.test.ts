import * as assert from 'node:assert/strict';
import { splitMention } from '../../src/core/speakers/speakers';

const split = (phrase: string) => splitMention(phrase.split(' '));

describe('speaker phrase: role and name', () => {
  it('puts the role first and the name last', () => {
    assert.deepEqual(split('المتحدث باسم الكرملين دميتري بيسكوف'), { name: 'دميتري بيسكوف', role: 'المتحدث باسم الكرملين', type: 'person', roleOnly: false });
  });

  it('keeps a definite surname with its name', () => {
    assert.equal(split('الرئيس السوري بشار الأسد').name, 'بشار الأسد');
  });

  it('keeps compound names whole', () => {
    assert.equal(split('الكاتب عبد الرحمن الراشد').name, 'عبد الرحمن الراشد');
  });

  it('reads a name followed by its role after a comma', () => {
    const p = splitMention(['حمد', 'بن', 'جاسم', '،', 'رئيس', 'وزراء', 'قطر', 'الأسبق']);
    assert.equal(p.name, 'حمد بن جاسم');
    assert.equal(p.role, 'رئيس وزراء قطر الأسبق');
  });

  it('treats a bare role as role only', () => {
    assert.equal(split('المتحدث').roleOnly, true);
    assert.equal(split('الوزارة').roleOnly, true);
  });

  it('drops the outlet type before an outlet name', () => {
    assert.equal(split('صحيفة واشنطن بوست').name, 'واشنطن بوست');
    assert.equal(split('صحيفة واشنطن بوست').type, 'organization');
  });

  it('keeps an unnamed source as written', () => {
    assert.deepEqual(split('مسؤولون في الإدارة الأميركية'), { name: 'مسؤولون في الإدارة الأميركية', type: 'unnamed', roleOnly: false });
  });

  it('takes the name after يدعى', () => {
    assert.equal(split('شاهد عيان يدعى أحمد عمر').name, 'أحمد عمر');
  });
});
