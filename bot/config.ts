/**
 * The bot's settings, read once from the environment and validated with zod.
 * Every problem is reported as one line naming the variable and how to fix it.
 */
import { z } from 'zod';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const intList = z
  .string()
  .trim()
  .refine((s) => s === '' || s.split(',').every((p) => /^-?\d+$/.test(p.trim())), {
    message: 'must be a comma-separated list of numeric Telegram user ids, e.g. 12345,67890',
  })
  .transform((s) => (s === '' ? [] : s.split(',').map((p) => Number(p.trim()))));

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC-DEF... (the token @BotFather gives)')
    .optional(),
  TELEGRAM_API_ROOT: z.string().url('must be a URL such as https://api.telegram.org').default('https://api.telegram.org'),
  BOT_DATA_SOURCE: z.enum(['csv', 'sheets'], { message: 'must be "csv" or "sheets"' }).default('csv'),
  BOT_CSV_PATH: z.string().min(1).default('data/demo-transactions.csv'),
  BOT_CSV_COLUMNS: z.string().optional(),
  BOT_RFM_CONFIG: z.string().optional(),
  GOOGLE_SHEET_ID: z.string().optional(),
  GOOGLE_SERVICE_ACCOUNT_JSON: z.string().optional(),
  GOOGLE_APPLICATION_CREDENTIALS: z.string().optional(),
  GOOGLE_API_ROOT: z.string().url().optional(),
  BOT_SHEET_TRANSACTIONS: z.string().min(1).default('Transactions'),
  BOT_SHEET_LEADS: z.string().optional(),
  BOT_SHEET_TARGETS: z.string().optional(),
  BOT_SHEET_SUPPRESSED: z.string().optional(),
  BOT_SHEET_SETTINGS: z.string().optional(),
  BOT_SHEET_RULES: z.string().optional(),
  BOT_SUPPRESSED_PATH: z.string().optional(),
  BOT_TIME_ZONE: z
    .string()
    .default('Europe/Moscow')
    .refine(isTimeZone, { message: 'is not an IANA time zone, e.g. Europe/Moscow or Asia/Tashkent' }),
  BOT_DIGEST_TIME: z.string().regex(HHMM, 'must be HH:MM (24-hour), e.g. 09:00').default('09:00'),
  BOT_ADMIN_IDS: intList.default([]),
  BOT_DB_PATH: z.string().min(1).default('./data/bot.sqlite'),
  BOT_REFRESH_MINUTES: z.coerce.number().int().min(1, 'must be at least 1').default(60),
  BOT_ALERT_CAP_DAYS: z.coerce.number().int().min(0, 'must be 0 or more days').default(7),
  BOT_DIGEST_MAX_ALERTS: z.coerce.number().int().min(1, 'must be at least 1').default(25),
  BOT_MAX_MESSAGES_PER_SECOND: z.coerce.number().min(0, 'must be 0 (no limit) or more').max(30, 'must be at most 30: Telegram allows about 30 messages a second').default(25),
  BOT_INVITE_TTL_HOURS: z.coerce.number().int().min(1).default(72),
  BOT_HOLDOUT_SHARE: z.coerce.number().min(0).max(0.9, 'must be a share between 0 and 0.9').default(0),
  BOT_HOLDOUT_CAMPAIGN: z.string().min(1).default('reactivation'),
  BOT_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB, UZS, USD, EUR')
    .default('RUB'),
});

/** Validated bot settings. */
export interface BotConfig {
  token: string | undefined;
  apiRoot: string;
  source:
    | { kind: 'csv'; path: string; columns: string | undefined; suppressedPath: string | undefined }
    | {
        kind: 'sheets';
        spreadsheetId: string;
        credentials: { json?: string; file?: string };
        rootUrl: string | undefined;
        ranges: { transactions: string; leads?: string; targets?: string; suppressed?: string; settings?: string; rules?: string };
      };
  rfmConfigPath: string | undefined;
  timeZone: string;
  digestTime: string;
  adminIds: number[];
  dbPath: string;
  refreshMinutes: number;
  alertCapDays: number;
  /** Most customers listed in one morning alerts digest (highest value at risk first); the rest are counted. */
  digestMaxAlerts: number;
  inviteTtlHours: number;
  /** Outgoing messages per second across all chats (0 = unlimited). */
  maxMessagesPerSecond: number;
  holdout: { share: number; campaign: string };
  currency: string;
}

