import { detachString } from './detach-string';
import { IdTable } from './id-table';
import { IntList } from './int-list';
import { TextCodes } from './text-codes';
import type { IdentityMerge } from './types';

/**
 * Accounts one e-mail or phone may join before it counts as shared, not personal (a shop's own phone typed for
 * every walk-in customer, a manager's e-mail): a contact that would join this many accounts or more joins none.
 */
export const SHARED_CONTACT_ACCOUNTS = 10;

/** An e-mail or phone that would have joined {@link SHARED_CONTACT_ACCOUNTS} or more accounts, and so joined none. */
export interface SharedContact {
  via: 'email' | 'phone';
  value: string;
  /** Accounts it would have joined into one customer. */
  accounts: number;
}

/**
 * Customer identity across accounts: every distinct customer id (or, for rows without an id, the first
 * e-mail/phone seen) is a key; keys sharing a normalised e-mail or phone are joined (union-find), and
 * each join is remembered so the merges can be listed for the user.
 * The canonical id of a group is its first-seen real customer id (an `email:`/`phone:` id only when the
 * group has no real id). A contact that would join {@link SHARED_CONTACT_ACCOUNTS} accounts or more is shared,
 * not personal, and joins none: the groups are settled without it before the canonical ids are read.
 * E-mails and phones are numbered ({@link emailCode}, {@link phoneCode}) so that a row's contacts are
 * matched by number: the ingester works the codes out once per distinct cell.
 * @example const g = new IdentityGraph(); const a = g.keyOfId('1'); const b = g.keyOfId('2');
 *   const x = g.emailCode('x@y.ru'); g.link(a, x, -1); g.link(b, x, -1); g.find(b) === g.find(a) // → true
 */
export class IdentityGraph {
  /** Display id of each key: the normalised customer id, or `email:…` / `phone:…`. */
  readonly ids: string[] = [];
  /** Per key: 1 when it was made from a contact because the row had no customer id (read `synthetic.data[k]`). */
  readonly synthetic = new IntList();
  /** Per key: its parent in the union-find forest (itself at a root). */
  private readonly parent = new IntList();
  private readonly byId = new IdTable();
  private lastId = '';
  private linkedKey = -1;
  private linkedEmail = -1;
  private linkedPhone = -1;
  private lastKey = -1;
  private readonly emails = new TextCodes();
  /**
   * Per e-mail code: the address as first written (its mailbox key may differ). Most are their own key: the
   * entry is then the string `emails` keeps, so an address is held once.
   */
  private readonly emailShown: string[] = [];
  private readonly phones = new TextCodes();
  /**
   * Per e-mail / phone code: the key that first used it, or -1. Lists with an entry per key or per contact are
   * typed ({@link IntList}), and what only joined accounts have is in maps (below): as `number[]`s, a million
   * one-off customers' keys, e-mails and phones made eight lists of a million entries on the collected heap.
   */
  private readonly emailOwner = new IntList();
  private readonly phoneOwner = new IntList();
  private readonly edgeFrom: number[] = [];
  private readonly edgeTo: number[] = [];
  private readonly edgeVia: ('email' | 'phone')[] = [];
  private readonly edgeValue: string[] = [];
  /** Every account that used a contact someone else used first: the key, and the contact (e-mail code, or -1 - phone code). */
  private readonly linkKey: number[] = [];
  private readonly linkContact_: number[] = [];
  /**
   * Per e-mail / phone code used by more than one key: the last key recorded as using it, and how many accounts it
   * joined. Maps: only contacts that join accounts have entries (a few in a hundred).
   */
  private readonly emailLinker = new Map<number, number>();
  private readonly phoneLinker = new Map<number, number>();
  private readonly emailJoined = new Map<number, number>();
  private readonly phoneJoined = new Map<number, number>();
  private shared: SharedContact[] | null = null;

  /**
   * Key of a (normalised, non-empty) customer id, created on first sight. The graph keeps the strings it is given
   * (ids, e-mails, phones) as they are: give strings of their own, as the ingester's cell codes are (see
   * detachString).
   */
  keyOfId(id: string): number {
    if (id === this.lastId) return this.lastKey; // rows of one customer often come together
    let k = this.byId.getOrAdd(id, this.ids.length);
    if (k < 0) k = this.newKey(id, 0); // numbered ids.length just above
    this.lastId = id;
    this.lastKey = k;
    return k;
  }

  /**
   * Code of a normalised, non-empty e-mail, numbered on first sight of its mailbox (`key`, see mailboxKey:
   * `ivan.petrov@gmail.com` and `ivanpetrov+shop@gmail.com` are one); the address shown for it is the first
   * one written.
   */
  emailCode(email: string, key = email): number {
    const code = this.emails.codeOf(key);
    if (code === this.emailOwner.length) {
      this.emailShown.push(email);
      this.emailOwner.push(-1);
    }
    return code;
  }

  /** Code of a normalised, non-empty phone, numbered on first sight. */
  phoneCode(phone: string): number {
    const code = this.phones.codeOf(phone);
    if (code === this.phoneOwner.length) {
      this.phoneOwner.push(-1);
    }
    return code;
  }

  /** The e-mail of an {@link emailCode}, as first written. */
  email(code: number): string {
    return this.emailShown[code];
  }

  /** The phone of a {@link phoneCode}. */
  phone(code: number): string {
    return this.phones.texts[code];
  }

