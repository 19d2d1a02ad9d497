import type { Cell } from '../ledger/types';
import type { SegmentRule } from '../segments/types';
import { isoFromDay } from '../time/civil-day';
import { RunConfigSchema, type RunConfig, type RunConfigInput } from './run-config';

/**
 * Settings that are not part of the run configuration but live in the same tab: which tabs hold the data
 * and the KPI period of the add-on.
 */
export interface WorkbookSettings {
  transactionsTab?: string;
  leadsTab?: string | null;
  targetsTab?: string | null;
  kpiPeriod?: 'month' | 'quarter';
}

type KeyKind = 'string' | 'int' | 'number' | 'numbers' | 'bool' | 'intOrNone' | 'numberOrNone' | 'json' | 'date';

/** Every key of the settings tab and how its value is written, in the order the tab lists them. */
const KEYS: [string, KeyKind][] = [
  ['tabs.transactions', 'string'],
  ['tabs.leads', 'string'],
  ['tabs.targets', 'string'],
  ['kpi.period', 'string'],
  ['language', 'string'],
  ['timeZone', 'string'],
  ['asOf', 'date'],
  ['windowDays', 'intOrNone'],
  ['scale', 'int'],
  ['preset', 'string'],
  ['recency.method', 'string'],
  ['recency.cuts', 'numbers'],
  ['frequency.method', 'string'],
  ['frequency.cuts', 'numbers'],
  ['monetary.method', 'string'],
  ['monetary.cuts', 'numbers'],
  ['otherSegment', 'string'],
  ['otherSegmentNames.ru', 'string'],
  ['otherSegmentNames.en', 'string'],
  ['dateOrder', 'string'],
  ['sleep.boundaryDays', 'int'],
  ['sleep.percentile', 'number'],
  ['sleep.minGaps', 'int'],
  ['sleep.leadDays', 'int'],
  ['sleep.crossedDays', 'int'],
  ['sleep.personal', 'bool'],
  ['sleep.personalFactor', 'number'],
  ['sleep.personalMinPurchases', 'int'],
  ['spikeGuard.excludePromo', 'bool'],
  ['spikeGuard.capMultiple', 'numberOrNone'],
  ['playbook', 'json'],
];
const KIND = new Map<string, KeyKind>(KEYS);
const WORKBOOK_KEYS: Record<string, keyof WorkbookSettings> = {
  'tabs.transactions': 'transactionsTab',
  'tabs.leads': 'leadsTab',
  'tabs.targets': 'targetsTab',
  'kpi.period': 'kpiPeriod',
};

/** The note in the tab's first row (a row whose key starts with `#` is a comment). */
export const SETTINGS_NOTE =
  '# Управляется боковой панелью RFM Pulse (меню RFM Pulse → Настройки); правила сегментов — на вкладке «Правила». ' +
  'Managed by the RFM Pulse sidebar (menu RFM Pulse → Settings); segment rules are in the Rules tab.';

/** Header row of the tab. */
export const SETTINGS_HEADER = ['Параметр / Key', 'Значение / Value'];

/** A problem with one row of the settings tab (1-based row, the key, the value as written, why). */
export interface SettingsProblem {
  row: number;
  key: string;
  value: string;
  reason: string;
}

/** The settings tab read back: the configuration as entered (no defaults), the workbook settings, problems. */
export interface SettingsTabRead {
  input: RunConfigInput;
  workbook: WorkbookSettings;
  problems: SettingsProblem[];
  /** Row of each key, to place the schema's problems. */
  rowOf: Record<string, number>;
}

function numbersText(xs: readonly number[]): string {
  return xs.join('; ');
}

/**
 * The rows of the settings tab (note, header, one `key | value` row per setting that is set) for a
 * configuration as entered and the workbook settings. `segments` are not written: they belong to the Rules
 * tab. Values are plain text a person can read and edit: `recency.cuts | 115; 181; 297; 482`,
 * `windowDays | none`, `sleep.personal | true`.
 * @example settingsTabRows({ scale: 5, sleep: { leadDays: 14 } }).slice(2) // → [['scale', '5'], ['sleep.leadDays', '14']]
 */
