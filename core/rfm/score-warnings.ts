import type { BilingualText } from '../segments/types';
import type { AxisTable } from './score-axis';
import { DAYS, pluralWord, PURCHASES } from '../plural-word';

/** The axes of a run, as `RfmRun.axes` holds them. */
export type AxisName = 'recency' | 'frequency' | 'monetary';

/** Scores that no customer got on one axis, and why: what a user must know before reading the segments. */
export interface ScoreWarning {
  axis: AxisName;
  method: AxisTable['method'];
  /** Scores no customer got, ascending. */
  emptyScores: number[];
  /**
   * Quantile: the value that most customers share (days, purchases or cents) with how many share it and
   * their share of the scored customers (0..1). Equal values share a score, so this tie is what left the
   * scores empty. null for thresholds (there the cut points decide).
   */
  tie: { value: number; customers: number; share: number } | null;
  message: BilingualText;
}

const LETTER: Record<AxisName, string> = { recency: 'R', frequency: 'F', monetary: 'M' };
const ruNumber = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const ruMoney = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const enMoney = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * One warning per axis where some score went to no customer (none when every score has customers, or when
 * there are fewer customers than scores, which leaves scores empty whatever the values). With quantile scoring that happens when one value is shared by more than 1/scale of
 * the customers: a long window's F = 0 or M = 0 for every lapsed customer, or F = 1 where most customers
 * bought once. The scores left then compare fewer groups than the scale promises, and named segments that
 * need the empty scores stay empty, so the message says which value took them and what evens the groups
 * (thresholds for that axis; a longer window when the tie is "nothing in the window").
 * @param windowDays the run's window (null = all history), to suggest a longer one only where it helps
 * @example scoreWarnings(run.axes, 365)[0].message.en
 *   // → "F: no customer has score 2 or 3: 64.5% of customers have the same value (0 purchases in the window), …"
 */
export function scoreWarnings(axes: Record<AxisName, AxisTable>, windowDays: number | null): ScoreWarning[] {
  const out: ScoreWarning[] = [];
  for (const axis of ['recency', 'frequency', 'monetary'] as const) {
    const t = axes[axis];
    const scored = t.bands.reduce((sum, b) => sum + b.customers, 0);
    if (scored < t.scale) continue; // fewer customers than scores: some are empty whatever the data
    const emptyScores = t.bands.filter((b) => b.customers === 0).map((b) => b.score);
    if (emptyScores.length === 0) continue;
    const letter = LETTER[axis];
    const scores = { ru: scoreList(emptyScores, 'или'), en: scoreList(emptyScores, 'or') };
    const one = emptyScores.length === 1;
    const head = {
      ru: `${letter}: ни у одного клиента нет ${one ? 'балла' : 'баллов'} ${scores.ru}`,
      en: `${letter}: no customer has score ${scores.en}`,
    };
    if (t.method === 'thresholds' || t.mostCommon === null) {
      out.push({
        axis,
        method: t.method,
        emptyScores,
        tie: null,
        message: {
          ru: `${head.ru}: в ${one ? 'его диапазон' : 'их диапазоны'} между порогами не попало ни одно значение. Проверьте пороги ${letter} по таблице порогов.`,
          en: `${head.en}: no value falls in ${one ? 'its range' : 'their ranges'} between the cut points. Check the ${letter} cut points against the thresholds table.`,
        },
      });
      continue;
    }
    const tie = { ...t.mostCommon, share: t.mostCommon.customers / scored };
    const inWindow = windowDays !== null && axis !== 'recency';
    const windowHelps = inWindow && tie.value === 0;
    out.push({
      axis,
      method: t.method,
      emptyScores,
      tie,
      message: {
        ru:
          `${head.ru}: у ${ruNumber.format(tie.share * 100)} % клиентов одно и то же значение (${valueRu(axis, tie.value, inWindow)}), ` +
          `а равные значения всегда получают один балл. Чтобы группы были ровнее: пороги для ${letter}` +
          (windowHelps ? ` или окно длиннее ${windowDays} дн. (windowDays; null — вся история).` : '.'),
        en:
          `${head.en}: ${enNumber.format(tie.share * 100)}% of customers have the same value (${valueEn(axis, tie.value, inWindow)}), ` +
          `and equal values always share a score. For more even groups: thresholds for ${letter}` +
          (windowHelps ? `, or a window longer than ${windowDays} days (windowDays; null = all history).` : '.'),
      },
    });
  }
  return out;
}

/** "2", "2 or 3", "2–4", "2, 3 or 5", "2–4 or 6" (runs of three or more consecutive scores as ranges). */
function scoreList(scores: number[], or: string): string {
  const parts: string[] = [];
  for (let i = 0; i < scores.length; ) {
    let j = i;
    while (j + 1 < scores.length && scores[j + 1] === scores[j] + 1) j++;
    if (j >= i + 2) parts.push(`${scores[i]}–${scores[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(scores[k]));
    i = j + 1;
  }
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${or} ${parts[parts.length - 1]}`;
}

/** "12 дней с последней покупки", "1 покупка в окне", "выручка 0,00 в окне". */
function valueRu(axis: AxisName, v: number, inWindow: boolean): string {
  if (axis === 'recency') return `${ruNumber.format(v)} ${pluralWord('ru', v, DAYS)} с последней покупки`;
  const where = inWindow ? ' в окне' : '';
  if (axis === 'monetary') return `выручка ${ruMoney.format(v / 100)}${where}`;
  return `${ruNumber.format(v)} ${pluralWord('ru', v, PURCHASES)}${where}`;
}

/** "12 days since the last purchase", "1 purchase in the window", "revenue 0.00 in the window". */
function valueEn(axis: AxisName, v: number, inWindow: boolean): string {
  if (axis === 'recency') return `${enNumber.format(v)} ${pluralWord('en', v, DAYS)} since the last purchase`;
  const where = inWindow ? ' in the window' : '';
  if (axis === 'monetary') return `revenue ${enMoney.format(v / 100)}${where}`;
  return `${enNumber.format(v)} ${pluralWord('en', v, PURCHASES)}${where}`;
}
