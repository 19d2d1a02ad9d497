/**
 * The Rules tab: the segment rule table (ordered, first match wins), which the user may edit. The next
 * refresh reads it back; a rule that does not parse or that the run-config schema rejects is reported
 * with its row and column, and the last good rules are used instead.
 */
import type { Cell, RejectedRow, RunConfigInput, SegmentRule } from '../../../core/index';
import { RunConfigSchema } from '../../../core/index';
import { bi, type Lang, t } from '../i18n';
import type { OutCell, TabSpec } from '../sheet-io';
import { translateMessage } from '../translate-message';

const AXES = ['r', 'f', 'm'] as const;

function header(lang: Lang): string[] {
  return [
    t(lang, 'rules.name'),
    t(lang, 'rules.rFrom'),
    t(lang, 'rules.rTo'),
    t(lang, 'rules.fFrom'),
    t(lang, 'rules.fTo'),
    t(lang, 'rules.mFrom'),
    t(lang, 'rules.mTo'),
    t(lang, 'rules.nameRu'),
    t(lang, 'rules.nameEn'),
  ];
}

/** Builds the Rules tab from a rule table. */
export function rulesTab(rules: readonly SegmentRule[], lang: Lang): TabSpec {
  const rows: OutCell[][] = rules.map((r) => [
    r.name,
    r.r[0],
    r.r[1],
    r.f[0],
    r.f[1],
    r.m[0],
    r.m[1],
    r.names?.ru ?? null,
    r.names?.en ?? null,
  ]);
  return {
    blocks: [{ header: header(lang), kinds: ['text', 'integer', 'integer', 'integer', 'integer', 'integer', 'integer', 'text', 'text'], rows }],
    frozenRows: 1,
    widths: [200, 60, 60, 60, 60, 60, 60, 200, 200],
  };
}

/** The rules read back from the tab, or the problems that stop them being used. */
export type RulesReadBack = { ok: true; rules: SegmentRule[] } | { ok: false; problems: RejectedRow[] };

const isBlank = (v: Cell) => v === null || v === undefined || String(v).trim() === '';

/**
 * Reads the rule table from the tab's values (header in row 1, one rule per row until the first empty
 * row), then validates it with core's RunConfigSchema together with the rest of the configuration, so the
 * checks are exactly the CLI's (scores within 1..scale, lowest ≤ highest). Problems carry the tab's row
 * number and column header.
 */
export function readRulesTab(values: Cell[][], configInput: RunConfigInput, lang: Lang): RulesReadBack {
  const cols = header(lang);
  const problems: RejectedRow[] = [];
  const rules: SegmentRule[] = [];
  const sourceRow: number[] = [];
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (row.every(isBlank)) break;
    const name = String(row[0] ?? '').trim();
    if (name === '') {
      problems.push({ row: i + 1, column: cols[0], value: '', reason: bi(lang, 'нужно название сегмента', 'the segment needs a name') });
      continue;
    }
    const nums: number[] = [];
    for (let c = 1; c <= 6; c++) {
      const v = row[c];
      const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
      if (isBlank(v) || !Number.isInteger(n)) {
        problems.push({ row: i + 1, column: cols[c], value: String(v ?? ''), reason: bi(lang, 'нужно целое число (балл)', 'needs a whole number (a score)') });
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
  if (rules.length === 0) {
    return { ok: false, problems: [{ row: 2, column: cols[0], value: '', reason: t(lang, 'rules.empty') }] };
  }
  const parsed = RunConfigSchema.safeParse({ ...configInput, preset: undefined, segments: rules });
  if (parsed.success) return { ok: true, rules };
  for (const issue of parsed.error.issues) {
    const [head, index, axis] = issue.path;
    if (head === 'segments' && typeof index === 'number') {
      const c = typeof axis === 'string' && (AXES as readonly string[]).includes(axis) ? 1 + 2 * AXES.indexOf(axis as 'r') : 0;
      const rule = rules[index];
      const value = c === 0 ? rule.name : `[${(rule[axis as 'r'] ?? []).join(', ')}]`;
      problems.push({ row: sourceRow[index], column: cols[c], value, reason: translateMessage(lang, issue.message) });
    } else {
      problems.push({ row: 1, column: String(issue.path.join('.')), value: '', reason: translateMessage(lang, issue.message) });
    }
  }
  return { ok: false, problems };
}
