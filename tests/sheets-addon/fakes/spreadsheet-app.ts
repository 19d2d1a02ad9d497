/**
 * An in-memory SpreadsheetApp, faithful to the documented behaviour the add-on relies on:
 * - `getRange` is 1-based and throws outside the sheet's grid (new sheets are 1000 × 26, like real ones);
 * - `setValues` / `setNumberFormats` throw when the array's shape does not match the range;
 * - strings are interpreted like typed input: a leading `'` makes the rest literal text; `=…` is a formula;
 *   `+…`, `-…`, `@…` that are not numbers become formulas too (#ERROR!); numeric, boolean and ISO-date
 *   looking strings are converted. That is exactly the behaviour the add-on must defend against;
 * - `getValues` returns '' for empty cells, numbers, booleans and Date objects (of the add-on's realm).
 * Every API call is recorded in the shared CallLog. Test-only inspection goes through `inspect*` methods,
 * which are not recorded.
 */
import { type FakeEnv, isDate, requireAuth } from './env';

export type StoredValue = string | number | boolean | Date;

/** Column letters of a 1-based column number. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseA1(a1: string): { row: number; col: number; numRows: number; numCols: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found (fake: unsupported A1 "${a1}")`);
  const colOf = (s: string) => [...s.toUpperCase()].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = colOf(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? colOf(m[3]) : c1;
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

/** What a cell holds after a write: its value, the formula if the input became one, and whether it was quoted. */
interface Interpreted {
  value: StoredValue;
  formula?: string;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Interprets one input value as Sheets does for user-entered values. */
export function interpretInput(v: unknown, where: string, DateCtor: DateConstructor): Interpreted {
  if (v === null || v === '') return { value: '' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`fake: non-finite number ${v} written at ${where}`);
    return { value: v };
  }
  if (typeof v === 'boolean') return { value: v };
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw new Error(`fake: invalid Date written at ${where}`);
    return { value: new DateCtor(v.getTime()) };
  }
  if (typeof v !== 'string') {
    throw new Error(`fake: cannot write a value of type ${v === undefined ? 'undefined' : typeof v} at ${where}`);
  }
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith('=')) return { value: '#FORMULA!', formula: v };
  const t = v.trim();
  if (NUMERIC.test(t)) return { value: Number(t) };
  if (/^[+\-@]/.test(v)) return { value: '#ERROR!', formula: `=${v}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const d = ISO_DATE.exec(t);
  if (d) return { value: new DateCtor(Number(d[1]), Number(d[2]) - 1, Number(d[3])) };
  return { value: v };
}

function shapeCheck(values: unknown, numRows: number, numCols: number): void {
  if (!Array.isArray(values)) throw new Error('Exception: The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
  if (values.length !== numRows) {
    throw new Error(
      `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${numRows}.`,
    );
  }
  for (const row of values) {
    if (!Array.isArray(row) || row.length !== numCols) {
      throw new Error(
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${numCols}.`,
      );
    }
  }
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private rec(api: string): void {
    this.sheet.env.log.record(`Range.${api}`, this.sheet.name, this.getA1NotationQuiet());
  }

  private getA1NotationQuiet(): string {
    const a = `${columnLetters(this.col)}${this.row}`;
    if (this.numRows === 1 && this.numCols === 1) return a;
    return `${a}:${columnLetters(this.col + this.numCols - 1)}${this.row + this.numRows - 1}`;
  }

  getA1Notation(): string {
    return this.getA1NotationQuiet();
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }

  getValues(): StoredValue[][] {
    this.rec('getValues');
    return this.sheet.readValues(this.row, this.col, this.numRows, this.numCols);
  }
  getDisplayValues(): string[][] {
    this.rec('getDisplayValues');
    return this.sheet.readValues(this.row, this.col, this.numRows, this.numCols).map((r) => r.map((v) => String(v)));
  }
  getValue(): StoredValue {
    this.rec('getValue');
    return this.sheet.readValues(this.row, this.col, 1, 1)[0][0];
  }
  getFormulas(): string[][] {
    this.rec('getFormulas');
    return this.sheet.readFormulas(this.row, this.col, this.numRows, this.numCols);
  }
  setValues(values: unknown[][]): FakeRange {
    this.rec('setValues');
    shapeCheck(values, this.numRows, this.numCols);
    this.sheet.writeValues(this.row, this.col, values);
    return this;
  }
  setValue(value: unknown): FakeRange {
    this.rec('setValue');
    this.sheet.writeValues(this.row, this.col, [[value]]);
    return this;
  }
  setNumberFormat(format: string): FakeRange {
    this.rec('setNumberFormat');
    if (typeof format !== 'string') throw new Error('Exception: setNumberFormat expects a string');
    const grid = Array.from({ length: this.numRows }, () => Array.from({ length: this.numCols }, () => format));
    this.sheet.writeFormats(this.row, this.col, grid);
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.rec('setNumberFormats');
    shapeCheck(formats, this.numRows, this.numCols);
    for (const r of formats) for (const f of r) if (typeof f !== 'string') throw new Error('Exception: number formats must be strings');
    this.sheet.writeFormats(this.row, this.col, formats);
    return this;
  }
  getNumberFormats(): string[][] {
    this.rec('getNumberFormats');
    return this.sheet.readFormats(this.row, this.col, this.numRows, this.numCols);
  }
  getNumberFormat(): string {
    this.rec('getNumberFormat');
    return this.sheet.readFormats(this.row, this.col, 1, 1)[0][0];
  }
  setFontWeight(weight: string | null): FakeRange {
    this.rec('setFontWeight');
    this.sheet.styles.push({ a1: this.getA1NotationQuiet(), fontWeight: weight });
    return this;
  }
  setBackground(color: string | null): FakeRange {
    this.rec('setBackground');
    this.sheet.styles.push({ a1: this.getA1NotationQuiet(), background: color });
    return this;
  }
  setWrap(wrap: boolean): FakeRange {
    this.rec('setWrap');
    this.sheet.styles.push({ a1: this.getA1NotationQuiet(), wrap });
    return this;
  }
  clearContent(): FakeRange {
    this.rec('clearContent');
    const blank = Array.from({ length: this.numRows }, () => Array.from({ length: this.numCols }, () => ''));
    this.sheet.writeValues(this.row, this.col, blank);
    return this;
  }
}

