import { UserInputError } from '../errors';
import type { QualityReport } from '../quality/types';
import { isoFromDay } from '../time/civil-day';
import { zoneFormatter } from '../time/civil-minute-in-time-zone';
import { bilingual } from './bilingual';
import { CellCodes } from './cell-codes';
import { cellText } from './cell-text';
import { detachString } from './detach-string';
import { detectColumns } from './detect-columns';
import { isExcelRounded } from './excel-rounded';
import { isPlaceholderEmail, isPlaceholderPhone } from './placeholder-contact';
import { mailboxKey } from './mailbox-key';
import { currencyOfAffix } from './currency-marker';
import { IdentityGraph } from './identity-graph';
import { IdTable } from './id-table';
import { IntList } from './int-list';
import { CONTACT_EMAIL, CONTACT_NAME, CONTACT_PHONE, LatestContacts } from './latest-contacts';
import { isEmptyCell } from './is-empty-cell';
import { normalizeEmail } from './normalize-email';
import { normalizeId } from './normalize-id';
import { normalizePhone } from './normalize-phone';
import { parseDateCode } from './parse-date-code';
import { parseDecimal } from './parse-decimal';
import { parseFlag } from './parse-flag';
import { parseStatus } from './parse-status';
import { REJECTION_REASONS, type RejectionCode } from './rejection-reasons';
import { roundCents } from './round-cents';
import { scanned } from './scan-number';
import { DUPLICATES_LISTED, RowFingerprints, type DuplicateRows } from './row-fingerprints';
import { CellsRow, type RowView } from './row-view';
import { assembleLedger, type RowCustomerInfo } from './assemble-ledger';
import { OrderColumns } from './order-columns';
import { digitsText } from './digits-key';
import { NOT_SIMPLE } from './not-simple';
import { buildQualityReport, type QualityCounts } from '../quality/build-quality-report';
import {
  FIELD_NAMES,
  type Cell,
  type ColumnMapping,
  type ExcludedRow,
  type FieldName,
  type Ledger,
  type RejectedRow,
} from './types';

/** How to read a table into a ledger. All optional. */
export interface IngestOptions {
  /** Explicit field → header text mapping; always wins over auto-detection. */
  columns?: Partial<Record<FieldName, string>>;
  /** Day order for `12/03/2025`-style dates; default 'dmy'; never guessed per row. */
  dateOrder?: 'dmy' | 'mdy';
  /** IANA zone, default 'UTC': used for instants with an offset and for Date objects. */
  timeZone?: string;
  /** Day number of "today"; rows dated after it are flagged as future dates (no check when absent). */
  today?: number;
  /** Source row number of the header (default 1); data rows are numbered from headerRow + 1. */
  headerRow?: number;
  /** Largest allowed share of empty required fields, default 0.02. */
  requiredEmptySla?: number;
  /** Language of rejection reasons, default 'ru'. */
  locale?: 'ru' | 'en';
  /** Most rejected (and excluded) rows listed one by one in the report, default 100 000; all are counted. */
  maxRejectedListed?: number;
  /**
   * false when the caller shows no quality report (the CLI's `segments`, `summary`, `kpi`…, the bot): the checks
   * only the report shows are left out. Rows are not fingerprinted (the report's `duplicates` is null: the check
   * hashes every row and sorts the hashes, ~10% of reading a 1M-row file) and empty cells are not counted (its
   * `completeness` is empty and `completenessPass` true: 2–3% of `rfm segments`). The ledger, the row counts and
   * the rejected rows are the same. Default true.
   */
  qualityChecks?: boolean;
  /**
   * false when the reader finds the duplicate rows itself (the CLI's two-thread reader fingerprints every
   * non-blank row and sorts the fingerprints on its second thread while the ledger is assembled) and hands them
   * over with {@link Ingester.useDuplicates}; rows are then not fingerprinted here. Default true.
   */
  rowFingerprints?: boolean;
}

/** The ledger and its data-quality report. */
export interface IngestResult {
  ledger: Ledger;
  quality: QualityReport;
}

