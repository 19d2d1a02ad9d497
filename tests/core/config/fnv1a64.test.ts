import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, configVersion, fnv1a64, Fnv1a64, ledgerVersion, parseRunConfig, type Order } from '../../../core/index';

/** FNV-1a 64 straight from the definition, with BigInt over the UTF-8 bytes of well-formed text. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('hashes UTF-8 bytes (Cyrillic, astral)', () => {
    // "ж" is the two bytes d0 b6; the same hash as feeding them as the Latin-1 string would not be.
    expect(fnv1a64('ж')).not.toBe(fnv1a64('\u00d0\u00b6'));
    expect(fnv1a64('😀')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('equals the definition (BigInt over UTF-8 bytes) for any well-formed text, fed whole or in pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }), (parts) => {
        const h = new Fnv1a64();
        for (const p of parts) h.update(p);
        expect(h.hex()).toBe(reference(parts.join('')));
        expect(fnv1a64(parts.join(''))).toBe(reference(parts.join('')));
      }),
    );
  });
  it('edge cases: 1-, 2-, 3- and 4-byte code points at their limits, ledger-like text', () => {
    for (const s of ['\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}', 'ж😀x', 'o1\u0001c1\u000120000\u00010\u00011000\u00010\u0001Анна Смирнова\u0001\u00010\n']) {
      expect(fnv1a64(s)).toBe(reference(s));
    }
  });
});

describe('canonicalJson / configVersion', () => {
  it('sorts keys and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] })).toBe('{"a":[2,{"c":3}],"b":1}');
  });
  it('defaults filled: the same version for {} and the defaults spelled out; asOf ignored', () => {
    const v = configVersion(parseRunConfig({}));
    expect(v).toMatch(/^[0-9a-f]{10}$/);
    expect(configVersion(parseRunConfig({ scale: 5, windowDays: 365, timeZone: 'UTC' }))).toBe(v);
    expect(configVersion(parseRunConfig({ asOf: '2025-01-01', language: 'en' }))).toBe(v);
    expect(configVersion(parseRunConfig({ sleep: { leadDays: 10 } }))).not.toBe(v);
  });
  it('edge cases: key order does not matter', () => {
    expect(configVersion(parseRunConfig({ recency: { method: 'thresholds', cuts: [1, 2, 3, 4] }, scale: 5 }))).toBe(
      configVersion(parseRunConfig({ scale: 5, recency: { cuts: [1, 2, 3, 4], method: 'thresholds' } })),
    );
  });
});

describe('ledgerVersion', () => {
  const has = { time: false, category: false, manager: true, promo: false, channel: false };
  const order: Order = { id: 'o1', customerId: 'c1', day: 20000, minute: 0, netCents: 1000, refundCents: 0, manager: 'A', channel: null, promo: false, category: null, categorySplit: null, row: 2, lineRows: null };
  const ledger = { customers: [{ id: 'c1', ids: ['c1'], name: null, email: null, phone: null, manager: 'A', orders: [order] }], orders: [order], merges: [], netCents: 1000, has };
  it('an empty ledger has a fixed version', () => {
    expect(ledgerVersion({ customers: [], orders: [], merges: [], netCents: 0, has })).toBe('a1d99c7615');
  });
  it('changes when any field of any order changes; a missing manager or channel is an empty one', () => {
    const o2 = { ...order, id: 'о-2', day: 19000, minute: -1, netCents: 3_000_000_000, refundCents: -250, manager: null, channel: 'сайт', promo: true };
    const two = (a: Order, b: Order) => ({ ...ledger, customers: [{ ...ledger.customers[0], orders: [a, b] }], orders: [a, b] });
    const base = ledgerVersion(two(order, o2));
    const edits: Partial<Order>[] = [{ id: 'о-3' }, { customerId: 'c2' }, { day: 19001 }, { minute: 0 }, { netCents: 3_000_000_001 }, { refundCents: -251 }, { manager: 'A' }, { channel: 'сайт2' }, { promo: false }];
    const versions = edits.map((e) => ledgerVersion(two(order, { ...o2, ...e })));
    expect(new Set([base, ...versions]).size).toBe(edits.length + 1);
    expect(ledgerVersion(two(order, { ...o2, manager: '' }))).toBe(base);
  });
  it('changes when one cent changes; equal ledgers, equal versions', () => {
    const other = { ...order, netCents: 1001 };
    const changed = { ...ledger, customers: [{ ...ledger.customers[0], orders: [other] }], orders: [other], netCents: 1001 };
    expect(ledgerVersion(ledger)).not.toBe(ledgerVersion(changed));
    expect(ledgerVersion(ledger)).toBe(ledgerVersion({ ...ledger }));
    expect(ledgerVersion(ledger)).toBe(ledgerVersion(JSON.parse(JSON.stringify(ledger))));
  });
  it('edge cases: a ledger whose customers do not hold its orders is hashed by its orders list', () => {
    const bare = { ...ledger, customers: [{ ...ledger.customers[0], orders: [] }] };
    expect(ledgerVersion(bare)).toBe(ledgerVersion(ledger));
    expect(ledgerVersion({ ...bare, orders: [{ ...order, netCents: 1001 }] })).not.toBe(ledgerVersion(ledger));
  });
  it('edge cases: a text split differently between two fields is a different order', () => {
    const a = { ...order, id: 'ab', customerId: 'c' };
    const b = { ...order, id: 'a', customerId: 'bc' };
    const one = (o: Order) => ({ ...ledger, customers: [{ ...ledger.customers[0], orders: [o] }], orders: [o] });
    expect(ledgerVersion(one(a))).not.toBe(ledgerVersion(one(b)));
  });
});

describe('configVersion and rules', () => {
  it('a preset and the same rules spelled out are one version; editing one rule changes it', async () => {
    const { CLASSIC_PRESET } = await import('../../../core/index');
    const spelled = parseRunConfig({ segments: CLASSIC_PRESET.map((r) => ({ ...r })) });
    expect(configVersion(spelled)).toBe(configVersion(parseRunConfig({})));
    const edited = CLASSIC_PRESET.map((r, i) => (i === 0 ? { ...r, f: [5, 5] as [number, number] } : { ...r }));
    expect(configVersion(parseRunConfig({ segments: edited }))).not.toBe(configVersion(parseRunConfig({})));
  });
});