  /**
   * Key for a row without a customer id: the owner of its e-mail, else of its phone, else a new
   * `email:`/`phone:` key; -1 with neither. Contacts are codes, -1 for none.
   */
  keyOfContact(email: number, phone: number): number {
    let k = email >= 0 ? this.emailOwner.data[email] : -1;
    if (k < 0 && phone >= 0) k = this.phoneOwner.data[phone];
    if (k >= 0) return k;
    if (email >= 0) return this.newKey(detachString(`email:${this.email(email)}`), 1);
    if (phone >= 0) return this.newKey(`phone:${this.phone(phone)}`, 1);
    return -1;
  }

  /** Records that key `k` uses this e-mail and phone (codes, -1 = none), joining it with their earlier owners. */
  link(k: number, email: number, phone: number): void {
    // The same customer with the same contacts as the previous row changes nothing.
    if (k === this.linkedKey && email === this.linkedEmail && phone === this.linkedPhone) return;
    if (email >= 0) this.linkContact(k, email, 'email');
    if (phone >= 0) this.linkContact(k, phone, 'phone');
    this.linkedKey = k;
    this.linkedEmail = email;
    this.linkedPhone = phone;
  }

  /** Root key of k's group. */
  find(k: number): number {
    const parent = this.parent.data;
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  /**
   * The contacts that would have joined {@link SHARED_CONTACT_ACCOUNTS} or more accounts and joined none, most
   * accounts first. Settles the groups (read it after the last row).
   */
  sharedContacts(): SharedContact[] {
    this.settle();
    return this.shared as SharedContact[];
  }

  /** For each key, the key whose id is the group's canonical id (after the last row: settles the groups). */
  canonicalKeys(): Int32Array {
    this.settle();
    const n = this.ids.length;
    const byRoot = new Int32Array(n).fill(-1);
    const synthetic = this.synthetic.data;
    for (let k = 0; k < n; k++) {
      const r = this.find(k);
      const c = byRoot[r];
      if (c < 0 || (synthetic[c] === 1 && synthetic[k] === 0)) byRoot[r] = k;
    }
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) out[k] = byRoot[this.find(k)];
    return out;
  }

  /** The joins between real customer ids, as `{ into: canonical id, from, via, value }`, in the order they happened. */
  merges(canonical: Int32Array): IdentityMerge[] {
    const out: IdentityMerge[] = [];
    const synthetic = this.synthetic.data;
    for (let i = 0; i < this.edgeFrom.length; i++) {
      const a = this.edgeFrom[i];
      const b = this.edgeTo[i];
      const into = canonical[a];
      const from = a !== into ? a : b;
      if (synthetic[from] === 1 || synthetic[into] === 1 || from === into) continue;
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

  private linkContact(k: number, code: number, via: 'email' | 'phone'): void {
    const email = via === 'email';
    const owners = (email ? this.emailOwner : this.phoneOwner).data;
    const owner = owners[code];
    if (owner < 0) {
      owners[code] = k;
      return;
    }
    if (owner === k) return;
    const linkers = email ? this.emailLinker : this.phoneLinker;
    if (linkers.get(code) !== k) {
      linkers.set(code, k);
      this.linkKey.push(k);
      this.linkContact_.push(email ? code : -1 - code);
    }
    if (this.union(k, owner, code, via)) {
      const joined = email ? this.emailJoined : this.phoneJoined;
      joined.set(code, (joined.get(code) ?? 0) + 1);
    }
  }

  /** Joins the groups of keys a and b through a contact; false when they were one group already. */
  private union(a: number, b: number, code: number, via: 'email' | 'phone'): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent.data[rb] = ra;
    else this.parent.data[ra] = rb;
    this.edgeFrom.push(a);
    this.edgeTo.push(b);
    this.edgeVia.push(via);
    this.edgeValue.push(via === 'email' ? this.email(code) : this.phone(code));
    return true;
  }

  /**
   * Once, after the last row: finds the shared contacts, and when there are any, joins the groups again from
   * every recorded link but theirs (a link through a shared contact may have hidden a join through a personal
   * one, so the groups are rebuilt, not cut).
   */
  private settle(): void {
    if (this.shared !== null) return;
    const shared: SharedContact[] = [];
    /** Marks the contacts of one kind that joined too many accounts, and lists them. */
    const find = (joined: Map<number, number>, contacts: number, via: 'email' | 'phone'): Uint8Array => {
      const marks = new Uint8Array(contacts);
      for (const [code, n] of joined) {
        if (n + 1 < SHARED_CONTACT_ACCOUNTS) continue;
        marks[code] = 1;
        shared.push({ via, value: via === 'email' ? this.email(code) : this.phone(code), accounts: n + 1 });
      }
      return marks;
    };
    const sharedEmail = find(this.emailJoined, this.emailOwner.length, 'email');
    const sharedPhone = find(this.phoneJoined, this.phoneOwner.length, 'phone');
    this.shared = shared.sort((a, b) => b.accounts - a.accounts || (a.value < b.value ? -1 : 1));
    if (shared.length === 0) return;
    for (let k = 0; k < this.parent.length; k++) this.parent.data[k] = k;
    this.edgeFrom.length = 0;
    this.edgeTo.length = 0;
    this.edgeVia.length = 0;
    this.edgeValue.length = 0;
    for (let i = 0; i < this.linkKey.length; i++) {
      const c = this.linkContact_[i];
      if (c >= 0) {
        if (sharedEmail[c] === 0) this.union(this.linkKey[i], this.emailOwner.data[c], c, 'email');
      } else if (sharedPhone[-1 - c] === 0) this.union(this.linkKey[i], this.phoneOwner.data[-1 - c], -1 - c, 'phone');
    }
  }
}
