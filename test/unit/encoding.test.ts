/** Reading the seed article whatever the encoding it was saved in. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeAs, decodeText, isSupportedEncoding } from '../../src/core/encoding';
import { encodeUtf16, encodeWindows1256 } from '../fixtures/encodings';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');

function decoded(bytes: Uint8Array): { text: string; encoding: string } {
  const d = decodeText(bytes);
  assert.ok(d.ok, `not decoded: ${d.ok ? '' : d.reason}`);
  return { text: d.text, encoding: d.encoding };
}

describe('encodings', () => {
  it('reads UTF-8, with its byte-order mark dropped', () => {
    assert.deepEqual(decoded(new TextEncoder().encode(seed)), { text: seed, encoding: 'utf-8' });
    assert.deepEqual(decoded(new TextEncoder().encode(`\uFEFF${seed}`)), { text: seed, encoding: 'utf-8' });
  });

  it('reads Windows-1256, which UTF-8 cannot', () => {
    assert.deepEqual(decoded(encodeWindows1256(seed)), { text: seed, encoding: 'windows-1256' });
  });

  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`reads UTF-16 ${order.toUpperCase()} ${bom ? 'with' : 'without'} a byte-order mark`, () => {
        assert.deepEqual(decoded(encodeUtf16(seed, order, bom)), { text: seed, encoding: `utf-16${order}` });
      });
    }
  }

  it('reads a UTF-8 article with a few broken bytes as UTF-8, replacing them', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(seed.slice(0, 400)), 0xff, 0xfe, 0x80, ...new TextEncoder().encode(seed.slice(400))]);
    const d = decodeText(bytes);
    assert.ok(d.ok && d.encoding === 'utf-8' && d.replaced === 3 && d.text.includes('\uFFFD'));
  });

  it('refuses binary data and bytes that read as nothing', () => {
    const binary = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    assert.deepEqual(decodeText(binary), { ok: false, reason: 'binary' });
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 31) % 0x7f));
    assert.equal(decodeText(noise).ok, false);
  });

  it('decodes as told, and knows which encodings this runtime has', () => {
    assert.ok(isSupportedEncoding('windows-1256'), 'Node must have full ICU for windows-1256');
    assert.ok(!isSupportedEncoding('klingon-8'));
    const d = decodeAs(encodeWindows1256('قال الوزير'), 'windows-1256');
    assert.ok(d.ok && d.text === 'قال الوزير');
    assert.deepEqual(decodeAs(new Uint8Array(1), 'klingon-8'), { ok: false, reason: 'unsupported-encoding' });
  });
});
