/**
 * The ledger's data model: what every other part of core reads.
 *
 * Conventions used everywhere in core:
 * - Money is an integer number of minor units ("cents": kopecks, tiyin, cents). Sums are exact.
 *   Display code divides by 100. Currency is not assumed; it is a display setting.
 * - A calendar date is a "day number": whole days since 1970-01-01 of the civil date in the
 *   configured time zone (see `core/time`). `dayFromYmd(2025, 3, 12)` → 20159.
 * - A time of day, where the source has one, is minutes since local midnight (0..1439); -1 when unknown.
 * - Source row numbers are as the user sees them in the file or sheet: the header is row 1,
 *   the first data row is row 2.
 */

/** A cell value as a CSV parser or Google Sheets `getValues()` returns it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The fields RFM Pulse understands. `customer`, `date` and `amount` are required (amount may come from quantity × price). */
export const FIELD_NAMES = [
  'customer',
  'date',
  'amount',
  'order',
  'quantity',
  'price',
  'status',
  'email',
  'phone',
  'name',
  'manager',
  'channel',
  'category',
  'promo',
  'currency',
] as const;

/** One of {@link FIELD_NAMES}. */
export type FieldName = (typeof FIELD_NAMES)[number];

/** Which source column (0-based index) feeds each field; absent fields are not mapped. */
export type ColumnMapping = Partial<Record<FieldName, number>>;

/** A source row that could not be used, with where and why. */
export interface RejectedRow {
  /** Row number as in the source (header = 1). */
  row: number;
  /** The source column's header text (or the field name when the column is missing). */
  column: string;
  /** The raw cell value as text (empty string for an empty cell). */
  value: string;
  /** A plain-language reason that says how to fix it, e.g. "date not recognised: use YYYY-MM-DD or DD.MM.YYYY". */
  reason: string;
  /** Stable machine code of the reason (e.g. "date-invalid"), for grouping and translation; see `REJECTION_REASONS`. */
  code?: string;
}

/** Why a readable row was deliberately left out of revenue (not an error). */
export type ExclusionReason = 'unpaid';

/** A source row that was read correctly but is excluded by a ledger rule. */
export interface ExcludedRow {
  row: number;
  reason: ExclusionReason;
}

/** Revenue of one order in one product category. */
export interface CategoryAmount {
  category: string;
  cents: number;
}

/**
 * One order: the rows sharing an order id, or a single row when the source has no order id.
 * An order with `netCents <= 0` is not a purchase (it counts for no frequency and no recency)
 * but its amount still counts toward monetary value and net revenue.
 */
export interface Order {
  /** Order id from the data, or `#<row>` (the source row) when the source has none. */
  id: string;
  /** Canonical customer id after identity merging (see {@link Customer.id}). */
  customerId: string;
  /** Day number of the order (the earliest row's date for multi-row orders). */
  day: number;
  /** Minutes since local midnight of the earliest row, or -1 when the source has no time. */
  minute: number;
  /** Net amount in cents: positive lines minus refunds. */
  netCents: number;
  /** Sum of the negative (refund / cancellation) lines in cents, ≤ 0. */
  refundCents: number;
  /** Manager on the order (last non-empty value among its rows), or null. */
  manager: string | null;
  /** Sales channel, or null. */
  channel: string | null;
  /** True when any row of the order carries the promo flag. */
  promo: boolean;
  /**
   * The product category of the order's lines when they all have one ('' for a blank cell); null when the
   * source has no category column, or when the lines span several (then see `categorySplit`). Read both
   * through {@link orderCategories}.
   */
  category: string | null;
  /** Net revenue per product category when the order's lines span two or more categories, else null. */
  categorySplit: CategoryAmount[] | null;
  /** Source row number of the order's first line (header = 1). */
  row: number;
  /**
   * Source row numbers of all the order's lines, ascending, when it has two or more; null for a one-line
   * order (its row is `row`). Read through {@link orderRows}.
   */
  lineRows: number[] | null;
}

/** A customer after identity merging. */
export interface Customer {
  /** Canonical id: the normalised customer id first seen among the merged accounts. */
  id: string;
  /** Every normalised customer id merged into this customer (includes `id`). */
  ids: string[];
  /** Latest non-empty name, e-mail (normalised) and phone (normalised, digits with country code). */
  name: string | null;
  email: string | null;
  phone: string | null;
  /** Manager on the customer's latest order that has one, or null. */
  manager: string | null;
  /** The customer's orders sorted by day, then minute, then id. */
  orders: Order[];
}

/** Why two source customer ids were merged into one customer. */
export interface IdentityMerge {
  /** The canonical id kept. */
  into: string;
  /** The id merged into it. */
  from: string;
  /** What they share. */
  via: 'email' | 'phone';
  /** The shared normalised value. */
  value: string;
}

/** A cleaned, reconciled ledger. Every other computation in core reads this. */
export interface Ledger {
  /** Customers sorted by id. */
  customers: Customer[];
  /** All orders sorted by day, then minute, then customer id, then order id. */
  orders: Order[];
  /** Identity merges performed, for the user to check. */
  merges: IdentityMerge[];
  /** Net revenue of all orders in cents (= sum of orders' netCents). */
  netCents: number;
  /**
   * Currencies named in the amount cells (`1 234,56 ₽`, `$12`, `12 сум`), most rows first; empty or absent when
   * the amounts are plain numbers. Two or more mean money in different currencies was added up as one.
   */
  currencies?: string[];
  /** Whether the source had a time of day, a category, a manager, a promo flag column. */
  has: { time: boolean; category: boolean; manager: boolean; promo: boolean; channel: boolean };
}
