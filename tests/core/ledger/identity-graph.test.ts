import { describe, expect, it } from 'vitest';
import { IdentityGraph, SHARED_CONTACT_ACCOUNTS } from '../../../core/ledger/identity-graph';

/** Customer ids of each group, by canonical id. */
function groups(g: IdentityGraph): Record<string, string[]> {
  const canonical = g.canonicalKeys();
  const out: Record<string, string[]> = {};
  canonical.forEach((c, k) => (out[g.ids[c]] ??= []).push(g.ids[k]));
  return out;
}

describe('IdentityGraph', () => {
  it('accounts sharing an e-mail or a phone are one customer, joined transitively, each join listed', () => {
    const g = new IdentityGraph();
    const [a, b, c] = ['A', 'B', 'C'].map((id) => g.keyOfId(id));
    const mail = g.emailCode('ann@mail.ru');
    const phone = g.phoneCode('79161234567');
    g.link(a, mail, -1);
    g.link(b, mail, phone);
    g.link(c, -1, phone);
    expect(groups(g)).toEqual({ A: ['A', 'B', 'C'] });
    expect(g.merges(g.canonicalKeys())).toEqual([
      { into: 'A', from: 'B', via: 'email', value: 'ann@mail.ru' },
      { into: 'A', from: 'C', via: 'phone', value: '79161234567' },
    ]);
    expect(g.sharedContacts()).toEqual([]);
  });

  it(`a contact on ${SHARED_CONTACT_ACCOUNTS} accounts or more (a shop's own phone) joins none; personal contacts still join`, () => {
    const g = new IdentityGraph();
    const shop = g.phoneCode('74951112233');
    const keys = Array.from({ length: SHARED_CONTACT_ACCOUNTS }, (_, i) => g.keyOfId(`W${i}`));
    // W0 and W1 also share a personal e-mail, met after the shop's phone had already put them in one group:
    // that join must survive when the shop's phone is taken out.
    const mail = g.emailCode('pair@mail.ru');
    for (const k of keys) g.link(k, -1, shop);
    g.link(keys[0], mail, -1);
    g.link(keys[1], mail, -1);
    expect(g.sharedContacts()).toEqual([{ via: 'phone', value: '74951112233', accounts: 10 }]);
    const byId = groups(g);
    expect(byId.W0).toEqual(['W0', 'W1']);
    expect(Object.keys(byId)).toHaveLength(SHARED_CONTACT_ACCOUNTS - 1);
    expect(g.merges(g.canonicalKeys())).toEqual([{ into: 'W0', from: 'W1', via: 'email', value: 'pair@mail.ru' }]);
  });

  it(`one account fewer (${SHARED_CONTACT_ACCOUNTS - 1}) is still a family or a company: joined`, () => {
    const g = new IdentityGraph();
    const phone = g.phoneCode('79161234567');
    for (let i = 0; i < SHARED_CONTACT_ACCOUNTS - 1; i++) g.link(g.keyOfId(`F${i}`), -1, phone);
    expect(g.sharedContacts()).toEqual([]);
    expect(Object.keys(groups(g))).toEqual(['F0']);
  });
});
