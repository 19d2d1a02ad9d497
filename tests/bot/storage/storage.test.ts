import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../../bot/storage';

let dir: string;
let s: Storage;
const t0 = new Date('2026-11-23T06:00:00Z');
const hours = (h: number) => new Date(t0.getTime() + h * 3_600_000);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rfm-store-'));
  s = openStorage(join(dir, 'bot.sqlite'));
});
afterEach(() => {
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bot storage (SQLite file, WAL, migrations)', () => {
  it('is in WAL mode and re-opening applies no migration twice', () => {
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    s.people.add({ telegramId: 5, displayName: 'Анна', managerName: 'Анна', role: 'manager', language: 'ru', invitedBy: 1, now: t0 });
    s.close();
    s = openStorage(join(dir, 'bot.sqlite'));
    expect(s.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 1 });
    expect(s.people.get(5)!.displayName).toBe('Анна');
  });

  it('invite codes work once and expire', () => {
    const inv = s.invites.create({ managerName: 'Анна', displayName: 'Анна', role: 'manager', createdBy: 1, now: t0, ttlHours: 72 });
    expect(inv.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(s.invites.redeem(inv.code.toLowerCase(), 10, hours(1))).toMatchObject({ ok: true, invite: { usedBy: 10 } });
    expect(s.invites.redeem(inv.code, 11, hours(2))).toEqual({ ok: false, reason: 'used' });
    const old = s.invites.create({ managerName: null, displayName: 'Шеф', role: 'head', createdBy: 1, now: t0, ttlHours: 1 });
    expect(s.invites.redeem(old.code, 12, hours(1))).toEqual({ ok: false, reason: 'expired' });
    const revoked = s.invites.create({ managerName: null, displayName: 'X', role: 'head', createdBy: 1, now: t0, ttlHours: 5 });
    expect(s.invites.revoke(revoked.code)).toBe(true);
    expect(s.invites.redeem(revoked.code, 13, hours(1))).toEqual({ ok: false, reason: 'revoked' });
    expect(s.invites.redeem('NOSUCHCODE', 14, hours(1))).toEqual({ ok: false, reason: 'unknown' });
  });

  it('the send log claims once, counts parts, and stops after sent or too many attempts', () => {
    expect(s.sendLog.claim(5, 'alerts', '2026-11-23', t0, 3)).toMatchObject({ status: 'sending', attempts: 1, partsSent: 0 });
    s.sendLog.partSent(5, 'alerts', '2026-11-23', t0);
    // a restart claims again and sees the part already delivered
    expect(s.sendLog.claim(5, 'alerts', '2026-11-23', t0, 3)).toMatchObject({ attempts: 2, partsSent: 1 });
    s.sendLog.finish(5, 'alerts', '2026-11-23', 'sent', t0);
    expect(s.sendLog.claim(5, 'alerts', '2026-11-23', t0, 3)).toBeNull();
    expect(s.sendLog.claim(5, 'alerts', '2026-11-24', t0, 3)).not.toBeNull(); // another day
    for (let i = 0; i < 3; i++) {
      s.sendLog.claim(6, 'kpi', '2026-11-23', t0, 3);
      s.sendLog.finish(6, 'kpi', '2026-11-23', 'failed', t0, 'telegram 500');
    }
    expect(s.sendLog.claim(6, 'kpi', '2026-11-23', t0, 3)).toBeNull();
  });

  describe('edge cases', () => {
    it('subscribers exclude revoked, unsubscribed and paused people; /subscribe resumes a pause', () => {
      for (const id of [1, 2, 3, 4]) {
        s.people.add({ telegramId: id, displayName: `P${id}`, managerName: null, role: 'head', language: 'ru', invitedBy: null, now: t0 });
        s.people.subscribe(id, id);
      }
      s.people.revoke(2);
      s.people.unsubscribe(3);
      s.people.pause(4, 'blocked', t0);
      expect(s.people.subscribers().map((p) => p.telegramId)).toEqual([1]);
      s.people.subscribe(4, 4);
      expect(s.people.subscribers().map((p) => p.telegramId)).toEqual([1, 4]);
    });
    it('the alert history answers by person, customer and status within a day range', () => {
      s.alerts.record(5, [{ customerId: 'c1', kind: 'approaching' }, { customerId: '<b>', kind: 'crossed' }], 100);
      expect([...s.alerts.alertedBetween(5, 94, 100)].sort()).toEqual(['<b>|crossed', 'c1|approaching']);
      expect(s.alerts.alertedBetween(5, 101, 107).size).toBe(0);
      expect(s.alerts.alertedBetween(6, 0, 200).size).toBe(0);
    });
  });
});
