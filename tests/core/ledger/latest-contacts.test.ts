import { describe, expect, it } from 'vitest';
import { CONTACT_EMAIL, CONTACT_NAME, CONTACT_PHONE, LatestContacts } from '../../../core/ledger/latest-contacts';

describe('LatestContacts', () => {
  it('keeps per key the value of the latest day; an equal day replaces, an earlier one does not', () => {
    const c = new LatestContacts();
    expect(c.remember(3, CONTACT_EMAIL, 7, 20159)).toBe(true);
    expect(c.remember(3, CONTACT_EMAIL, 9, 20100)).toBe(false); // earlier: 7 stays
    expect(c.value(3, CONTACT_EMAIL)).toBe(7);
    expect(c.remember(3, CONTACT_EMAIL, 8, 20159)).toBe(true); // same day: the later row wins
    expect(c.value(3, CONTACT_EMAIL)).toBe(8);
    expect(c.day(3, CONTACT_EMAIL)).toBe(20159);
  });

  it('-1 means none: ignored, nothing kept; keys without a record read as none', () => {
    const c = new LatestContacts();
    expect(c.remember(5, CONTACT_NAME, -1, 20000)).toBe(true);
    expect(c.size).toBe(0);
    c.remember(2, CONTACT_PHONE, 4, 20000);
    expect(c.size).toBe(3); // keys 0..2 have records
    expect([c.value(0, CONTACT_PHONE), c.day(0, CONTACT_PHONE)]).toEqual([-1, -Infinity]);
    expect([c.value(2, CONTACT_NAME), c.value(2, CONTACT_PHONE)]).toEqual([-1, 4]);
    expect(c.value(99, CONTACT_PHONE)).toBe(-1);
  });

  it('touch moves the days of the fields given, so an earlier value no longer replaces them', () => {
    const c = new LatestContacts();
    c.remember(0, CONTACT_NAME, 1, 100);
    c.remember(0, CONTACT_EMAIL, 2, 100);
    c.touch(0, 1, -1, -1, 300); // the name seen again on day 300; the e-mail not given
    expect([c.day(0, CONTACT_NAME), c.day(0, CONTACT_EMAIL)]).toEqual([300, 100]);
    expect(c.remember(0, CONTACT_NAME, 5, 200)).toBe(false);
    expect(c.remember(0, CONTACT_EMAIL, 6, 200)).toBe(true);
  });

  it('keeps days before 1970 (negative day numbers) as days, not as none', () => {
    const c = new LatestContacts();
    expect(c.remember(1, CONTACT_NAME, 3, -25_000)).toBe(true);
    expect([c.value(1, CONTACT_NAME), c.day(1, CONTACT_NAME)]).toEqual([3, -25_000]);
    expect(c.remember(1, CONTACT_NAME, 4, -25_001)).toBe(false);
  });

  it('grows past its first 1,024 keys keeping every record', () => {
    const c = new LatestContacts();
    for (let k = 0; k < 5000; k += 7) c.remember(k, CONTACT_PHONE, k * 2, k);
    for (let k = 0; k < 5000; k += 7) expect(c.value(k, CONTACT_PHONE)).toBe(k * 2);
    expect(c.value(8, CONTACT_PHONE)).toBe(-1);
  });
});