/** Sheet.getRangeList(): the same operation on several ranges in one call. */
export class FakeRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly ranges: FakeRange[],
  ) {}
  private rec(api: string): void {
    this.sheet.env.log.record(`RangeList.${api}`, this.sheet.name, this.ranges.map((r) => r.getA1Notation()).join(','));
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setNumberFormat(format: string): this {
    this.rec('setNumberFormat');
    for (const r of this.ranges) {
      this.sheet.writeFormats(r.row, r.col, Array.from({ length: r.numRows }, () => Array.from({ length: r.numCols }, () => format)));
    }
    return this;
  }
  setFontWeight(weight: string | null): this {
    this.rec('setFontWeight');
    for (const r of this.ranges) this.sheet.styles.push({ a1: r.getA1Notation(), fontWeight: weight });
    return this;
  }
}

export interface ConditionalFormatRule {
  ranges: FakeRange[];
  gradient?: { min?: { color: string; type?: string; value?: string }; mid?: { color: string; type?: string; value?: string }; max?: { color: string; type?: string; value?: string } };
  getRanges(): FakeRange[];
}

export class FakeConditionalFormatRuleBuilder {
  private ranges: FakeRange[] = [];
  private gradient: NonNullable<ConditionalFormatRule['gradient']> = {};
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges;
    return this;
  }
  setGradientMinpoint(color: string): this {
    this.gradient.min = { color, type: 'MIN' };
    return this;
  }
  setGradientMaxpoint(color: string): this {
    this.gradient.max = { color, type: 'MAX' };
    return this;
  }
  setGradientMinpointWithValue(color: string, type: string, value: string): this {
    this.gradient.min = { color, type, value };
    return this;
  }
  setGradientMidpointWithValue(color: string, type: string, value: string): this {
    this.gradient.mid = { color, type, value };
    return this;
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string): this {
    this.gradient.max = { color, type, value };
    return this;
  }
  build(): ConditionalFormatRule {
    if (this.ranges.length === 0) throw new Error('Exception: a conditional format rule needs at least one range');
    const ranges = this.ranges;
    return { ranges, gradient: this.gradient, getRanges: () => ranges };
  }
}

let chartIds = 0;

export interface FakeChart {
  type: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position?: { row: number; col: number; offsetX: number; offsetY: number };
  getChartId(): number;
  getRanges(): FakeRange[];
  getOptions(): { get(key: string): unknown };
}

