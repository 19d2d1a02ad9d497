import { detachString } from './detach-string';
import { IdTable } from './id-table';
import type { IdentityMerge } from './types';

/**
 * Customer identity across accounts: every distinct customer id (or, for rows without an id, the first
 * e-mail/phone seen) is a key; keys sharing a normalised e-mail or phone are joined (union-find), and
 * each join is remembered so the merges can be listed for the user.
 * The canonical id of a group is its first-seen real customer id (an `email:`/`phone:` id only when the
 * group has no real id).
 * @example const g = new IdentityGraph(); const a = g.keyOfId('1'); const b = g.keyOfId('2');
 *   g.link(a, 'x@y.ru', ''); g.link(b, 'x@y.ru', ''); g.find(b) === g.find(a) // → true
 */
export class IdentityGraph {
  /** Display id of each key: the normalised customer id, or `email:…` / `phone:…`. */
  readonly ids: string[] = [];
  /** 1 when the key was made from a contact because the row had no customer id. */
  readonly synthetic: number[] = [];
  private readonly parent: number[] = [];
  private readonly byId = new IdTable();
  private lastId = '';
  private linkedKey = -1;
  private linkedEmail = '';
  private linkedPhone = '';
  private lastKey = -1;
  private readonly emailOwner = new Map<string, number>();
  private readonly phoneOwner = new Map<string, number>();
  private readonly edgeFrom: number[] = [];
  private readonly edgeTo: number[] = [];
  private readonly edgeVia: ('email' | 'phone')[] = [];
  private readonly edgeValue: string[] = [];

  /** Key of a (normalised, non-empty) customer id, created on first sight. */
  keyOfId(id: string): number {
    if (id === this.lastId) return this.lastKey; // rows of one customer often come together
    let k = this.byId.get(id);
    if (k < 0) {
      const kept = detachString(id);
      k = this.newKey(kept, 0);
      this.byId.set(kept, k);
    }
    this.lastId = id;
    this.lastKey = k;
    return k;
  }

  /** Key for a row without a customer id: the owner of its e-mail, else of its phone, else a new `email:`/`phone:` key; -1 with neither. */
  keyOfContact(email: string, phone: string): number {
    let k = email !== '' ? this.emailOwner.get(email) : undefined;
    if (k === undefined && phone !== '') k = this.phoneOwner.get(phone);
    if (k !== undefined) return k;
    if (email !== '') return this.newKey(detachString(`email:${email}`), 1);
    if (phone !== '') return this.newKey(`phone:${phone}`, 1);
    return -1;
  }

  /** Records that key `k` uses this e-mail and phone ('' = none), joining it with their earlier owners. */
  link(k: number, email: string, phone: string): void {
    // The same customer with the same contacts as the previous row changes nothing.
    if (k === this.linkedKey && email === this.linkedEmail && phone === this.linkedPhone) return;
    if (email !== '') this.linkContact(k, this.emailOwner, email, 'email');
    if (phone !== '') this.linkContact(k, this.phoneOwner, phone, 'phone');
    this.linkedKey = k;
    this.linkedEmail = email;
    this.linkedPhone = phone;
  }

  /** Root key of k's group. */
  find(k: number): number {
    const parent = this.parent;
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  /** For each key, the key whose id is the group's canonical id. */
  canonicalKeys(): Int32Array {
    const n = this.ids.length;
    const byRoot = new Int32Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const r = this.find(k);
      const c = byRoot[r];
      if (c < 0 || (this.synthetic[c] === 1 && this.synthetic[k] === 0)) byRoot[r] = k;
    }
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) out[k] = byRoot[this.find(k)];
    return out;
  }

  /** The joins between real customer ids, as `{ into: canonical id, from, via, value }`, in the order they happened. */
  merges(canonical: Int32Array): IdentityMerge[] {
    const out: IdentityMerge[] = [];
    for (let i = 0; i < this.edgeFrom.length; i++) {
      const a = this.edgeFrom[i];
      const b = this.edgeTo[i];
      const into = canonical[a];
      const from = a !== into ? a : b;
      if (this.synthetic[from] === 1 || this.synthetic[into] === 1 || from === into) continue;
      out.push({ into: this.ids[into], from: this.ids[from], via: this.edgeVia[i], value: this.edgeValue[i] });
    }
    return out;
  }

  private newKey(id: string, synthetic: number): number {
    const k = this.ids.length;
    this.ids.push(id);
    this.synthetic.push(synthetic);
    this.parent.push(k);
    return k;
  }

  private linkContact(k: number, owners: Map<string, number>, value: string, via: 'email' | 'phone'): void {
    const owner = owners.get(value);
    if (owner === undefined) {
      owners.set(detachString(value), k);
      return;
    }
    const ra = this.find(k);
    const rb = this.find(owner);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    this.edgeFrom.push(k);
    this.edgeTo.push(owner);
    this.edgeVia.push(via);
    this.edgeValue.push(detachString(value));
  }
}
