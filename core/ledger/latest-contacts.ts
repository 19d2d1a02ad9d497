/** The contact fields kept per customer, in their order in a key's record. */
export const CONTACT_NAME = 0;
export const CONTACT_EMAIL = 1;
export const CONTACT_PHONE = 2;

/** Numbers per key: for each of name, e-mail, phone, its code (-1 none) and the day it was seen. */
const STRIDE = 6;
/** The day kept with no value: below every day number (whole days since 1970, a few million at most either way). */
const NO_DAY = -2147483648;

/**
 * The latest name, e-mail and phone of each identity key while a table is read: each a code (of the name
 * column; identity codes for e-mail and phone) with the day of the row it came from; a later or equal day
 * wins. A key's six numbers lie side by side in one typed array: in a file sorted by date, a customer's rows
 * are far apart, and one memory read per row beats six (three arrays of values, three of days). Codes and day
 * numbers are integers, kept as 32-bit ones: 24 bytes a key (a million one-off customers: 24 MB, not 48).
 * @example const c = new LatestContacts(); c.remember(4, CONTACT_EMAIL, 7, 20159); c.remember(4, CONTACT_EMAIL, 9, 20100);
 *   c.value(4, CONTACT_EMAIL) // → 7 (day 20159 is later than 20100)
 */
export class LatestContacts {
  private data = new Int32Array(STRIDE << 10);
  /** Keys with a record (records of keys beyond are blank). */
  private keys = 0;

  /** Number of keys with a record: every key below has one. */
  get size(): number {
    return this.keys;
  }

  /**
   * Keeps `value` (a code; -1 = none, ignored) as the key's latest `field` when `day` is not earlier than the
   * one kept. False when a later value is kept already.
   */
  remember(key: number, field: number, value: number, day: number): boolean {
    if (value < 0) return true;
    if (key >= this.keys) this.extend(key + 1);
    const at = key * STRIDE + 2 * field;
    if (day < this.data[at + 1]) return false;
    this.data[at] = value;
    this.data[at + 1] = day;
    return true;
  }

  /** Moves the day of the key's kept fields that are given (≥ 0) to `day`: the row repeats what is kept. */
  touch(key: number, name: number, email: number, phone: number, day: number): void {
    const at = key * STRIDE;
    if (name >= 0) this.data[at + 1] = day;
    if (email >= 0) this.data[at + 3] = day;
    if (phone >= 0) this.data[at + 5] = day;
  }

  /** The key's latest `field` (a code), or -1. */
  value(key: number, field: number): number {
    return key < this.keys ? this.data[key * STRIDE + 2 * field] : -1;
  }

  /** The day the key's latest `field` was seen, or -Infinity. */
  day(key: number, field: number): number {
    const day = key < this.keys ? this.data[key * STRIDE + 2 * field + 1] : NO_DAY;
    return day === NO_DAY ? -Infinity : day;
  }

  private extend(keys: number): void {
    if (keys * STRIDE > this.data.length) {
      let size = this.data.length * 2;
      while (size < keys * STRIDE) size *= 2;
      const data = new Int32Array(size);
      data.set(this.data.subarray(0, this.keys * STRIDE));
      this.data = data;
    }
    for (let at = this.keys * STRIDE; at < keys * STRIDE; at += 2) {
      this.data[at] = -1;
      this.data[at + 1] = NO_DAY;
    }
    this.keys = keys;
  }
}
