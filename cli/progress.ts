import type { CliContext, Lang } from './context';
import { countOf, ROWS } from './i18n';

/** A progress line on stderr: `читаю data.csv… 42 % (1 234 567 строк)` / `reading data.csv… 42% (1,234,567 rows)`, redrawn in place. */
export interface Progress {
  update(bytes: number, rows: number): void;
  /** Replaces the line with a stage name, e.g. "building the ledger…" (only when a line is already shown). */
  note(text: { ru: string; en: string }): void;
  done(): void;
}

const QUIET: Progress = { update() {}, note() {}, done() {} };
const BIG_INPUT = 20 * 1024 * 1024;

/**
 * A progress indicator for long reads, shown only when it helps and cannot corrupt output: stderr is a
 * terminal, the input is big (over 20 MB) or of unknown size (stdin), the format is not JSON, and
 * `--no-progress` is not set. Updates at most 4 times a second.
 */
export function createProgress(ctx: CliContext, label: string, size: number | null, enabled: boolean, lang: Lang): Progress {
  if (!enabled || !ctx.stderr.isTTY || (size !== null && size < BIG_INPUT)) return QUIET;
  let last = 0;
  let shown = false;
  return {
    update(bytes, rows) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const share = size ? Math.min(100, Math.floor((bytes / size) * 100)) : null;
      const pct = share === null ? '' : lang === 'ru' ? ` ${share} %` : ` ${share}%`;
      const count = countOf(lang, rows, ROWS.ru, ROWS.en);
      ctx.stderr.write(`\r\x1b[K${lang === 'ru' ? 'читаю' : 'reading'} ${label}…${pct} (${count})`);
    },
    note(text) {
      if (shown) ctx.stderr.write(`\r\x1b[K${text[lang]}`);
    },
    done() {
      if (shown) ctx.stderr.write('\r\x1b[K');
    },
  };
}
