import { generateCustomerRows, type DemoRow } from './generate-customer-rows';

/** Options of the demo ledger generator. */
export interface DemoOptions {
  /** Random seed: the same options always give the same rows. */
  seed: number;
  /** Last day with transactions (day number), e.g. today in the user's time zone. */
  endDay: number;
  /** Number of customers (default 2000, about 26,000 rows). Ignored when `rows` is given. */
  customers?: number;
  /** Exact number of data rows to produce; customers are added until it is reached. */
  rows?: number;
  /** Days of history up to and including `endDay` (default 730, two years). */
  spanDays?: number;
  /** Share of rows with a messy cell, 0..1 (default 0.01). */
  messyShare?: number;
}

/**
 * Streams the demo ledger's data rows (no header; see `DEMO_HEADER`) customer by customer, so
 * millions of rows can be written without holding them in memory. Each customer's rows are sorted by
 * time; customers follow one another (as an export grouped by customer would).
 *
 * @example [...generateTransactionRows({ seed: 7, endDay: 20159, rows: 10 })].length // → 10
 */
export function* generateTransactionRows(options: DemoOptions): Generator<DemoRow> {
  const spanDays = options.spanDays ?? 730;
  const messyShare = options.messyShare ?? 0.01;
  const limit = options.rows;
  const customers = options.customers ?? 2000;
  let emitted = 0;
  if (limit !== undefined && limit <= 0) return;
  for (let index = 0; limit !== undefined || index < customers; index++) {
    for (const row of generateCustomerRows({ seed: options.seed, index, endDay: options.endDay, spanDays, messyShare })) {
      yield row;
      emitted++;
      if (emitted === limit) return;
    }
  }
}