export function settingsTabRows(input: RunConfigInput, workbook: WorkbookSettings = {}): string[][] {
  const flat = new Map<string, unknown>();
  const walk = (prefix: string, v: unknown) => {
    if (KIND.has(prefix)) {
      flat.set(prefix, v);
      return;
    }
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(prefix ? `${prefix}.${k}` : k, x);
    } else if (prefix.startsWith('columns.')) flat.set(prefix, v);
  };
  const { segments: _segments, ...rest } = input as RunConfigInput & Record<string, unknown>;
  walk('', rest);
  for (const [key, field] of Object.entries(WORKBOOK_KEYS)) {
    const v = workbook[field];
    if (v !== undefined && v !== null && v !== '') flat.set(key, v);
  }
  const rows: string[][] = [[SETTINGS_NOTE, ''], [...SETTINGS_HEADER]];
  const order = [...KEYS.map(([k]) => k), ...[...flat.keys()].filter((k) => k.startsWith('columns.')).sort()];
  for (const key of order) {
    if (!flat.has(key)) continue;
    const v = flat.get(key);
    if (v === undefined) continue;
    let text: string;
    if (v === null) text = 'none';
    else if (Array.isArray(v)) text = numbersText(v as number[]);
    else if (typeof v === 'object') text = JSON.stringify(v);
    else text = String(v);
    rows.push([key, text]);
  }
  return rows;
}

const isBlank = (v: Cell) => v === null || v === undefined || String(v).trim() === '';

/** A number as people type it: `0,5`, `1 000`, or a number cell. */
function toNumber(v: Cell): number {
  if (typeof v === 'number') return v;
  const s = String(v).trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  return s === '' ? NaN : Number(s);
}

