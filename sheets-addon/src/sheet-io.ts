/**
 * Ranges ↔ core types: one batched read per input tab, one batched write per output tab.
 *
 * Text safety: Sheets interprets a written string like typed input, so `=IMPORTXML(…)` becomes a formula,
 * `+7 999…`, `-x`, `@x` become formulas or errors, `00123` becomes the number 123. Every string the
 * add-on writes therefore gets a leading apostrophe, which Sheets consumes and which makes the rest
 * literal text (getValues() returns it without the apostrophe). Numbers, booleans and dates are written as
 * values. Text columns keep the default number format: a plain-text ('@') format would make the
 * apostrophe part of the text.
 */
import type { Cell } from '../../core/index';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A value written to a cell: text, a number, a boolean, a Date, or null for an empty cell. */
export type OutCell = string | number | boolean | Date | null;

/** How a column is formatted. */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'score';

/** One table in a tab: an optional title line, a header row, data rows. */
export interface Block {
  title?: string;
  header: string[];
  kinds: ColumnKind[];
  rows: OutCell[][];
  /** Score columns (0-based within the block) that get a colour scale from 1 to `scale`. */
  scoreColumns?: number[];
  /** Data rows at the end left out of the chart (e.g. a total row). */
  footerRows?: number;
}

/** A native chart over one block. */
export interface ChartSpec {
  block: number;
  /** Column (0-based within the block) with the category labels. */
  labelColumn: number;
  /** Columns (0-based within the block) with the series; a second one goes on the right axis. */
  seriesColumns: number[];
  title: string;
}

/** Everything one output tab shows. */
export interface TabSpec {
  blocks: Block[];
  /** Rows frozen at the top (usually the header row). */
  frozenRows: number;
  /** Column widths in pixels, by column (0-based); missing ones follow the column kind. */
  widths?: number[];
  chart?: ChartSpec;
  /** Score scale for colour scales. */
  scale?: number;
}

/** Number formats per column kind, from the spreadsheet's locale. */
export interface LocaleFormats {
  date: string;
  money: string;
  integer: string;
  decimal: string;
  percent: string;
}

/**
 * Text as Sheets must receive it to keep it text: a leading apostrophe (consumed by Sheets).
 * @example sheetText('=IMPORTXML("http://x", "//a")') // → "'=IMPORTXML(\"http://x\", \"//a\")"
 * @example sheetText('') // → ''
 */
export function sheetText(s: string): string {
  return s === '' ? '' : `'${s}`;
}

/**
 * A value as it goes into `setValues`: strings apostrophe-prefixed, non-finite numbers and null empty.
 * @example toCellValue('+7 999 123-45-67') // → "'+7 999 123-45-67"
 * @example toCellValue(12.5) // → 12.5
 */
export function toCellValue(v: OutCell | undefined): string | number | boolean | Date {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return sheetText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v;
}

/** Spreadsheet serial number of a day number (days since 1899-12-30), for date-formatted cells. */
export function serialFromDay(day: number): number {
  return day + 25569;
}

/**
 * Reads a whole tab with ONE `getDataRange().getValues()` call; null when the tab does not exist,
 * [] when it is empty. Trailing empty rows are dropped.
 */
export function readTab(ss: Spreadsheet, name: string): Cell[][] | null {
  const sheet = ss.getSheetByName(name);
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues() as Cell[][];
  let end = values.length;
  while (end > 0 && values[end - 1].every((v) => v === '' || v === null)) end--;
  return end === values.length ? values : values.slice(0, end);
}

