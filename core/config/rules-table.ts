import type { Cell } from '../ledger/types';
import type { SegmentRule } from '../segments/types';
import { RunConfigSchema, type RunConfigInput } from './run-config';

/** Column order of the Rules tab: name, R from/to, F from/to, M from/to, Russian name, English name. */
export const RULES_TABLE_COLUMNS = ['name', 'rFrom', 'rTo', 'fFrom', 'fTo', 'mFrom', 'mTo', 'nameRu', 'nameEn'] as const;

/** A problem in the Rules tab: 1-based sheet row, 0-based column in {@link RULES_TABLE_COLUMNS}. */
export interface RulesTableProblem {
  row: number;
  column: number;
  value: string;
  /** `name`: a rule without a name; `integer`: a score that is not a whole number; `empty`: no rules; `schema`: the config schema's message. */
  code: 'name' | 'integer' | 'empty' | 'schema';
  /** English text of the problem (for `schema`, the schema's message, e.g. "scores run from 1 to 5; [0, 2] is outside"). */
  message: string;
}

/** The rules read back, or the problems that stop them being used. */
export type RulesTableRead = { ok: true; rules: SegmentRule[] } | { ok: false; problems: RulesTableProblem[] };

/**
 * Data rows of the Rules tab (no header) for a rule table, in {@link RULES_TABLE_COLUMNS} order.
 * @example rulesTableRows([{ name: 'Champions', r: [5, 5], f: [4, 5], m: [4, 5] }]) // → [['Champions', 5, 5, 4, 5, 4, 5, null, null]]
 */
export function rulesTableRows(rules: readonly SegmentRule[]): (string | number | null)[][] {
  return rules.map((r) => [r.name, r.r[0], r.r[1], r.f[0], r.f[1], r.m[0], r.m[1], r.names?.ru ?? null, r.names?.en ?? null]);
}

const isBlank = (v: Cell) => v === null || v === undefined || String(v).trim() === '';
const AXES = ['r', 'f', 'm'] as const;

/**
 * Reads the rule table from the Rules tab's values (header in row 1, one rule per row until the first empty
 * row) and validates it with {@link RunConfigSchema} together with the rest of the configuration (`preset`
 * dropped, `segments` = these rules), so the checks are the CLI's (scores within 1..scale, lowest ≤
 * highest). One function for the add-on and the bot.
 * @example parseRulesTable([['Сегмент'], ['Все', 1, 5, 1, 5, 1, 5]], {}) // → { ok: true, rules: [{ name: 'Все', r: [1, 5], f: [1, 5], m: [1, 5] }] }
 */
export function parseRulesTable(values: readonly (readonly Cell[])[], configInput: RunConfigInput): RulesTableRead {
  const problems: RulesTableProblem[] = [];
  const rules: SegmentRule[] = [];
  const sourceRow: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (row.every(isBlank)) break;
    const name = String(row[0] ?? '').trim();
    if (name === '') {
      problems.push({ row: i + 1, column: 0, value: '', code: 'name', message: 'the segment needs a name' });
      continue;
    }
    const nums: number[] = [];
    for (let c = 1; c <= 6; c++) {
      const v = row[c];
      const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
      if (isBlank(v) || !Number.isInteger(n)) {
        problems.push({ row: i + 1, column: c, value: String(v ?? ''), code: 'integer', message: 'needs a whole number (a score)' });
      }
      nums.push(n);
    }
    const ru = String(row[7] ?? '').trim();
    const en = String(row[8] ?? '').trim();
    const rule: SegmentRule = { name, r: [nums[0], nums[1]], f: [nums[2], nums[3]], m: [nums[4], nums[5]] };
    if (ru || en) rule.names = { ...(ru ? { ru } : {}), ...(en ? { en } : {}) };
    rules.push(rule);
    sourceRow.push(i + 1);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (rules.length === 0) return { ok: false, problems: [{ row: 2, column: 0, value: '', code: 'empty', message: 'the rule table is empty' }] };
  const parsed = RunConfigSchema.safeParse({ ...configInput, preset: undefined, segments: rules });
  if (parsed.success) return { ok: true, rules };
  for (const issue of parsed.error.issues) {
    const [head, index, axis] = issue.path;
    if (head === 'segments' && typeof index === 'number') {
      const c = typeof axis === 'string' && (AXES as readonly string[]).includes(axis) ? 1 + 2 * AXES.indexOf(axis as 'r') : 0;
      const rule = rules[index];
      const value = c === 0 ? rule.name : `[${(rule[axis as 'r'] ?? []).join(', ')}]`;
      problems.push({ row: sourceRow[index], column: c, value, code: 'schema', message: issue.message });
    }
  }
  // Problems outside the rules belong to the settings, which are checked on their own.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}
