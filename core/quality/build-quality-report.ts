import type { SharedContact } from '../ledger/identity-graph';
import { ledgerOrderCount } from '../ledger/order-table';
import type { ExcludedRow, FieldName, Ledger, RejectedRow } from '../ledger/types';
import type { FieldCompleteness, QualityReport } from './types';

/** What the ingester counts while it reads rows (money in cents). */
export interface QualityCounts {
  totalRows: number;
  usedRows: number;
  rejectedRows: number;
  excludedRows: number;
  blankRows: number;
  inputCents: number;
  rejectedCents: number;
  excludedCents: number;
  unreadableAmounts: number;
  refundRows: number;
  refundCents: number;
  zeroRows: number;
  zeroSample: number[];
  futureRows: number;
  futureSample: number[];
  /** Rows spanning two or more lines of the source (a line break inside quotes), and the first of them. */
  multiLineRows: number;
  multiLineSample: { row: number; lastLine: number }[];
  /** Used rows whose phone / order id Excel rounded to `1,23457E+11` (not used), and the first of them. */
  roundedPhoneRows: number;
  roundedPhoneSample: number[];
  roundedOrderRows: number;
  roundedOrderSample: number[];
  /** Used rows whose e-mail / phone is a placeholder (`noemail@…`, `+7 000 000-00-00`; not used), and the first of them. */
  placeholderEmailRows: number;
  placeholderEmailSample: number[];
  placeholderPhoneRows: number;
  placeholderPhoneSample: number[];
  /** Contacts that would have joined too many accounts and joined none (set when the ledger is assembled). */
  sharedContacts: SharedContact[];
  /** Used rows per currency named in their amount cell (`₽`, `руб.`, `USD`), their sum in cents and the first row. */
  currencies: Map<string, { rows: number; cents: number; sampleRow: number }>;
  /** Exact duplicate rows found, or null when they were not looked for (see `IngestOptions.qualityChecks`). */
  duplicateRows: number | null;
  duplicateSample: { row: number; sameAs: number }[];
  noIdRows: number;
  noIdAttached: number;
  /** Rejected totals lines ("Итого", "Total:"): in totalRows, but no sale, so not in the fields' completeness. */
  totalsRows: number;
  noIdCents: number;
  rejected: RejectedRow[];
  rejectedNotListed: number;
  excluded: ExcludedRow[];
  excludedNotListed: number;
  reasons: Map<string, { code: string; reason: string; column: string; rows: number }>;
  sharedOrderIds: number;
  /** Orders with net amount > 0, counted when the ledger is assembled. */
  purchases: number;
}

/** Emptiness of one mapped field, before the SLA is applied. */
export interface FieldEmptiness {
  field: FieldName;
  column: string;
  required: boolean;
  /** Rows whose cell is empty; null when empty cells were not counted (`IngestOptions.qualityChecks: false`). */
  emptyRows: number | null;
}

/** Cents → currency units with 2 decimals. @example money(250031563) // → 2500315.63 */
function money(cents: number): number {
  return cents / 100 + 0; // + 0 turns -0 into 0
}

/** A 0..1 share rounded to 4 decimals; 0 when the denominator is 0. */
function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000 + 0;
}

/**
 * Builds the data-quality report from the ingester's counts and the finished ledger, and checks the
 * two invariants: used + rejected + excluded = total rows, and the money line reconciles to the cent
 * (a failure there is a bug, not a user mistake, and throws).
 * @param sla largest allowed empty share of a required field (0.02 = 2%)
 * @param today ISO date of "today" when future dates were checked, else null
 * @example buildQualityReport(counts, ledger, [], 0.02, null).reconciliation.difference // → 0
 */