export class FakeChartBuilder {
  private type = 'UNSET';
  private ranges: FakeRange[] = [];
  private options: Record<string, unknown> = {};
  private position?: FakeChart['position'];
  constructor(private readonly sheet: FakeSheet) {}
  asColumnChart(): this {
    this.type = 'COLUMN';
    return this;
  }
  asBarChart(): this {
    this.type = 'BAR';
    return this;
  }
  asPieChart(): this {
    this.type = 'PIE';
    return this;
  }
  addRange(range: FakeRange): this {
    if (range.getSheet() !== this.sheet) throw new Error('fake: chart range must be on the chart\'s sheet');
    this.ranges.push(range);
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    this.position = { row, col, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    this.options.title = title;
    return this;
  }
  setNumHeaders(n: number): this {
    this.options.numHeaders = n;
    return this;
  }
  build(): FakeChart {
    if (this.type === 'UNSET') throw new Error('fake: chart type not set');
    if (this.ranges.length === 0) throw new Error('Exception: A chart needs at least one data range.');
    const id = ++chartIds;
    const { type, ranges, options, position } = this;
    return {
      type,
      ranges,
      options,
      position,
      getChartId: () => id,
      getRanges: () => ranges,
      getOptions: () => ({ get: (k: string) => options[k] }),
    };
  }
}

export class FakeSheet {
  private values: StoredValue[][] = [];
  private formulas: (string | undefined)[][] = [];
  private formats: (string | undefined)[][] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  readonly columnWidths = new Map<number, number>();
  conditionalRules: ConditionalFormatRule[] = [];
  charts: FakeChart[] = [];
  styles: Array<{ a1: string; fontWeight?: string | null; background?: string | null; wrap?: boolean }> = [];
  private static nextId = 1;
  readonly sheetId = FakeSheet.nextId++;

  constructor(
    readonly env: FakeEnv,
    readonly parent: FakeSpreadsheet,
    public name: string,
  ) {}

  private rec(api: string): void {
    this.env.log.record(`Sheet.${api}`, this.name);
  }

