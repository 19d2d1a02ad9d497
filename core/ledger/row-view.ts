import type { CellCodes } from './cell-codes';
import { cellText } from './cell-text';
import { hashText, mixLane1, mixLane2 } from './hash-text';
import { isEmptyCell } from './is-empty-cell';
import { NOT_SIMPLE } from './not-simple';
import { parseAmount } from './parse-amount';
import { parseDateCode } from './parse-date-code';
import type { Cell } from './types';

/**
 * One source row as the ingester reads it, whatever it came from: an array of cells (Google Sheets,
 * tests) or a window on the bytes of a CSV file (the CLI's reader, which never turns a cell into a string
 * unless the ingester asks). The ingester's rules are written once against this interface.
 *
 * Contract: every method answers exactly what the cell-based functions answer for `cell(col)`:
 * `amount(col) === parseAmount(cell(col))`, `dateCode(col, …) === parseDateCode(cell(col), …)`,
 * `isEmpty(col) === isEmptyCell(cell(col))`, `codes.cell(code(col, codes))` is `cell(col)` (for a text; an
 * empty cell may come back as ''; a value its owner forgot reads as undefined). A view may answer faster
 * (from bytes), never differently.
 * A column past the row's end reads as an empty cell.
 */
export interface RowView {
  /** Number of cells up to and including the last non-empty one; 0 for a blank row. */
  readonly length: number;
  /**
   * Lines of the source the row spans: more than 1 when a quoted cell of a CSV file holds line breaks (or a stray
   * quote joined lines). Absent for sources without lines (a spreadsheet's rows): 1.
   */
  readonly lines?: number;
  /** The cell's value (text for a file), for parsing and for reports. */
  cell(col: number): Cell;
  /** {@link isEmptyCell} of the cell. */
  isEmpty(col: number): boolean;
  /**
   * True when the cell is exactly the previous row's cell in the same column, so a value derived from it
   * can be reused; false when different or unsure. "Previous" is the row viewed just before this one.
   */
  same(col: number): boolean;
  /**
   * The cell's code in `codes` ({@link CellCodes}): a new code's value is the cell; a code seen before
   * stands for an equal cell (equal cells share codes, except as CellCodes describes: bytes that read the
   * same, a column too distinct to index). A view may keep its own index of the codes object, so give one
   * column always the same codes. A view may also number the column's cells ahead of the rows asked (the
   * CLI's reader thread numbers every row's): the code returned may then lie beyond codes that were never
   * returned, each with its cell in `codes` (`codes.cell(code)`).
   */
  code(col: number, codes: CellCodes): number;
  /**
   * {@link digitsKey} of the cell's id (`normalizeId`): the numeric key of an id of 1–14 digits, -1 for no id or
   * an id of other text; or {@link NOT_SIMPLE} when the view leaves the cell to be read as text (`cell`). Byte
   * views answer for cells of plain digits, so an order id like `1001` never becomes a string.
   */
  idKey(col: number): number;
  /** {@link parseAmount} of the cell: integer cents or NaN. */
  amount(col: number): number;
  /** {@link parseDateCode} of the cell: packed day and minute, or NaN. */
  dateCode(col: number, monthFirst: boolean, timeZone: string): number;
  /**
   * 53-bit fingerprint of cells `[0, length)`, equal for equal rows (cell for cell, as text) of one
   * source. Views of different kinds need not agree with each other.
   */
  fingerprint(): number;
}

/** Scratch for {@link hashText}. */
const LANES = new Int32Array(2);

/**
 * A {@link RowView} over an array of cell values, as Google Sheets' `getValues()` returns them. One object
 * is reused for every row: `next(cells)` points it at the next row (the previous row's values are kept for
 * {@link RowView.same}).
 * @example const v = new CellsRow(); v.next(['A', '', 100, '']); v.length // → 3; v.amount(2) // → 10000
 */
export class CellsRow implements RowView {
  length = 0;
  private cells: Cell[] = [];
  private previous: Cell[] = [];
  private previousLength = 0;
  /** Per column: the cell last hashed and its two hash lanes (cells repeated from row to row are hashed once). */
  private hashedCells: Cell[] = [];
  private hashed1: number[] = [];
  private hashed2: number[] = [];

  /** Views the next row. The array is read, never changed; it may be reused by the caller after the next call. */
  next(cells: Cell[]): this {
    // Keep the values (not the array) of the row now ending, for same().
    const prev = this.previous;
    const old = this.cells;
    const n = old.length;
    for (let j = 0; j < n; j++) prev[j] = old[j];
    this.previousLength = n;
    this.cells = cells;
    let length = cells.length;
    while (length > 0 && isEmptyCell(cells[length - 1])) length--;
    this.length = length;
    return this;
  }

  cell(col: number): Cell {
    return col < this.cells.length ? this.cells[col] : '';
  }

  isEmpty(col: number): boolean {
    return col >= this.length || isEmptyCell(this.cells[col]);
  }

  same(col: number): boolean {
    const v = this.cell(col);
    const p = col < this.previousLength ? this.previous[col] : '';
    return v === p && typeof v !== 'object';
  }

  code(col: number, codes: CellCodes): number {
    return codes.ofCell(this.cell(col));
  }

  /** Always {@link NOT_SIMPLE}: a cell is already a value, read as text by the caller. */
  idKey(_col: number): number {
    return NOT_SIMPLE;
  }

  amount(col: number): number {
    return parseAmount(this.cell(col));
  }

  dateCode(col: number, monthFirst: boolean, timeZone: string): number {
    return parseDateCode(this.cell(col), monthFirst, timeZone);
  }

  fingerprint(): number {
    const length = this.length;
    const cells = this.cells;
    const seen = this.hashedCells;
    let h1 = 0xdeadbeef ^ length;
    let h2 = 0x41c6ce57 ^ length;
    for (let j = 0; j < length; j++) {
      const v = cells[j];
      let c1: number;
      let c2: number;
      if (j < seen.length && v === seen[j] && typeof v !== 'object') {
        c1 = this.hashed1[j];
        c2 = this.hashed2[j];
      } else {
        hashText(typeof v === 'string' ? v : cellText(v), LANES);
        c1 = LANES[0];
        c2 = LANES[1];
        if (j < seen.length) {
          seen[j] = v;
          this.hashed1[j] = c1;
          this.hashed2[j] = c2;
        } else if (j === seen.length) {
          seen.push(v);
          this.hashed1.push(c1);
          this.hashed2.push(c2);
        }
      }
      h1 = mixLane1(h1, c1) + j;
      h2 = mixLane2(h2, c2) + j;
    }
    return finishFingerprint(h1, h2);
  }
}

/**
 * Mixes two 32-bit hash lanes of a whole row into one 53-bit integer key (exact in a double).
 * @example Number.isSafeInteger(finishFingerprint(1, 2)) // → true
 */
export function finishFingerprint(h1: number, h2: number): number {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return ((b >>> 0) & 0x1fffff) * 4294967296 + (a >>> 0);
}
