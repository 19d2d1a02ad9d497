/**
 * Schema migrations for the bot's SQLite state, applied in order, each once (recorded in schema_migrations).
 * Append new steps; never edit an applied one.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: people, their settings and subscriptions; invites; per-chat permissions; the send log; alert history.
  `
  CREATE TABLE people (
    telegram_id   INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL,
    manager_name  TEXT,
    role          TEXT NOT NULL CHECK (role IN ('manager','head','admin')),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','revoked')),
    invited_by    INTEGER,
    created_at    TEXT NOT NULL
  );
  CREATE TABLE settings (
    telegram_id   INTEGER PRIMARY KEY REFERENCES people(telegram_id),
    language      TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru','en')),
    digest_time   TEXT,
    alerts        INTEGER NOT NULL DEFAULT 1,
    segments      INTEGER NOT NULL DEFAULT 1,
    kpi           TEXT NOT NULL DEFAULT 'weekly' CHECK (kpi IN ('off','weekly','monthly'))
  );
  CREATE TABLE subscriptions (
    telegram_id   INTEGER PRIMARY KEY REFERENCES people(telegram_id),
    chat_id       INTEGER NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    paused_reason TEXT,
    paused_at     TEXT
  );
  CREATE TABLE invites (
    code          TEXT PRIMARY KEY,
    manager_name  TEXT,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    created_by    INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    used_by       INTEGER,
    used_at       TEXT,
    revoked       INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE chats (
    chat_id             INTEGER PRIMARY KEY,
    allow_customer_data INTEGER NOT NULL DEFAULT 0,
    set_by              INTEGER,
    set_at              TEXT
  );
  CREATE TABLE send_log (
    chat_id     INTEGER NOT NULL,
    digest      TEXT NOT NULL,
    day         TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('sending','sent','failed','skipped')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    parts_sent  INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (chat_id, digest, day)
  );
  CREATE TABLE alert_history (
    telegram_id INTEGER NOT NULL,
    customer_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    day         INTEGER NOT NULL,
    PRIMARY KEY (telegram_id, customer_id, kind, day)
  );
  CREATE INDEX alert_history_by_customer ON alert_history (telegram_id, customer_id, day);
  CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
];