/** A streaming reader: feed data rows one at a time with `add`, then call `finish` once. */
export interface Ingester {
  /** Field → 0-based column index, as detected or given. */
  readonly mapping: ColumnMapping;
  /** Header texts (trimmed). */
  readonly headers: string[];
  /** Reads one data row (cells in header order). */
  add(cells: Cell[]): void;
  /**
   * Reads one data row through a {@link RowView} (the CLI's byte-level CSV reader). Feed one source
   * through one kind of view: duplicate rows are found by fingerprints, which only views of one kind share.
   * @param sourceRow the row's number in the source, when the reader knows it (a quoted cell spanning
   *   lines makes one row of several lines); default: the previous row's number + 1
   */
  addRow(row: RowView, sourceRow?: number): void;
  /**
   * The duplicate rows as the reader found them (from the fingerprints of every non-blank row it passed, as
   * {@link RowFingerprints} does); required before `finish` when created with `rowFingerprints: false` (unless `qualityChecks: false`).
   */
  useDuplicates(found: DuplicateRows): void;
  /**
   * Builds the ledger now (identities merged, orders grouped and sorted), before the duplicate rows are known,
   * so a caller still waiting for them (the CLI's reader thread sorting fingerprints) fills the wait; `finish`
   * then only writes the report. Optional: `finish` builds the ledger itself otherwise. No row may follow it.
   */
  assemble(): void;
  /** Builds the ledger (unless `assemble` did) and the quality report. */
  finish(): IngestResult;
}

const SAMPLE = 10;
/** Identity key placeholders of a customer id cell: not yet keyed, blank (no id), and rounded by Excel (`1,23457E+11`). */
const NOT_KEYED = -1;
const NO_ID = -2;
const ROUNDED_ID = -3;
/** Contact codes of cells read as no contact, and counted: a phone rounded by Excel, a placeholder e-mail or phone. */
const ROUNDED_PHONE = -2;
const PLACEHOLDER = -3;
/**
 * The fields whose readings the ingester reuses when a cell repeats the previous row's ({@link RowView.same}):
 * a view need answer `same` only for their columns (false elsewhere is always right).
 * @example REPEATED_FIELDS.includes('customer') // → true; REPEATED_FIELDS.includes('amount') // → false
 */
export const REPEATED_FIELDS: readonly FieldName[] = ['customer', 'order', 'status', 'email', 'phone', 'name', 'manager', 'channel', 'category', 'promo', 'currency'];
/**
 * The fields the ingester reads through {@link RowView.code} (so a view may have their codes ready, as the
 * CLI's reader thread does): every field it derives a value from per distinct cell.
 * @example CODED_FIELDS.includes('email') // → true; CODED_FIELDS.includes('order') // → false
 */
export const CODED_FIELDS: readonly FieldName[] = ['customer', 'status', 'email', 'phone', 'name', 'manager', 'channel', 'category', 'promo', 'currency'];
/** Positions in REPEATED_FIELDS, for `fresh`. */
const F_CUSTOMER = REPEATED_FIELDS.indexOf('customer');
const F_ORDER = REPEATED_FIELDS.indexOf('order');
const F_STATUS = REPEATED_FIELDS.indexOf('status');
const F_EMAIL = REPEATED_FIELDS.indexOf('email');
const F_PHONE = REPEATED_FIELDS.indexOf('phone');
const F_NAME = REPEATED_FIELDS.indexOf('name');
const F_MANAGER = REPEATED_FIELDS.indexOf('manager');
const F_CHANNEL = REPEATED_FIELDS.indexOf('channel');
const F_CATEGORY = REPEATED_FIELDS.indexOf('category');
const F_PROMO = REPEATED_FIELDS.indexOf('promo');
const F_CURRENCY = REPEATED_FIELDS.indexOf('currency');
/** Positions of the ingester's money sums (see `sums`). */
const SUM_INPUT = 0;
const SUM_REJECTED = 1;
const SUM_EXCLUDED = 2;
const SUM_REFUND = 3;
const SUM_NO_ID = 4;
const SLASHED = /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/**
 * Starts reading a table into a ledger. Rows are fed one at a time (`add`), so files of millions of
 * rows are never held in memory as cells; `finish` merges identities, groups orders and reports quality.
 *
 * Row rules, in order: a fully empty row is skipped (counted in blankRows); an unrecognised status
 * rejects the row; an unpaid or cancelled status excludes it; an empty or unreadable amount (or quantity ×
 * unit price when there is no amount column, or the amount cell is empty) rejects it; so does an empty or
 * unreadable date; a row without a customer id is attached to the customer with the same e-mail or phone,
 * or gets an `email:`/`phone:` id, and is rejected only when it has neither. A refund status makes the
 * amount negative. Every other row is used.
 *
 * @param header the header row's cells
 * @throws UserInputError (one line naming the columns found) when a required field cannot be mapped,
 *   an explicit mapping names a missing column, or an option is invalid (time zone, date order, SLA)
 * @example const ing = createIngester(['Клиент', 'Дата', 'Сумма']); ing.add(['A', '12.03.2025', '1 200,50']);
 *   ing.finish().ledger.netCents // → 120050
 */