  // ---- API ----
  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.rec('setName');
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getParent(): FakeSpreadsheet {
    return this.parent;
  }
  getLastRow(): number {
    this.rec('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.rec('getLastColumn');
    return this.lastCol();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  insertRowsAfter(after: number, howMany: number): this {
    this.rec('insertRowsAfter');
    if (after < 1 || after > this.maxRows || howMany < 1) throw new Error('Exception: Those rows are out of bounds.');
    this.values.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.formulas.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.formats.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): this {
    this.rec('insertColumnsAfter');
    if (after < 1 || after > this.maxCols || howMany < 1) throw new Error('Exception: Those columns are out of bounds.');
    for (const grid of [this.values, this.formulas, this.formats] as unknown[][][]) {
      for (const row of grid) if (row.length > after) row.splice(after, 0, ...Array.from({ length: howMany }, () => undefined));
    }
    this.maxCols += howMany;
    return this;
  }
  deleteRows(start: number, howMany: number): void {
    this.rec('deleteRows');
    if (start < 1 || start + howMany - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error('Exception: You can\'t delete all the rows on the sheet.');
    this.values.splice(start - 1, howMany);
    this.formulas.splice(start - 1, howMany);
    this.formats.splice(start - 1, howMany);
    this.maxRows -= howMany;
  }
  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): FakeRange {
    this.rec('getRange');
    let r: number;
    let c: number;
    let nr: number;
    let nc: number;
    if (typeof a === 'string') {
      ({ row: r, col: c, numRows: nr, numCols: nc } = parseA1(a));
    } else {
      r = a;
      c = col as number;
      nr = numRows ?? 1;
      nc = numCols ?? 1;
    }
    for (const [n, label] of [[r, 'row'], [c, 'column']] as const) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`Exception: Range not found (fake: ${label} ${n})`);
    }
    if (!Number.isInteger(nr) || nr < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (!Number.isInteger(nc) || nc < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (r + nr - 1 > this.maxRows || c + nc - 1 > this.maxCols) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, r, c, nr, nc);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    this.rec('getRangeList');
    if (!Array.isArray(a1s) || a1s.length === 0) throw new Error('Exception: getRangeList needs at least one A1 notation');
    const ranges = a1s.map((x) => {
      const { row, col, numRows, numCols } = parseA1(x);
      if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
        throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
      }
      return new FakeRange(this, row, col, numRows, numCols);
    });
    return new FakeRangeList(this, ranges);
  }
  getDataRange(): FakeRange {
    this.rec('getDataRange');
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastCol()));
  }
  clear(): this {
    this.rec('clear');
    this.values = [];
    this.formulas = [];
    this.formats = [];
    this.conditionalRules = [];
    this.styles = [];
    return this;
  }
  clearContents(): this {
    this.rec('clearContents');
    this.values = [];
    this.formulas = [];
    return this;
  }
  clearFormats(): this {
    this.rec('clearFormats');
    this.formats = [];
    this.conditionalRules = [];
    this.styles = [];
    return this;
  }
  setFrozenRows(n: number): void {
    this.rec('setFrozenRows');
    this.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(n: number): void {
    this.rec('setFrozenColumns');
    this.frozenCols = n;
  }
  setColumnWidth(col: number, width: number): this {
    this.rec('setColumnWidth');
    this.columnWidths.set(col, width);
    return this;
  }
  setColumnWidths(start: number, howMany: number, width: number): this {
    this.rec('setColumnWidths');
    for (let i = 0; i < howMany; i++) this.columnWidths.set(start + i, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 100;
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.rec('setConditionalFormatRules');
    for (const rule of rules) for (const r of rule.getRanges()) if (r.getSheet() !== this) throw new Error('fake: rule range on another sheet');
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.rec('getConditionalFormatRules');
    return [...this.conditionalRules];
  }
  newChart(): FakeChartBuilder {
    this.rec('newChart');
    return new FakeChartBuilder(this);
  }
  insertChart(chart: FakeChart): void {
    this.rec('insertChart');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.rec('getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.rec('removeChart');
    const i = this.charts.indexOf(chart);
    if (i < 0) throw new Error('fake: chart not on this sheet');
    this.charts.splice(i, 1);
  }
  activate(): this {
    this.rec('activate');
    this.parent.active = this;
    return this;
  }

  // ---- storage (used by FakeRange; not API) ----
  lastRow(): number {
    for (let r = this.values.length - 1; r >= 0; r--) {
      const row = this.values[r];
      if (row && row.some((v) => v !== '' && v !== undefined)) return r + 1;
    }
    return 0;
  }
  lastCol(): number {
    let max = 0;
    for (const row of this.values) {
      if (!row) continue;
      for (let c = row.length - 1; c >= max; c--) {
        if (row[c] !== '' && row[c] !== undefined) {
          max = c + 1;
          break;
        }
      }
    }
    return max;
  }
  readValues(row: number, col: number, nr: number, nc: number): StoredValue[][] {
    const D = this.env.DateCtor;
    const out: StoredValue[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const src = this.values[row - 1 + i];
      const line: StoredValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const v = src ? src[col - 1 + j] : undefined;
        line[j] = v === undefined ? '' : isDate(v) ? new D(v.getTime()) : v;
      }
      out[i] = line;
    }
    return out;
  }
  readFormulas(row: number, col: number, nr: number, nc: number): string[][] {
    return Array.from({ length: nr }, (_, i) =>
      Array.from({ length: nc }, (_, j) => this.formulas[row - 1 + i]?.[col - 1 + j] ?? ''),
    );
  }
  readFormats(row: number, col: number, nr: number, nc: number): string[][] {
    return Array.from({ length: nr }, (_, i) =>
      Array.from({ length: nc }, (_, j) => this.formats[row - 1 + i]?.[col - 1 + j] ?? 'General'),
    );
  }
  writeValues(row: number, col: number, values: unknown[][]): void {
    const D = this.env.DateCtor;
    for (let i = 0; i < values.length; i++) {
      const r = row - 1 + i;
      const vrow = (this.values[r] ??= []);
      const frow = (this.formulas[r] ??= []);
      for (let j = 0; j < values[i].length; j++) {
        const c = col - 1 + j;
        const it = interpretInput(values[i][j], `${columnLetters(c + 1)}${r + 1} of "${this.name}"`, D);
        vrow[c] = it.value;
        frow[c] = it.formula;
      }
    }
  }
  writeFormats(row: number, col: number, formats: string[][]): void {
    for (let i = 0; i < formats.length; i++) {
      const r = (this.formats[row - 1 + i] ??= []);
      for (let j = 0; j < formats[i].length; j++) r[col - 1 + j] = formats[i][j];
    }
  }

  // ---- test inspection (not recorded) ----
  /** All values from A1 to the last cell with content, '' for empty cells. */
  inspectValues(): StoredValue[][] {
    return this.readValues(1, 1, this.lastRow(), this.lastCol());
  }
  inspectFormulas(): string[][] {
    return this.readFormulas(1, 1, this.lastRow(), this.lastCol());
  }
  inspectFormats(): string[][] {
    return this.readFormats(1, 1, this.lastRow(), this.lastCol());
  }
  /** Writes values as if the user typed them (not recorded). */
  userWrite(row: number, col: number, values: unknown[][]): void {
    const needRows = row + values.length - 1;
    const needCols = col + values.reduce((w, r) => Math.max(w, r.length), 0) - 1;
    if (needRows > this.maxRows) this.maxRows = needRows;
    if (needCols > this.maxCols) this.maxCols = needCols;
    this.writeValues(row, col, values);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  readonly toasts: Array<{ message: string; title?: string; timeout?: number }> = [];

  constructor(
    private readonly env: FakeEnv,
    public locale = 'ru_RU',
    public timeZone = 'Europe/Moscow',
    readonly id = 'fake-spreadsheet-id',
    readonly name = 'Продажи',
  ) {}

  private rec(api: string, sheet?: string): void {
    this.env.log.record(`Spreadsheet.${api}`, sheet);
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getSheets(): FakeSheet[] {
    this.rec('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.rec('getSheetByName', name);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    this.rec('insertSheet', name);
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === sheetName)) {
      throw new Error(`Exception: A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.env, this, sheetName);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.rec('deleteSheet', sheet.name);
    if (this.sheets.length === 1) throw new Error('Exception: You can\'t remove all the sheets in a document.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
  }
  getActiveSheet(): FakeSheet {
    return this.active ?? this.sheets[0];
  }
  getSpreadsheetLocale(): string {
    this.rec('getSpreadsheetLocale');
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.rec('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.rec('toast');
    this.toasts.push({ message: String(message), title, timeout: timeoutSeconds });
  }

  /** Test helper: adds a sheet filled with `rows` as the user would (not recorded). */
  addUserSheet(name: string, rows: unknown[][]): FakeSheet {
    const sheet = new FakeSheet(this.env, this, name);
    this.sheets.push(sheet);
    if (rows.length > 0) sheet.userWrite(1, 1, rows);
    return sheet;
  }
  /** Test helper: the sheet named `name` or an error (not recorded). */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet "${name}"; sheets are ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }
}

export interface FakeMenu {
  title: string;
  kind: 'addon' | 'menu';
  items: Array<{ caption: string; fn: string } | { separator: true } | { submenu: FakeMenu }>;
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: Array<{ title: string; html: string }> = [];
  readonly dialogs: Array<{ title: string; html: string }> = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };

  constructor(private readonly env: FakeEnv) {}

  private menu(title: string, kind: FakeMenu['kind']) {
    const m: FakeMenu = { title, kind, items: [] };
    const ui = this;
    const api = {
      addItem(caption: string, fn: string) {
        if (typeof fn !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(fn)) throw new Error(`fake: menu item "${caption}" needs a function name`);
        m.items.push({ caption, fn });
        return api;
      },
      addSeparator() {
        m.items.push({ separator: true });
        return api;
      },
      addSubMenu(sub: { __menu: FakeMenu }) {
        m.items.push({ submenu: sub.__menu });
        return api;
      },
      addToUi() {
        ui.env.log.record('Menu.addToUi');
        ui.menus.push(m);
      },
      __menu: m,
    };
    return api;
  }

  createAddonMenu() {
    this.env.log.record('Ui.createAddonMenu');
    return this.menu('(add-on)', 'addon');
  }
  createMenu(title: string) {
    this.env.log.record('Ui.createMenu');
    return this.menu(title, 'menu');
  }
  showSidebar(html: { getContent(): string; getTitle(): string }): void {
    this.env.log.record('Ui.showSidebar');
    this.sidebars.push({ title: html.getTitle(), html: html.getContent() });
  }
  showModalDialog(html: { getContent(): string }, title: string): void {
    this.env.log.record('Ui.showModalDialog');
    this.dialogs.push({ title, html: html.getContent() });
  }
  alert(a: string, b?: string): string {
    this.env.log.record('Ui.alert');
    this.alerts.push(b === undefined || typeof b !== 'string' ? a : `${a}: ${b}`);
    return 'OK';
  }
}

/** Builds the `SpreadsheetApp` global over one spreadsheet. */
export function createSpreadsheetApp(env: FakeEnv, spreadsheet: FakeSpreadsheet, ui: FakeUi) {
  return {
    InterpolationType: { MIN: 'MIN', MAX: 'MAX', NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE' },
    getActiveSpreadsheet(): FakeSpreadsheet {
      env.log.record('SpreadsheetApp.getActiveSpreadsheet');
      requireAuth(env, 'SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive(): FakeSpreadsheet {
      env.log.record('SpreadsheetApp.getActive');
      requireAuth(env, 'SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getUi(): FakeUi {
      env.log.record('SpreadsheetApp.getUi');
      if (env.context === 'trigger') throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
      return new FakeConditionalFormatRuleBuilder();
    },
    flush(): void {
      env.log.record('SpreadsheetApp.flush');
    },
  };
}
