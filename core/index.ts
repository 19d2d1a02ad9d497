/**
 * RFM Pulse core: the only import path for the CLI, the Sheets add-on and the bot.
 * Pure TypeScript: no Node built-ins, no I/O, no clock or host time zone (they are inputs).
 */
export * from './errors';
export * from './time';
export * from './ledger';
export * from './quality';
export * from './config';
export * from './rfm';
export * from './segments';
export * from './sleep';
export * from './kpi';
export * from './demo';