export function createIngester(header: Cell[], options: IngestOptions = {}): Ingester {
  const headers = header.map((h) => cellText(h).trim());
  const mapping = detectColumns(headers, options.columns);
  if (options.dateOrder !== undefined && options.dateOrder !== 'dmy' && options.dateOrder !== 'mdy') {
    throw new UserInputError(
      bilingual(`порядок дат «${String(options.dateOrder)}» неизвестен: dmy или mdy`, `date order "${String(options.dateOrder)}" is not known: use dmy or mdy`),
      'dateOrder',
    );
  }
  const monthFirst = options.dateOrder === 'mdy';
  const timeZone = options.timeZone ?? 'UTC';
  if (timeZone !== 'UTC') zoneFormatter(timeZone);
  const sla = options.requiredEmptySla ?? 0.02;
  if (!(sla >= 0 && sla <= 1)) {
    throw new UserInputError(
      bilingual(`порог пустых обязательных полей должен быть от 0 до 1, а не ${sla}`, `the empty required field SLA must be between 0 and 1, not ${sla}`),
      'requiredEmptySla',
    );
  }
  const today = options.today ?? null;
  const locale = options.locale ?? 'ru';
  const maxListed = options.maxRejectedListed ?? 100_000;
  /** Duplicate rows listed one by one (all are counted): as many as rejected rows, within the fingerprints' own cap. */
  const duplicatesListed = Math.min(DUPLICATES_LISTED, maxListed);

  const cCustomer = mapping.customer ?? -1;
  const cDate = mapping.date ?? -1;
  const cAmount = mapping.amount ?? -1;
  const cOrder = mapping.order ?? -1;
  const cQty = mapping.quantity ?? -1;
  const cPrice = mapping.price ?? -1;
  const cStatus = mapping.status ?? -1;
  const cEmail = mapping.email ?? -1;
  const cPhone = mapping.phone ?? -1;
  const cName = mapping.name ?? -1;
  const cManager = mapping.manager ?? -1;
  const cChannel = mapping.channel ?? -1;
  const cCategory = mapping.category ?? -1;
  const cPromo = mapping.promo ?? -1;
  const cCurrency = mapping.currency ?? -1;
  const hasQtyPrice = cQty >= 0 && cPrice >= 0;
  const mappedFields = FIELD_NAMES.filter((f) => mapping[f] !== undefined);
  const mappedCols = mappedFields.map((f) => mapping[f] as number);
  const empties = new Array<number>(mappedFields.length).fill(0);

  let rowNo = options.headerRow ?? 1;
  const counts: QualityCounts = {
    totalRows: 0,
    usedRows: 0,
    rejectedRows: 0,
    excludedRows: 0,
    blankRows: 0,
    inputCents: 0,
    rejectedCents: 0,
    excludedCents: 0,
    unreadableAmounts: 0,
    refundRows: 0,
    refundCents: 0,
    zeroRows: 0,
    zeroSample: [],
    futureRows: 0,
    futureSample: [],
    multiLineRows: 0,
    multiLineSample: [],
    roundedPhoneRows: 0,
    roundedPhoneSample: [],
    roundedOrderRows: 0,
    roundedOrderSample: [],
    placeholderEmailRows: 0,
    placeholderEmailSample: [],
    placeholderPhoneRows: 0,
    placeholderPhoneSample: [],
    sharedContacts: [],
    currencies: new Map(),
    duplicateRows: 0,
    duplicateSample: [],
    noIdRows: 0,
    noIdAttached: 0,
    totalsRows: 0,
    noIdCents: 0,
    rejected: [],
    rejectedNotListed: 0,
    excluded: [],
    excludedNotListed: 0,
    reasons: new Map(),
    sharedOrderIds: 0,
    purchases: 0,
  };
  let hasTime = false;
  /**
   * The running money sums of `counts` (SUM_INPUT…), in cents, kept in a Float64Array and copied into `counts` at
   * `finish`. As object fields they start as small integers, and the first to pass 2^30 cents (10.7 million)
   * changed its field to a double in the middle of the read: V8 then threw away addRow's optimised code and
   * compiled it again (~90 ms each time): 7 compilations on the 1M-row demo file before, 3–5 since.
   */
  const sums = new Float64Array(5);

  const qualityChecks = options.qualityChecks ?? true;
  const fingerprintRows = qualityChecks && (options.rowFingerprints ?? true);
  const fingerprints = new RowFingerprints();
  let foundDuplicates: DuplicateRows | null = null;
  const identity = new IdentityGraph();
  /** Per identity key: the latest name (a code of the name column), e-mail and phone (identity codes). */
  const latest = new LatestContacts();
  /** The orders, as typed columns: the ledger reads them as they are and makes an order object only when asked (ledger-orders.ts). */
  const orders = new OrderColumns();
  const orderIndex = new IdTable();
  /** The last order's id (as orderKey and orderId are) and number: the next row's order is often the same. */
  let lastOrderKey = -1;
  let lastOrderId = '';
  let lastOrderIndex = -1;
  const sharedOrderIndex = new Map<string, number>();
  let finished = false;
  /** The ledger once `assemble` built it (rows are then closed). */
  let assembled: { ledger: Ledger; purchases: number } | null = null;

  // Cells read through codes: whatever is worked out from a cell is worked out once per distinct cell
  // (per code), so rows of one customer far apart (a file sorted by date) cost a lookup, not a parse.
  /**
   * Customer id cells → normalised id; and its identity key once a row of that id is used (NOT_KEYED before,
   * NO_ID for a blank id), read first: one memory read per row, the text only when a key is made.
   */
  const idCodes = new CellCodes();
  const idText: string[] = [];
  const idKey = new IntList();
  const readId = (cell: Cell): string => {
    const text = normalizeId(cell);
    idKey.push(text === '' ? NO_ID : isExcelRounded(text) ? ROUNDED_ID : NOT_KEYED);
    return text;
  };
  const emailCodes = new CellCodes();
  /** Per e-mail cell: its identity code, -1 when blank, PLACEHOLDER for `noemail@…` and the like (see placeholder-contact.ts). */
  const emailOf = new IntList();
  const readEmail = (cell: Cell): number => {
    const e = normalizeEmail(cell);
    return e === '' ? -1 : isPlaceholderEmail(e) ? PLACEHOLDER : identity.emailCode(e, mailboxKey(e));
  };
  const phoneCodes = new CellCodes();
  /** Per phone cell: its identity code, -1 when blank, ROUNDED_PHONE when Excel rounded it (see isExcelRounded), PLACEHOLDER for `+7 000 000-00-00` and the like. */
  const phoneOf = new IntList();
  const readPhone = (cell: Cell): number => {
    if (isExcelRounded(cell)) return ROUNDED_PHONE;
    const p = normalizePhone(cell);
    return p === '' ? -1 : isPlaceholderPhone(p) ? PLACEHOLDER : identity.phoneCode(p);
  };
  /** Name cells → the trimmed name, or null when blank (two cells may trim to one name: both keep their code). */
  const nameCodes = new CellCodes();
  const nameOf: (string | null)[] = [];
  const readName = (cell: Cell): string | null => {
    const t = cellText(cell).trim();
    return t === '' ? null : t;
  };
  const statusCodes = new CellCodes();
  const statusOf: ReturnType<typeof parseStatus>[] = [];
  /** Manager, channel and category cells → the orders' number of the trimmed text (see OrderColumns.textCode), -1 when blank; a blank category is ''. */
  const managerCodes = new CellCodes();
  const managerOf: number[] = [];
  const channelCodes = new CellCodes();
  const channelOf: number[] = [];
  const categoryCodes = new CellCodes();
  const categoryOf: number[] = [];
  const readText = (cell: Cell): number => orders.textCode(textOrNull(cell));
  const readCategory = (cell: Cell): number => orders.textCode(textOrNull(cell) ?? '');
  const promoCodes = new CellCodes();
  const promoOf: boolean[] = [];
  /** Currency column cells → an ISO code (`RUB`, `USD`: see currencyOfCell), or null when blank or unknown. */
  const currencyCodes = new CellCodes();
  const currencyOf: (string | null)[] = [];

  function reject(row: number, col: number, field: FieldName, value: Cell, code: RejectionCode, cents: number): void {
    counts.rejectedRows++;
    if (cents === cents) sums[SUM_REJECTED] += cents;
    else counts.unreadableAmounts++;
    const column = col >= 0 ? headers[col] || `#${col + 1}` : field;
    const reason = REJECTION_REASONS[code][locale];
    if (counts.rejected.length < maxListed) {
      const r: RejectedRow = { row, column, value: detachString(cellText(value)), reason, code };
      counts.rejected.push(r);
    } else counts.rejectedNotListed++;
    const key = `${code}\u0001${column}`;
    const group = counts.reasons.get(key);
    if (group) group.rows++;
    else counts.reasons.set(key, { code, reason, column, rows: 1 });
  }

  function dateProblem(value: Cell): RejectionCode {
    if (isEmptyCell(value)) return 'date-missing';
    if (typeof value === 'string' && SLASHED.test(value)) {
      const other = parseDateCode(value, !monthFirst, timeZone);
      if (other === other) return monthFirst ? 'date-order-mdy' : 'date-order-dmy';
    }
    return 'date-invalid';
  }

  /** Per field: the row whose cell the field's remembered reading below belongs to (see `fresh`). */
  const readAt = new Float64Array(REPEATED_FIELDS.length).fill(-1);
  let status: ReturnType<typeof parseStatus> = 'paid';
  let idCode = -1;
  let hasId = false;
  let email = -1;
  let phone = -1;
  /** The row's phone cell was rounded by Excel, or its phone / e-mail is a placeholder (and is not used). */
  let phoneRounded = false;
  let phonePlaceholder = false;
  let emailPlaceholder = false;
  let name = -1;
  /** Text codes of the row's manager, channel and category (-1: none). */
  let manager = -1;
  let channel = -1;
  let category = -1;
  let promo = false;
  /** The row's order id: its digitsKey when it is plain digits read as such (orderId is then ''), else -1 and the text. */
  let orderKey = -1;
  let orderId = '';
  /** The row's order id was rounded by Excel (and is not used). */
  let orderRounded = false;
  /** The currency the row's currency cell names (null: blank or none). */
  let rowCurrency: string | null = null;
  /** The last customer whose name, e-mail and phone were all stored by `remember`, with those values and the day. */
  let infoKey = -1;
  let infoName = -1;
  let infoEmail = -1;
  let infoPhone = -1;
  let infoDay = 0;

  /**
   * True when field `f` (column `col`) must be read again for this row; false when its cell equals the
   * previous row's and the remembered reading is that row's (rows of one customer or order repeat most cells).
   */
  function fresh(f: number, col: number, r: RowView, row: number): boolean {
    const reuse = readAt[f] === row - 1 && r.same(col);
    readAt[f] = row;
    return !reuse;
  }

  function addRow(r: RowView, sourceRow?: number): void {
    if (finished || assembled !== null) throw new Error('Ingester.add called after assemble or finish');
    const row = sourceRow ?? rowNo + 1;
    rowNo = row;
    const length = r.length;
    if (length === 0) {
      counts.blankRows++;
      return;
    }
    counts.totalRows++;
    const lines = r.lines;
    if (lines !== undefined && lines > 1) {
      counts.multiLineRows++;
      if (counts.multiLineSample.length < SAMPLE) counts.multiLineSample.push({ row, lastLine: row + lines - 1 });
    }
    if (fingerprintRows) fingerprints.add(r.fingerprint(), row);
    if (qualityChecks) for (let j = 0; j < mappedCols.length; j++) if (r.isEmpty(mappedCols[j])) empties[j]++;

    // Amount first: its value counts in the reconciliation whatever happens to the row.
    let cents = NaN;
    // The currency named in the amount (or unit price) cell, left by the number reader (null for plain numbers).
    scanned.currency = null;
    let problem: RejectionCode | null = null;
    let problemCol = -1;
    let problemField: FieldName = 'amount';
    if (cAmount >= 0) {
      cents = r.amount(cAmount);
      if (cents !== cents && !(hasQtyPrice && r.isEmpty(cAmount))) {
        problem = r.isEmpty(cAmount) ? 'amount-missing' : 'amount-invalid';
        problemCol = cAmount;
      }
    }
    if (cents !== cents && problem === null) {
      const q = parseDecimal(r.cell(cQty));
      const p = parseDecimal(r.cell(cPrice));
      if (q !== q) {
        problem = r.isEmpty(cQty) ? 'quantity-missing' : 'quantity-invalid';
        problemCol = cQty;
        problemField = 'quantity';
      } else if (p !== p) {
        problem = r.isEmpty(cPrice) ? 'price-missing' : 'price-invalid';
        problemCol = cPrice;
        problemField = 'price';
      } else cents = roundCents(q * p);
      // With an amount column, an empty quantity or price only means the amount is missing (those reasons say
      // "there is no amount column").
      if (cAmount >= 0 && (problem === 'quantity-missing' || problem === 'price-missing')) {
        problem = 'amount-missing';
        problemCol = cAmount;
        problemField = 'amount';
      }
    }
    // A currency column names the row's currency; without one (or a blank cell), the amount cell may.
    let currency: string | null = scanned.currency;
    if (cCurrency >= 0) {
      if (fresh(F_CURRENCY, cCurrency, r, row)) rowCurrency = currencyOf[codeOf(r, cCurrency, currencyCodes, currencyOf, currencyOfCell)];
      if (rowCurrency !== null) currency = rowCurrency;
    }

    if (cStatus >= 0) {
      if (fresh(F_STATUS, cStatus, r, row)) status = statusOf[codeOf(r, cStatus, statusCodes, statusOf, parseStatus)];
      if (status === 'refund' && cents > 0) cents = -cents;
      if (cents === cents) sums[SUM_INPUT] += cents;
      if (status === null) {
        reject(row, cStatus, 'status', r.cell(cStatus), 'status-unknown', cents);
        return;
      }
      if (status === 'unpaid') {
        counts.excludedRows++;
        if (cents === cents) sums[SUM_EXCLUDED] += cents;
        if (counts.excluded.length < maxListed) {
          const e: ExcludedRow = { row, reason: 'unpaid' };
          counts.excluded.push(e);
        } else counts.excludedNotListed++;
        return;
      }
    } else if (cents === cents) sums[SUM_INPUT] += cents;

    if (cCustomer >= 0 && fresh(F_CUSTOMER, cCustomer, r, row)) {
      idCode = codeOf(r, cCustomer, idCodes, idText, readId);
      hasId = idKey.data[idCode] !== NO_ID;
    }
    if (cEmail >= 0 && fresh(F_EMAIL, cEmail, r, row)) {
      // Two statements: codeOf may grow emailOf, replacing its `data`.
      const c = codeOf(r, cEmail, emailCodes, emailOf, readEmail);
      email = emailOf.data[c];
      emailPlaceholder = email === PLACEHOLDER;
      if (emailPlaceholder) email = -1;
    }
    if (cPhone >= 0 && fresh(F_PHONE, cPhone, r, row)) {
      const c = codeOf(r, cPhone, phoneCodes, phoneOf, readPhone);
      phone = phoneOf.data[c];
      phoneRounded = phone === ROUNDED_PHONE;
      phonePlaceholder = phone === PLACEHOLDER;
      if (phone < -1) phone = -1;
    }
    if (!hasId) {
      counts.noIdRows++;
      if (cents === cents) sums[SUM_NO_ID] += cents;
    }
    if (problem !== null) {
      reject(row, problemCol, problemField, r.cell(problemCol), problem, cents);
      return;
    }
    const code = r.dateCode(cDate, monthFirst, timeZone);
    if (code !== code) {
      const totals = totalsColumn(r);
      if (totals >= 0) {
        // A totals line is no sale: it counts neither as a row without a customer id (its amount, the whole
        // file's, made that share of revenue look like half) nor in the fields' completeness.
        counts.totalsRows++;
        if (!hasId) {
          counts.noIdRows--;
          if (cents === cents) sums[SUM_NO_ID] -= cents;
        }
        if (qualityChecks) for (let j = 0; j < mappedCols.length; j++) if (r.isEmpty(mappedCols[j])) empties[j]--;
        reject(row, totals, 'date', r.cell(totals), 'total-row', cents);
        return;
      }
      const dateCell = r.cell(cDate);
      reject(row, cDate, 'date', dateCell, dateProblem(dateCell), cents);
      return;
    }
    let key: number;
    if (hasId) {
      key = idKey.data[idCode];
      if (key === ROUNDED_ID) {
        reject(row, cCustomer, 'customer', r.cell(cCustomer), 'customer-id-rounded', cents);
        return;
      }
      if (key < 0) {
        key = identity.keyOfId(idText[idCode]);
        idKey.data[idCode] = key;
      }
    } else {
      key = identity.keyOfContact(email, phone);
      if (key < 0) {
        reject(row, cCustomer, 'customer', cCustomer >= 0 ? r.cell(cCustomer) : '', 'customer-missing', cents);
        return;
      }
      counts.noIdAttached++;
    }
    if (email >= 0 || phone >= 0) identity.link(key, email, phone);

    // The row is used.
    counts.usedRows++;
    if (currency !== null) {
      const seen = counts.currencies.get(currency);
      if (seen) {
        seen.rows++;
        seen.cents += cents;
      } else counts.currencies.set(currency, { rows: 1, cents, sampleRow: row });
    }
    if (phoneRounded) {
      counts.roundedPhoneRows++;
      if (counts.roundedPhoneSample.length < SAMPLE) counts.roundedPhoneSample.push(row);
    }
    if (emailPlaceholder) {
      counts.placeholderEmailRows++;
      if (counts.placeholderEmailSample.length < SAMPLE) counts.placeholderEmailSample.push(row);
    }
    if (phonePlaceholder) {
      counts.placeholderPhoneRows++;
      if (counts.placeholderPhoneSample.length < SAMPLE) counts.placeholderPhoneSample.push(row);
    }
    const day = Math.floor(code / 2048);
    const minute = code - day * 2048 - 1;
    if (minute >= 0) hasTime = true;
    if (today !== null && day > today) {
      counts.futureRows++;
      if (counts.futureSample.length < SAMPLE) counts.futureSample.push(row);
    }
    if (cents === 0) {
      counts.zeroRows++;
      if (counts.zeroSample.length < SAMPLE) counts.zeroSample.push(row);
    } else if (cents < 0) {
      counts.refundRows++;
      sums[SUM_REFUND] += cents;
    }
    if (cName >= 0 || cEmail >= 0 || cPhone >= 0) {
      if (cName >= 0 && fresh(F_NAME, cName, r, row)) {
        const c = codeOf(r, cName, nameCodes, nameOf, readName);
        name = nameOf[c] === null ? -1 : c;
      }
      if (key === infoKey && name === infoName && email === infoEmail && phone === infoPhone) {
        // The same customer and contacts as the last row, whose values were all stored: only the days move.
        if (day > infoDay) {
          latest.touch(key, name, email, phone, day);
          infoDay = day;
        }
      } else {
        const stored =
          latest.remember(key, CONTACT_NAME, name, day) &&
          latest.remember(key, CONTACT_EMAIL, email, day) &&
          latest.remember(key, CONTACT_PHONE, phone, day);
        infoKey = stored ? key : -1;
        infoName = name;
        infoEmail = email;
        infoPhone = phone;
        infoDay = day;
      }
    }

    if (cManager >= 0 && fresh(F_MANAGER, cManager, r, row)) manager = managerOf[codeOf(r, cManager, managerCodes, managerOf, readText)];
    if (cChannel >= 0 && fresh(F_CHANNEL, cChannel, r, row)) channel = channelOf[codeOf(r, cChannel, channelCodes, channelOf, readText)];
    if (cCategory >= 0 && fresh(F_CATEGORY, cCategory, r, row)) category = categoryOf[codeOf(r, cCategory, categoryCodes, categoryOf, readCategory)];
    if (cPromo >= 0 && fresh(F_PROMO, cPromo, r, row)) promo = promoOf[codeOf(r, cPromo, promoCodes, promoOf, parseFlag)];
    if (cOrder >= 0 && fresh(F_ORDER, cOrder, r, row)) {
      // An id of plain digits (`1001`) is read as its number, straight from a byte view; anything else as text.
      orderKey = r.idKey(cOrder);
      orderRounded = false;
      if (orderKey === NOT_SIMPLE) {
        // Detached once here: the order-id table and the order keep this one string.
        orderId = detachString(normalizeId(r.cell(cOrder)));
        // Rounded by Excel, the id would join different orders into one: the row is an order of its own.
        orderRounded = isExcelRounded(orderId);
        if (orderRounded) orderId = '';
        orderKey = -1;
      } else orderId = '';
    }
    if (orderRounded) {
      counts.roundedOrderRows++;
      if (counts.roundedOrderSample.length < SAMPLE) counts.roundedOrderSample.push(row);
    }
    let index = -1;
    let mapKey = '';
    if (orderKey >= 0 || orderId !== '') {
      // Line items of one order are usually adjacent: skip the table lookup then.
      // Numbered here when new: the order made below takes number orders.size.
      if (orderKey >= 0) index = orderKey === lastOrderKey ? lastOrderIndex : orderIndex.getOrAddKey(orderKey, orders.size);
      else index = orderId === lastOrderId ? lastOrderIndex : orderIndex.getOrAdd(orderId, orders.size);
      if (index >= 0 && orders.keys[index] !== key) {
        // The same order id under another customer: a separate order (reported as a shared order id).
        mapKey = `${orderKey >= 0 ? digitsText(orderKey) : orderId}\u0001${key}`;
        index = sharedOrderIndex.get(mapKey) ?? -1;
      }
    }
    if (index < 0) {
      const at = orders.add(orderId, orderKey >= 0 ? orderKey : 0, key, code, cents, row, manager, channel, promo, category);
      if (mapKey !== '') {
        sharedOrderIndex.set(detachString(mapKey), at);
        counts.sharedOrderIds++;
      } else if (orderKey >= 0 || orderId !== '') {
        lastOrderKey = orderKey;
        lastOrderId = orderId;
        lastOrderIndex = at;
      }
      return;
    }
    if (mapKey === '') {
      lastOrderKey = orderKey;
      lastOrderId = orderId;
      lastOrderIndex = index;
    }
    orders.addLine(index, code, cents, row, manager, channel, promo, category);
  }

  const cellsRow = new CellsRow();
  function add(cells: Cell[]): void {
    addRow(cellsRow.next(cells));
  }

  function assemble(): void {
    if (finished) throw new Error('Ingester.assemble called after finish');
    if (assembled !== null) return;
    const info: RowCustomerInfo = {
      any: latest.size > 0,
      value(k, field) {
        const code = latest.value(k, field);
        if (code < 0) return null;
        return field === CONTACT_NAME ? nameOf[code] : field === CONTACT_EMAIL ? identity.email(code) : identity.phone(code);
      },
      day: (k, field) => latest.day(k, field),
    };
    assembled = assembleLedger(identity, info, orders, {
      time: hasTime,
      category: cCategory >= 0,
      manager: cManager >= 0,
      promo: cPromo >= 0,
      channel: cChannel >= 0,
    });
    assembled.ledger.currencies = [...counts.currencies].sort((a, b) => b[1].rows - a[1].rows || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);
  }

  function finish(): IngestResult {
    if (finished) throw new Error('Ingester.finish called twice');
    assemble();
    finished = true;
    const { ledger, purchases } = assembled as { ledger: Ledger; purchases: number };
    const completenessInput = mappedFields.map((field, j) => ({
      field,
      column: headers[mappedCols[j]] || `#${mappedCols[j] + 1}`,
      required:
        field === 'date' ||
        field === 'customer' ||
        field === 'amount' ||
        (cAmount < 0 && (field === 'quantity' || field === 'price')),
      emptyRows: qualityChecks ? empties[j] : null,
    }));
    counts.purchases = purchases;
    counts.inputCents = sums[SUM_INPUT];
    counts.rejectedCents = sums[SUM_REJECTED];
    counts.excludedCents = sums[SUM_EXCLUDED];
    counts.refundCents = sums[SUM_REFUND];
    counts.noIdCents = sums[SUM_NO_ID];
    counts.sharedContacts = identity.sharedContacts();
    if (qualityChecks) {
      if (!fingerprintRows && foundDuplicates === null) throw new Error('Ingester.finish: rowFingerprints is off and useDuplicates was not called');
      const duplicates = foundDuplicates ?? fingerprints.duplicates(duplicatesListed);
      counts.duplicateRows = duplicates.rows;
      counts.duplicateSample = duplicates.sample;
    } else counts.duplicateRows = null;
    const quality = buildQualityReport(counts, ledger, completenessInput, sla, today === null ? null : isoFromDay(today));
    return { ledger, quality };
  }

  function useDuplicates(found: DuplicateRows): void {
    foundDuplicates = { rows: found.rows, sample: found.sample.slice(0, duplicatesListed) };
  }

  return { mapping, headers, add, addRow, useDuplicates, assemble, finish };
}

