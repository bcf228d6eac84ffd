/** The pause before an edited document is read again grows with its length, between a floor and a ceiling. */
import * as assert from 'node:assert/strict';
import { EDIT_DELAY_CEILING_MS, EDIT_DELAY_FLOOR_MS, editDelayMs } from '../../src/vscode/editDelay';

describe('the delay after an edit', () => {
  it('reads a typical article (10 to 30 KB, under 20,000 characters) again almost at once', () => {
    for (const chars of [0, 500, 6_000, 17_000, 30_000]) assert.equal(editDelayMs(chars), EDIT_DELAY_FLOOR_MS, `${chars} characters`);
    assert.ok(EDIT_DELAY_FLOOR_MS <= 20);
  });

  it('waits longer for a longer document, in proportion', () => {
    const mb = editDelayMs(560_000);
    assert.ok(mb <= 20, `1 MB of Arabic waits ${mb} ms`);
    assert.ok(editDelayMs(1_120_000) > mb);
    assert.equal(editDelayMs(2_000_000), 50);
    let last = 0;
    for (let chars = 0; chars <= 4_000_000; chars += 50_000) {
      const delay = editDelayMs(chars);
      assert.ok(delay >= last, `not monotonic at ${chars}`);
      last = delay;
    }
  });

  it('never waits longer than the ceiling, nor less than the floor for odd input', () => {
    assert.equal(editDelayMs(50_000_000), EDIT_DELAY_CEILING_MS);
    for (const odd of [-5, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(editDelayMs(odd), EDIT_DELAY_FLOOR_MS);
  });
});
