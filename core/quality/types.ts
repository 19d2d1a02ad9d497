import type { SharedContact } from '../ledger/identity-graph';
import type { ExcludedRow, FieldName, IdentityMerge, RejectedRow } from '../ledger/types';

/** Completeness of one mapped field: how many data rows leave it empty, against the SLA for required fields. */
export interface FieldCompleteness {
  field: FieldName;
  /** Header text of the source column. */
  column: string;
  /** True for customer, date and amount (or quantity and price when there is no amount column). */
  required: boolean;
  /** Data rows (blank rows and totals lines not counted) whose cell is empty. */
  emptyRows: number;
  /** emptyRows / data rows (totalRows less the totals lines), 0..1, 4 decimals. */
  emptyShare: number;
  /** Largest allowed empty share for a required field (the SLA), null for optional fields. */
  sla: number | null;
  /** emptyShare ≤ sla; null for optional fields. */
  pass: boolean | null;
}

/** A count with a few example row numbers (source numbering, header = row 1). */
export interface RowSample {
  rows: number;
  sampleRows: number[];
}

/**
 * The money line that proves nothing was lost, in currency units with 2 decimals (computed in cents):
 * `difference = inputTotal − rejectedTotal − excludedTotal − ledgerNet`, expected 0.00.
 * Refund-status rows count negative everywhere; rows whose amount cannot be read add nothing to any
 * side and are counted in `unreadableAmounts` (they are rejected).
 */
export interface Reconciliation {
  /** Sum of every readable amount in the data rows (refund rows negative). */
  inputTotal: number;
  /** Sum of readable amounts in rejected rows (rejected for their date, customer or status). */
  rejectedTotal: number;
  /** Sum of amounts in excluded (unpaid) rows. */
  excludedTotal: number;
  /** Net revenue of the ledger (sum of orders' net amounts). */
  ledgerNet: number;
  /** inputTotal − rejectedTotal − excludedTotal − ledgerNet; 0 unless there is a bug. */
  difference: number;
  /** Rejected rows whose amount could not be read at all (not in any total). */
  unreadableAmounts: number;
}

/** Data-quality report of one ingestion; a plain JSON-able object (`rfm quality --format json`). */
export interface QualityReport {
  /** Data rows read (blank rows not counted). usedRows + rejectedRows + excludedRows = totalRows. */
  totalRows: number;
  /** Rows that entered the ledger. */
  usedRows: number;
  /** Rows left out because a value is missing or unreadable (each listed in `rejected`). */
  rejectedRows: number;
  /** Rows read correctly but left out by a ledger rule (unpaid). */
  excludedRows: number;
  /** Completely empty rows, skipped and not counted in totalRows. */
  blankRows: number;
  /** Customers after identity merging. */
  customers: number;
  /** Orders in the ledger (including those with net ≤ 0). */
  orders: number;
  /** Orders with net amount > 0 (those count for frequency and recency). */
  purchases: number;
  /** Source column used for each field. */
  columns: Partial<Record<FieldName, string>>;
  /** Rejected rows with row, column, raw value and reason (the first `maxRejectedListed`). */
  rejected: RejectedRow[];
  /** Rejected rows not listed because of the cap (0 normally). */
  rejectedNotListed: number;
  /** Rejected rows grouped by reason and column, most frequent first. */
  rejectedByReason: { code: string; reason: string; column: string; rows: number }[];
  /** Excluded rows (the first `maxRejectedListed`). */
  excluded: ExcludedRow[];
  /** Excluded rows not listed because of the cap. */
  excludedNotListed: number;
  /** Completeness of every mapped field; empty when not counted (a caller that shows no report: `qualityChecks: false`). */
  completeness: FieldCompleteness[];
  /** Every required field meets the SLA. */
  completenessPass: boolean;
  /**
   * Rows identical, cell for cell, to an earlier row. They are KEPT in the ledger (a repeat purchase is legitimate); check them.
   * Null when they were not looked for: a caller that shows no quality report can skip the check (`qualityChecks: false`).
   */
  duplicates: { rows: number; sample: { row: number; sameAs: number }[] } | null;
  /** Used rows dated after `today` (null when no today was given, so nothing was checked). */
  futureDates: (RowSample & { today: string }) | null;
  /** Used rows with a zero amount. */
  zeroAmounts: RowSample;
  /**
   * Rows (used or not) that span two or more lines of the source file, because a quoted cell holds line breaks:
   * fine for cells that have them (an address, a comment), but a quote left open by mistake joins lines that
   * should be rows of their own, until the next quote. Each with its first line (`row`) and its last.
   */
  multiLineRows: { rows: number; sample: { row: number; lastLine: number }[] };
  /**
   * Used rows whose phone or order id Excel turned into a rounded number (`7,91612E+10`): the last digits are
   * lost, so such a phone is not used to merge customers and such an order id does not join rows into one order
   * (the row is an order of its own). A customer id rounded this way rejects its row (`customer-id-rounded`).
   */
  roundedByExcel: { phone: RowSample; order: RowSample };
  /**
   * Used rows whose e-mail or phone is a placeholder typed to fill the field (`noemail@mail.ru`, `test@test.ru`,
   * `+7 (000) 000-00-00`, `1234567`): shared by strangers, so not used to merge customers (see placeholder-contact.ts).
   */
  placeholderContacts: { email: RowSample; phone: RowSample };
  /** Used rows with a negative amount (refunds, cancellations) and their total (≤ 0). */
  refunds: { rows: number; total: number };
  /** Orders whose net amount is ≤ 0: not purchases. */
  nonPurchaseOrders: number;
  /** Orders whose id also appears under another customer (kept as separate orders; usually an export error). */
  sharedOrderIds: number;
  /**
   * Rows with an empty customer id (unpaid and bad-status rows not counted): how many were attached to a
   * customer by e-mail or phone, their readable amount (attached or rejected) and its share of inputTotal
   * (0..1, 4 decimals).
   */
  withoutCustomerId: { rows: number; attachedByContact: number; total: number; revenueShare: number };
  /** Identity merges (customer ids joined by a shared e-mail or phone), for the user to check. */
  merges: IdentityMerge[];
  /**
   * E-mails and phones that would have joined 10 or more accounts (SHARED_CONTACT_ACCOUNTS) into one customer: a
   * shop's own phone typed for walk-in customers, a manager's e-mail. They join none; most accounts first.
   */
  sharedContacts: SharedContact[];
  /**
   * Currencies named in the amount cells of used rows (`1 234,56 ₽`, `$12`, `150 000 so'm`), most rows first, with
   * their rows, total and first row; rows with a plain number are not counted. Two or more mean amounts in
   * different currencies were added as one: RFM Pulse never converts money, so the report says so.
   */
  amountCurrencies: { currency: string; rows: number; total: number; sampleRow: number }[];
  /** The money line. */
  reconciliation: Reconciliation;
}
