/**
 * The Rules tab: the segment rule table (ordered, first match wins), which the user may edit. The next
 * refresh reads it back; a rule that does not parse or that the run-config schema rejects is reported
 * with its row and column, and the last good rules are used instead.
 */
import type { Cell, RejectedRow, RunConfigInput, SegmentRule } from '../../../core/index';
import { parseRulesTable, rulesTableRows, translateMessage } from '../../../core/index';
import { bi, type Lang, t } from '../i18n';
import type { OutCell, TabSpec } from '../sheet-io';

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
  const rows: OutCell[][] = rulesTableRows(rules);
  return {
    blocks: [{ header: header(lang), kinds: ['text', 'integer', 'integer', 'integer', 'integer', 'integer', 'integer', 'text', 'text'], rows }],
    frozenRows: 1,
    widths: [200, 60, 60, 60, 60, 60, 60, 200, 200],
  };
}

/** The rules read back from the tab, or the problems that stop them being used. */
export type RulesReadBack = { ok: true; rules: SegmentRule[] } | { ok: false; problems: RejectedRow[] };

/**
 * Reads the rule table with core's parseRulesTable (the bot uses the same function), then words its
 * problems in the interface language with the tab's row number and column header.
 */
export function readRulesTab(values: Cell[][], configInput: RunConfigInput, lang: Lang): RulesReadBack {
  const cols = header(lang);
  const read = parseRulesTable(values, configInput);
  if (read.ok) return read;
  const reason = (code: string, message: string): string => {
    if (code === 'name') return bi(lang, 'нужно название сегмента', 'the segment needs a name');
    if (code === 'integer') return bi(lang, 'нужно целое число (балл)', 'needs a whole number (a score)');
    if (code === 'empty') return t(lang, 'rules.empty');
    return translateMessage(lang, message);
  };
  return { ok: false, problems: read.problems.map((p) => ({ row: p.row, column: cols[p.column], value: p.value, reason: reason(p.code, p.message) })) };
}