export function buildQualityReport(
  counts: QualityCounts,
  ledger: Ledger,
  fields: FieldEmptiness[],
  sla: number,
  today: string | null,
): QualityReport {
  if (counts.usedRows + counts.rejectedRows + counts.excludedRows !== counts.totalRows) {
    throw new Error(
      `row accounting bug: used ${counts.usedRows} + rejected ${counts.rejectedRows} + excluded ${counts.excludedRows} ≠ total ${counts.totalRows}`,
    );
  }
  const differenceCents = counts.inputCents - counts.rejectedCents - counts.excludedCents - ledger.netCents;
  if (differenceCents !== 0) {
    throw new Error(`reconciliation bug: input ${counts.inputCents} − rejected ${counts.rejectedCents} − excluded ${counts.excludedCents} − ledger ${ledger.netCents} ≠ 0 cents`);
  }
  const orderCount = ledgerOrderCount(ledger);
  const completeness: FieldCompleteness[] = [];
  const saleRows = counts.totalRows - counts.totalsRows;
  for (const f of fields) {
    if (f.emptyRows === null) continue;
    completeness.push({
      field: f.field,
      column: f.column,
      required: f.required,
      emptyRows: f.emptyRows,
      emptyShare: share(f.emptyRows, saleRows),
      sla: f.required ? sla : null,
      pass: f.required ? (saleRows === 0 ? true : f.emptyRows / saleRows <= sla) : null,
    });
  }
  const columns: Partial<Record<FieldName, string>> = {};
  for (const f of fields) columns[f.field] = f.column;
  const purchases = counts.purchases;
  const rejectedByReason = [...counts.reasons.values()].sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : 1));
  return {
    totalRows: counts.totalRows,
    usedRows: counts.usedRows,
    rejectedRows: counts.rejectedRows,
    excludedRows: counts.excludedRows,
    blankRows: counts.blankRows,
    customers: ledger.customers.length,
    orders: orderCount,
    purchases,
    columns,
    rejected: counts.rejected,
    rejectedNotListed: counts.rejectedNotListed,
    rejectedByReason: rejectedByReason.map((r) => ({ ...r })),
    excluded: counts.excluded,
    excludedNotListed: counts.excludedNotListed,
    completeness,
    completenessPass: completeness.every((c) => c.pass !== false),
    duplicates: counts.duplicateRows === null ? null : { rows: counts.duplicateRows, sample: counts.duplicateSample },
    futureDates: today === null ? null : { today, rows: counts.futureRows, sampleRows: counts.futureSample },
    multiLineRows: { rows: counts.multiLineRows, sample: counts.multiLineSample },
    zeroAmounts: { rows: counts.zeroRows, sampleRows: counts.zeroSample },
    roundedByExcel: {
      phone: { rows: counts.roundedPhoneRows, sampleRows: counts.roundedPhoneSample },
      order: { rows: counts.roundedOrderRows, sampleRows: counts.roundedOrderSample },
    },
    placeholderContacts: {
      email: { rows: counts.placeholderEmailRows, sampleRows: counts.placeholderEmailSample },
      phone: { rows: counts.placeholderPhoneRows, sampleRows: counts.placeholderPhoneSample },
    },
    refunds: { rows: counts.refundRows, total: money(counts.refundCents) },
    nonPurchaseOrders: orderCount - purchases,
    sharedOrderIds: counts.sharedOrderIds,
    withoutCustomerId: {
      rows: counts.noIdRows,
      attachedByContact: counts.noIdAttached,
      total: money(counts.noIdCents),
      revenueShare: share(counts.noIdCents, counts.inputCents),
    },
    merges: ledger.merges,
    sharedContacts: counts.sharedContacts,
    amountCurrencies: [...counts.currencies]
      .map(([currency, c]) => ({ currency, rows: c.rows, total: money(c.cents), sampleRow: c.sampleRow }))
      .sort((a, b) => b.rows - a.rows || (a.currency < b.currency ? -1 : 1)),
    reconciliation: {
      inputTotal: money(counts.inputCents),
      rejectedTotal: money(counts.rejectedCents),
      excludedTotal: money(counts.excludedCents),
      ledgerNet: money(ledger.netCents),
      difference: money(differenceCents),
      unreadableAmounts: counts.unreadableAmounts,
    },
  };
}