/** Thrown when the environment is invalid; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid bot settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment into {@link BotConfig}; empty strings count as unset.
 * @param env usually `process.env`
 * @param opts.requireToken false for the dry-run digest, which needs no Telegram
 * @example loadConfig({ BOT_DIGEST_TIME: '9am' }, { requireToken: false }) // throws: "BOT_DIGEST_TIME must be HH:MM ..."
 */
export function loadConfig(env: Record<string, string | undefined>, opts: { requireToken: boolean }): BotConfig {
  const clean: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v.trim() !== '') clean[key] = v;
  }
  const parsed = schema.safeParse(clean);
  const problems: string[] = [];
  if (opts.requireToken && !clean.TELEGRAM_BOT_TOKEN) {
    problems.push('TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and put its token in the environment');
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Never echo the value: it may be the token.
      problems.push(`${String(issue.path[0] ?? '?')} ${issue.message}`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (e.BOT_DATA_SOURCE === 'sheets') {
    if (!e.GOOGLE_SHEET_ID) problems.push('GOOGLE_SHEET_ID is not set: it is required when BOT_DATA_SOURCE=sheets');
    if (!e.GOOGLE_SERVICE_ACCOUNT_JSON && !e.GOOGLE_APPLICATION_CREDENTIALS) {
      problems.push(
        'GOOGLE_SERVICE_ACCOUNT_JSON or GOOGLE_APPLICATION_CREDENTIALS is not set: a service account is required when BOT_DATA_SOURCE=sheets',
      );
    }
    if (e.GOOGLE_SERVICE_ACCOUNT_JSON) {
      try {
        JSON.parse(e.GOOGLE_SERVICE_ACCOUNT_JSON);
      } catch {
        problems.push('GOOGLE_SERVICE_ACCOUNT_JSON is not valid JSON: paste the whole key file content');
      }
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    token: e.TELEGRAM_BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    source:
      e.BOT_DATA_SOURCE === 'csv'
        ? { kind: 'csv', path: e.BOT_CSV_PATH, columns: e.BOT_CSV_COLUMNS, suppressedPath: e.BOT_SUPPRESSED_PATH }
        : {
            kind: 'sheets',
            spreadsheetId: e.GOOGLE_SHEET_ID!,
            credentials: { json: e.GOOGLE_SERVICE_ACCOUNT_JSON, file: e.GOOGLE_APPLICATION_CREDENTIALS },
            rootUrl: e.GOOGLE_API_ROOT,
            ranges: {
              transactions: e.BOT_SHEET_TRANSACTIONS,
              leads: e.BOT_SHEET_LEADS,
              targets: e.BOT_SHEET_TARGETS,
              suppressed: e.BOT_SHEET_SUPPRESSED,
              settings: e.BOT_SHEET_SETTINGS,
              rules: e.BOT_SHEET_RULES,
            },
          },
    rfmConfigPath: e.BOT_RFM_CONFIG,
    timeZone: e.BOT_TIME_ZONE,
    digestTime: e.BOT_DIGEST_TIME,
    adminIds: e.BOT_ADMIN_IDS,
    dbPath: e.BOT_DB_PATH,
    refreshMinutes: e.BOT_REFRESH_MINUTES,
    alertCapDays: e.BOT_ALERT_CAP_DAYS,
    digestMaxAlerts: e.BOT_DIGEST_MAX_ALERTS,
    inviteTtlHours: e.BOT_INVITE_TTL_HOURS,
    maxMessagesPerSecond: e.BOT_MAX_MESSAGES_PER_SECOND,
    holdout: { share: e.BOT_HOLDOUT_SHARE, campaign: e.BOT_HOLDOUT_CAMPAIGN },
    currency: e.BOT_CURRENCY,
  };
}
