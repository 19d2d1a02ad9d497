/** Shapes of the bot's stored state. */

/** What a person may see: a manager their own customers; heads and admins everybody's. */
export type Role = 'manager' | 'head' | 'admin';

/** Which digests a person receives. KPI can be weekly (Mondays) or monthly (1st of the month). */
export interface DigestChoice {
  alerts: boolean;
  segments: boolean;
  kpi: 'off' | 'weekly' | 'monthly';
}

/** A known person with their settings and subscription. */
export interface Person {
  telegramId: number;
  displayName: string;
  /** The manager's name exactly as in the data; null for heads/admins who are not managers themselves. */
  managerName: string | null;
  role: Role;
  status: 'active' | 'revoked';
  language: 'ru' | 'en';
  /** Personal digest time "HH:MM", or null for the configured default. */
  digestTime: string | null;
  digests: DigestChoice;
  subscription: { chatId: number; active: boolean; pausedReason: string | null } | null;
}

/** A one-time invitation code. */
export interface Invite {
  code: string;
  managerName: string | null;
  displayName: string;
  role: Role;
  createdBy: number;
  createdAt: string;
  expiresAt: string;
  usedBy: number | null;
  revoked: boolean;
}