function convert(kind: KeyKind, v: Cell): { ok: true; value: unknown } | { ok: false; reason: string } {
  const text = String(v instanceof Date ? v.toISOString() : v).trim();
  const none = /^(none|нет|null|-|—)$/i.test(text);
  switch (kind) {
    case 'string':
      return { ok: true, value: text };
    case 'int':
    case 'number': {
      const n = toNumber(v);
      if (!Number.isFinite(n)) return { ok: false, reason: 'must be a number' };
      return { ok: true, value: n };
    }
    case 'intOrNone':
    case 'numberOrNone': {
      if (none) return { ok: true, value: null };
      const n = toNumber(v);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'must be a number or "none"' };
    }
    case 'numbers': {
      const parts = text.split(/\s*;\s*/).filter((p) => p !== '');
      const ns = parts.map((p) => toNumber(p));
      if (parts.length === 0 || ns.some((n) => !Number.isFinite(n))) {
        return { ok: false, reason: 'must be numbers separated by ";", e.g. 30; 90; 180; 365' };
      }
      return { ok: true, value: ns };
    }
    case 'bool':
      if (typeof v === 'boolean') return { ok: true, value: v };
      if (/^(true|yes|да|1|истина)$/i.test(text)) return { ok: true, value: true };
      if (/^(false|no|нет|0|ложь)$/i.test(text)) return { ok: true, value: false };
      return { ok: false, reason: 'must be true or false' };
    case 'date':
      // A date cell read unformatted arrives as a spreadsheet serial number (days since 1899-12-30).
      if (typeof v === 'number' && Number.isInteger(v)) return { ok: true, value: isoFromDay(v - 25569) };
      return { ok: true, value: text };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, reason: 'must be JSON, e.g. {"Champions": {"offer": "early access"}}' };
      }
  }
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (const p of path.slice(0, -1)) {
    if (!cur[p] || typeof cur[p] !== 'object') cur[p] = {};
    cur = cur[p] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

/**
 * Reads the settings tab's values (column A key, column B value; empty keys, `#` comments and the header are
 * skipped; an empty value means "default"). Unknown keys, repeated keys and values of the wrong kind are
 * problems naming the row and key; the schema's own checks run in {@link settingsTabConfig}.
 * @example readSettingsTab([['scale', 3], ['recency.cuts', '30; 90']]).input // → { scale: 3, recency: { cuts: [30, 90] } }
 */
export function readSettingsTab(values: readonly (readonly Cell[])[]): SettingsTabRead {
  const input: Record<string, unknown> = {};
  const workbook: WorkbookSettings = {};
  const problems: SettingsProblem[] = [];
  const rowOf: Record<string, number> = {};
  values.forEach((cells, i) => {
    const row = i + 1;
    const key = String(cells[0] ?? '').trim();
    if (key === '' || key.startsWith('#') || key === SETTINGS_HEADER[0]) return;
    const raw = cells[1];
    if (isBlank(raw)) return;
    const shown = String(raw);
    if (rowOf[key] !== undefined) {
      problems.push({ row, key, value: shown, reason: `repeats row ${rowOf[key]}; keep one` });
      return;
    }
    rowOf[key] = row;
    const kind: KeyKind | undefined = KIND.get(key) ?? (key.startsWith('columns.') ? 'string' : undefined);
    if (!kind) {
      problems.push({ row, key, value: shown, reason: 'not a known setting (check the spelling)' });
      return;
    }
    const c = convert(kind, raw);
    if (!c.ok) {
      problems.push({ row, key, value: shown, reason: c.reason });
      return;
    }
    const wb = WORKBOOK_KEYS[key];
    if (wb) {
      (workbook as Record<string, unknown>)[wb] = c.value;
      return;
    }
    setPath(input, key.startsWith('columns.') ? ['columns', key.slice('columns.'.length)] : key.split('.'), c.value);
  });
  if (workbook.kpiPeriod !== undefined && workbook.kpiPeriod !== 'month' && workbook.kpiPeriod !== 'quarter') {
    problems.push({ row: rowOf['kpi.period'], key: 'kpi.period', value: String(workbook.kpiPeriod), reason: 'must be "month" or "quarter"' });
    delete workbook.kpiPeriod;
  }
  return { input: input as RunConfigInput, workbook, problems, rowOf };
}

/** The configuration a spreadsheet describes, or the problems with its settings tab. */
export type SettingsTabConfig =
  | { ok: true; config: RunConfig; input: RunConfigInput; workbook: WorkbookSettings }
  | { ok: false; problems: SettingsProblem[]; input: RunConfigInput; workbook: WorkbookSettings };

/** Key of a schema issue path as written in the tab (`recency.cuts`, `segments[2].r`). */
function keyOfPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/**
 * Validates a settings tab (plus the rules read from the Rules tab, when given) with the CLI's
 * {@link RunConfigSchema}. `defaults` fill keys the tab leaves empty (e.g. the spreadsheet's time zone).
 * Every problem names the tab's row and key, e.g. `row 7, recency.cuts: needs exactly 4 cut points…`.
 * @example settingsTabConfig([['scale', 'five']]) // → { ok: false, problems: [{ row: 1, key: 'scale', value: 'five', reason: 'must be a number' }], … }
 */
export function settingsTabConfig(
  values: readonly (readonly Cell[])[],
  opts: { rules?: readonly SegmentRule[] | null; defaults?: RunConfigInput } = {},
): SettingsTabConfig {
  const read = readSettingsTab(values);
  const input: RunConfigInput = { ...(opts.defaults ?? {}), ...read.input };
  if (read.problems.length > 0) return { ok: false, problems: read.problems, input, workbook: read.workbook };
  const full = opts.rules ? { ...input, preset: undefined, segments: opts.rules } : input;
  const parsed = RunConfigSchema.safeParse(full);
  if (parsed.success) return { ok: true, config: parsed.data, input, workbook: read.workbook };
  const problems: SettingsProblem[] = [];
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => keyOfPath([...issue.path, k])) : [keyOfPath(issue.path)];
    for (const key of keys) {
      const tabKey = Object.keys(read.rowOf).find((k) => key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}[`)) ?? key;
      const row = read.rowOf[tabKey] ?? 0;
      const raw = values[row - 1]?.[1];
      problems.push({
        row,
        key: tabKey || 'settings',
        value: raw === undefined || raw === null ? '' : String(raw),
        reason: issue.code === 'unrecognized_keys' ? 'not a known setting (check the spelling)' : issue.message,
      });
    }
  }
  return { ok: false, problems, input, workbook: read.workbook };
}

/**
 * One line per problem, as shown to an admin or a CLI user: `row 7, recency.cuts = "30; 10": must be ascending…`.
 * @example settingsProblemText({ row: 3, key: 'scale', value: 'five', reason: 'must be a number' }) // → 'row 3, scale = "five": must be a number'
 */
export function settingsProblemText(p: SettingsProblem): string {
  return `${p.row > 0 ? `row ${p.row}, ` : ''}${p.key}${p.value !== '' ? ` = "${p.value}"` : ''}: ${p.reason}`;
}

