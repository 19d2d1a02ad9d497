import { randomBytes } from 'node:crypto';
import type { Db } from './open-database';
import type { Invite, Role } from './types';

// No 0/O/1/I/L: codes are read aloud and retyped.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Outcome of redeeming a code. */
export type RedeemResult = { ok: true; invite: Invite } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' };

/** One-time, expiring invitation codes. */
export interface InviteStore {
  create(p: { managerName: string | null; displayName: string; role: Role; createdBy: number; now: Date; ttlHours: number }): Invite;
  /** Atomically marks the code used by `telegramId`; a code works once. */
  redeem(code: string, telegramId: number, now: Date): RedeemResult;
  pending(now: Date): Invite[];
  revoke(code: string): boolean;
}

interface Row {
  code: string;
  manager_name: string | null;
  display_name: string;
  role: Role;
  created_by: number;
  created_at: string;
  expires_at: string;
  used_by: number | null;
  revoked: number;
}

const toInvite = (r: Row): Invite => ({
  code: r.code,
  managerName: r.manager_name,
  displayName: r.display_name,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedBy: r.used_by,
  revoked: r.revoked === 1,
});

/** A random 10-character code from an unambiguous alphabet (~49 bits). */
function newCode(): string {
  const bytes = randomBytes(10);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return s;
}

/** Creates the {@link InviteStore}. */
export function createInviteStore(db: Db): InviteStore {
  const byCode = db.prepare('SELECT * FROM invites WHERE code = ?');
  return {
    create: (p) => {
      const code = newCode();
      const expires = new Date(p.now.getTime() + p.ttlHours * 3_600_000);
      db.prepare(
        `INSERT INTO invites (code, manager_name, display_name, role, created_by, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(code, p.managerName, p.displayName, p.role, p.createdBy, p.now.toISOString(), expires.toISOString());
      return toInvite(byCode.get(code) as Row);
    },
    redeem: (rawCode, telegramId, now) =>
      db.transaction((): RedeemResult => {
        const code = rawCode.trim().toUpperCase();
        const row = byCode.get(code) as Row | undefined;
        if (!row) return { ok: false, reason: 'unknown' };
        if (row.revoked) return { ok: false, reason: 'revoked' };
        if (row.used_by !== null) return { ok: false, reason: 'used' };
        if (new Date(row.expires_at).getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
        db.prepare('UPDATE invites SET used_by = ?, used_at = ? WHERE code = ? AND used_by IS NULL').run(
          telegramId,
          now.toISOString(),
          code,
        );
        return { ok: true, invite: toInvite(byCode.get(code) as Row) };
      })(),
    pending: (now) =>
      (db.prepare('SELECT * FROM invites WHERE used_by IS NULL AND revoked = 0 AND expires_at > ? ORDER BY created_at').all(now.toISOString()) as Row[]).map(toInvite),
    revoke: (code) => db.prepare('UPDATE invites SET revoked = 1 WHERE code = ? AND used_by IS NULL').run(code.toUpperCase()).changes > 0,
  };
}