/**
 * A cell that marks a totals line: "Итого", "Всего:", "ИТОГО по клиентам", "Total", "Grand total", "Subtotal for
 * March" (any case) — the word alone, or followed by "по"/"за"/"for" and what it totals.
 */
const TOTALS = /^\s*(?:итого|итог|всего|total|totals|grand total|subtotal)\s*:?\s*(?:(?:по|за|for)\s.*)?$/iu;

/**
 * The column of a row's "Итого"/"Total" cell, or -1: exports often end with a totals line that has an amount
 * and no date. Read only for rows already failing on their date, so it costs nothing on good rows.
 */
function totalsColumn(r: RowView): number {
  for (let c = 0; c < r.length; c++) {
    const v = r.cell(c);
    if (typeof v === 'string' && TOTALS.test(v)) return c;
  }
  return -1;
}

/**
 * The currency a currency column's cell names: a symbol or word as in amount cells (`₽`, `руб.`, `сум`), or a
 * three-letter code as written (`KGS`, `usd` → `USD`); null when blank or anything else.
 */
function currencyOfCell(value: Cell): string | null {
  const text = textOrNull(value);
  if (text === null) return null;
  return currencyOfAffix(` ${text}`) ?? (/^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : null);
}

function textOrNull(value: Cell): string | null {
  if (value === null || value === undefined || value === '') return null;
  const s = (typeof value === 'string' ? value : cellText(value)).trim();
  return s === '' ? null : s;
}

/**
 * The code of row `r`'s cell in column `col`; for each code not met before (up to this one: a view may
 * number cells ahead, see {@link RowView.code}), `derive(cell)` is stored at that position of `values`, in
 * code order, so `values` stays in step with `codes`, and the cell itself is forgotten: only what was worked
 * out from it is read again.
 */
function codeOf<T>(r: RowView, col: number, codes: CellCodes, values: { length: number; push(value: T): void }, derive: (cell: Cell) => T): number {
  const code = r.code(col, codes);
  while (values.length <= code) {
    const c = values.length;
    values.push(derive(codes.cell(c)));
    codes.forget(c);
  }
  return code;
}
