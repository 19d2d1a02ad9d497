import { UserInputError } from '../errors';
import { bilingual } from '../ledger/bilingual';

/**
 * Segment weights for segment-weighted revenue from text `Champions=1.5,Loyal=1.2,new=1` or a JSON object
 * `{"Champions": 1.5}`. Weights must be finite numbers ≥ 0. Throws {@link UserInputError} naming the bad entry.
 *
 * @example parseWeights('Champions=1.5, At Risk=1,2') // → { Champions: 1.5, 'At Risk': 1.2 }
 */
export function parseWeights(input: string | Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  const entries: [string, unknown][] = typeof input === 'string'
    ? input.split(/[,;](?=[^=,;]*=)/).filter((s) => s.trim() !== '').map((s) => {
        const k = s.indexOf('=');
        if (k < 0) throw new UserInputError(bilingual(`веса: «${s.trim()}» нужно писать как Сегмент=1.5`, `weights: "${s.trim()}" must look like Segment=1.5`), 'weights');
        return [s.slice(0, k).trim(), s.slice(k + 1).trim().replace(',', '.')];
      })
    : Object.entries(input);
  for (const [name, raw] of entries) {
    const w = typeof raw === 'number' ? raw : Number(raw);
    if (!name || !Number.isFinite(w) || w < 0) throw new UserInputError(bilingual(`веса: в «${name}=${String(raw)}» нужны имя сегмента и число ≥ 0`, `weights: "${name}=${String(raw)}" needs a segment name and a number ≥ 0`), 'weights');
    out[name] = w;
  }
  return out;
}