/** Lays the blocks out top to bottom with one empty row between them. */
export function layoutBlocks(blocks: Block[]): { values: OutCell[][]; width: number; starts: number[] } {
  // A loop, not Math.max(...rows): spreading 100 000+ rows overflows the call stack.
  let width = 1;
  for (const b of blocks) {
    width = Math.max(width, b.header.length);
    for (const r of b.rows) if (r.length > width) width = r.length;
  }
  const values: OutCell[][] = [];
  const starts: number[] = [];
  const pad = (row: OutCell[]): OutCell[] => {
    const out = row.slice(0, width);
    while (out.length < width) out.push(null);
    return out;
  };
  blocks.forEach((b, i) => {
    if (i > 0) values.push(pad([]));
    if (b.title !== undefined) values.push(pad([b.title]));
    starts.push(values.length); // 0-based index of the header row
    values.push(pad(b.header));
    for (const r of b.rows) values.push(pad(r));
  });
  return { values, width, starts };
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * A1 notation of a range given as row, column, rows, columns (1-based).
 * @example a1(2, 1, 3, 2) // → 'A2:B4'
 */
export function a1(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetters(col)}${row}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetters(col + cols - 1)}${row + rows - 1}`;
}

/** Rows of a new sheet; a tab is never shrunk below this. */
const NEW_SHEET_ROWS = 1000;

const DEFAULT_WIDTH: Record<ColumnKind, number> = {
  text: 170,
  integer: 90,
  decimal: 90,
  money: 120,
  percent: 80,
  date: 100,
  score: 45,
};

function formatOf(kind: ColumnKind, f: LocaleFormats): string | null {
  switch (kind) {
    case 'text':
      return null;
    case 'score':
    case 'integer':
      return f.integer;
    default:
      return f[kind];
  }
}

/**
 * Writes a tab: clears it, makes the grid big enough, then ONE `setValues` for all values, plus a
 * constant number of formatting calls (per column, never per row): number formats, bold headers,
 * frozen rows, widths, a colour scale on scores, a chart.
 */
export function writeTab(sheet: Sheet, spec: TabSpec, formats: LocaleFormats): void {
  const { values, width, starts } = layoutBlocks(spec.blocks);
  const height = values.length;

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  if (maxRows < height) sheet.insertRowsAfter(maxRows, height - maxRows);
  // Give back the rows a bigger earlier run added (a spreadsheet holds at most 10 million cells).
  const keep = Math.max(height, NEW_SHEET_ROWS);
  if (maxRows > keep) sheet.deleteRows(keep + 1, maxRows - keep);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());

  const cells = values.map((row) => row.map(toCellValue));
  sheet.getRange(1, 1, height, width).setValues(cells);

  // Formats go out per format and per tab (a RangeList each), not per column or per row.
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const bold: string[] = [];
  const byFormat = new Map<string, string[]>();
  spec.blocks.forEach((block, bi) => {
    const headerRow = starts[bi] + 1; // 1-based
    bold.push(a1(headerRow, 1, 1, block.header.length));
    if (block.title !== undefined) bold.push(a1(headerRow - 1, 1, 1, 1));
    if (block.rows.length === 0) return;
    block.kinds.forEach((kind, ci) => {
      const fmt = formatOf(kind, formats);
      if (!fmt) return;
      const list = byFormat.get(fmt) ?? [];
      list.push(a1(headerRow + 1, ci + 1, block.rows.length, 1));
      byFormat.set(fmt, list);
    });
    if (block.scoreColumns && block.scoreColumns.length > 0 && spec.scale) {
      const ranges = block.scoreColumns.map((ci) => sheet.getRange(headerRow + 1, ci + 1, block.rows.length, 1));
      rules.push(
        SpreadsheetApp.newConditionalFormatRule()
          .setGradientMinpointWithValue('#F4C7C3', SpreadsheetApp.InterpolationType.NUMBER, '1')
          .setGradientMidpointWithValue('#FCE8B2', SpreadsheetApp.InterpolationType.NUMBER, String((1 + spec.scale) / 2))
          .setGradientMaxpointWithValue('#B7E1CD', SpreadsheetApp.InterpolationType.NUMBER, String(spec.scale))
          .setRanges(ranges)
          .build(),
      );
    }
  });
  for (const [fmt, list] of byFormat) sheet.getRangeList(list).setNumberFormat(fmt);
  sheet.getRangeList(bold).setFontWeight('bold');
  sheet.setConditionalFormatRules(rules);
  sheet.setFrozenRows(spec.frozenRows);

  const kindsByColumn: ColumnKind[] = [];
  for (const b of spec.blocks) b.kinds.forEach((k, i) => (kindsByColumn[i] ??= k));
  const widthOf = (c: number) => spec.widths?.[c] ?? DEFAULT_WIDTH[kindsByColumn[c] ?? 'text'];
  for (let c = 0; c < width; ) {
    let end = c + 1;
    while (end < width && widthOf(end) === widthOf(c)) end++;
    sheet.setColumnWidths(c + 1, end - c, widthOf(c));
    c = end;
  }

  if (spec.chart) {
    const ch = spec.chart;
    const block = spec.blocks[ch.block];
    const n = block.rows.length - (block.footerRows ?? 0);
    if (n > 0) {
      const headerRow = starts[ch.block] + 1;
      let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = sheet.newChart().asColumnChart();
      for (const col of [ch.labelColumn, ...ch.seriesColumns]) {
        builder = builder.addRange(sheet.getRange(headerRow, col + 1, n + 1, 1));
      }
      const chart = builder
        .setNumHeaders(1)
        .setOption('title', ch.title)
        .setOption('series', { 1: { targetAxisIndex: 1 } })
        .setPosition(headerRow, width + 2, 0, 0)
        .build();
      sheet.insertChart(chart);
    }
  }
}
