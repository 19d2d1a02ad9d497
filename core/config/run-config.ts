import { z } from 'zod';
import { UserInputError } from '../errors';
import { bilingual } from '../ledger/bilingual';
import { translateMessage } from './translate-config-message';
import { FIELD_NAMES, type FieldName } from '../ledger/types';
import { dayFromIso } from '../time/civil-day';

/** Scale of a preset when the config does not set one. */
const PRESET_SCALE = { classic: 5, billz: 3 } as const;

const positiveInt = z.number().int('must be a whole number').positive('must be above 0');

/** Text in Russian and English; a plain string is used for both. */
const textSchema = z.union([
  z.string().min(1, 'must not be empty'),
  z.strictObject({ ru: z.string().min(1, 'must not be empty'), en: z.string().min(1, 'must not be empty') }),
]);

const axisSchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ method: z.literal('quantile') }),
    z.strictObject({
      method: z.literal('thresholds'),
      cuts: z.array(z.number().finite('must be a finite number')).min(1, 'needs at least one cut point'),
    }),
  ],
  { error: 'method must be "quantile" or "thresholds"' },
);

const rangeSchema = z
  .tuple([z.number().int('must be whole numbers'), z.number().int('must be whole numbers')], {
    error: 'must be [lowest, highest] score, e.g. [4, 5]',
  })
  .refine(([lo, hi]) => lo <= hi, 'lowest score must not exceed highest');

const ruleSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty'),
  names: z.strictObject({ ru: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
  r: rangeSchema,
  f: rangeSchema,
  m: rangeSchema,
});

const sleepSchema = z.strictObject({
  boundaryDays: positiveInt.optional(),
  percentile: z.number().gt(0, 'must be above 0').max(100, 'must be at most 100').default(90),
  minGaps: positiveInt.default(30),
  leadDays: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(14),
  crossedDays: positiveInt.default(7),
  personal: z.boolean().default(true),
  personalFactor: z.number().positive('must be above 0').default(2),
  personalMinPurchases: z.number().int('must be a whole number').min(2, 'must be at least 2').default(3),
});

const spikeGuardSchema = z.strictObject({
  excludePromo: z.boolean().default(false),
  capMultiple: z.number().gt(1, 'must be above 1 (an order above capMultiple × the median is capped)').nullable().default(null),
});

const playbookEntrySchema = z.strictObject({
  channel: textSchema.optional(),
  cadence: textSchema.optional(),
  offer: textSchema.optional(),
  maxPerWeek: z.number().int().min(0).max(21).optional(),
});

const columnsSchema = z.record(z.string(), z.string().min(1, 'must name a column')).superRefine((cols, ctx) => {
  for (const key of Object.keys(cols)) {
    if (!(FIELD_NAMES as readonly string[]).includes(key)) {
      ctx.addIssue({ code: 'custom', path: [key], message: `not a known field; fields are: ${FIELD_NAMES.join(', ')}` });
    }
  }
}).transform((cols) => cols as Partial<Record<FieldName, string>>);

const isIanaZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const baseSchema = z.strictObject({
  asOf: z
    .string()
    .refine((s) => s === 'latest' || dayFromIso(s) !== null, 'must be "latest" or a real date YYYY-MM-DD')
    .optional(),
  timeZone: z.string().refine(isIanaZone, 'must be an IANA time zone such as "Europe/Moscow" or "UTC"').default('UTC'),
  windowDays: positiveInt.nullable().default(365),
  scale: z.number().int('must be a whole number').min(2, 'must be 2..10').max(10, 'must be 2..10').optional(),
  recency: axisSchema.default({ method: 'quantile' }),
  frequency: axisSchema.default({ method: 'quantile' }),
  monetary: axisSchema.default({ method: 'quantile' }),
  preset: z.enum(['classic', 'billz'], { error: 'must be "classic" or "billz"' }).optional(),
  segments: z.array(ruleSchema).min(1, 'needs at least one rule').optional(),
  otherSegment: z.string().trim().min(1, 'must not be empty').default('Others'),
  otherSegmentNames: z.strictObject({ ru: z.string().min(1), en: z.string().min(1) }).optional(),
  columns: columnsSchema.optional(),
  dateOrder: z.enum(['dmy', 'mdy'], { error: 'must be "dmy" or "mdy"' }).optional(),
  sleep: sleepSchema.default(sleepSchema.parse({})),
  spikeGuard: spikeGuardSchema.default(spikeGuardSchema.parse({})),
  playbook: z.record(z.string(), playbookEntrySchema).default({}),
  language: z.enum(['ru', 'en'], { error: 'must be "ru" or "en"' }).default('ru'),
});

/**
 * Zod schema of everything one RFM run needs (the `--config` file, the add-on's settings tab, the bot's
 * per-chat settings). Defaults: timeZone UTC, windowDays 365, scale 5 (3 with preset billz), quantile on
 * every axis, preset classic at scale 5 / billz at scale 3, sleep percentile 90 of at least 30 gaps, lead
 * 14 days, just-crossed 7 days, personal boundary = 2 × median own gap for customers with ≥ 3 purchase
 * days, no spike guard, language ru. Cross-field rules: `thresholds` need exactly scale − 1 ascending cut
 * points (monetary cuts in currency units, not cents); rule ranges lie in 1..scale; preset classic is 5-point.
 *
 * @example RunConfigSchema.parse({}).windowDays // → 365
 */
export const RunConfigSchema = baseSchema
  .transform((c) => ({ ...c, scale: c.scale ?? (c.preset ? PRESET_SCALE[c.preset] : 5) }))
  .superRefine((c, ctx) => {
    for (const axis of ['recency', 'frequency', 'monetary'] as const) {
      const spec = c[axis];
      if (spec.method !== 'thresholds') continue;
      const msg = cutsProblem(spec.cuts, c.scale);
      if (msg) ctx.addIssue({ code: 'custom', path: [axis, 'cuts'], message: msg });
    }
    if (c.preset === 'classic' && c.scale !== 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['preset'],
        message: `classic is a 5-point table but scale is ${c.scale}: set scale to 5, use preset "billz" (any scale) or your own segments`,
      });
    }
    (c.segments ?? []).forEach((rule, i) => {
      for (const axis of ['r', 'f', 'm'] as const) {
        const [lo, hi] = rule[axis];
        if (lo < 1 || hi > c.scale) {
          ctx.addIssue({
            code: 'custom',
            path: ['segments', i, axis],
            message: `scores run from 1 to ${c.scale}; [${lo}, ${hi}] is outside`,
          });
        }
      }
    });
  });

/** A validated run configuration with defaults filled in (output of {@link RunConfigSchema}). */
export type RunConfig = z.output<typeof RunConfigSchema>;
/** What a user may write in a config file (input of {@link RunConfigSchema}). */
export type RunConfigInput = z.input<typeof RunConfigSchema>;
/** Binning of one axis: `{method:'quantile'}` or `{method:'thresholds', cuts}`. */
export type AxisMethodConfig = RunConfig['recency'];
/** Sleep-boundary settings (see {@link RunConfigSchema}). */
export type SleepConfig = RunConfig['sleep'];
/** Spike-guard settings (see {@link RunConfigSchema}). */
export type SpikeGuardConfig = RunConfig['spikeGuard'];
/** One user override of the playbook for a segment name. */
export type PlaybookOverride = z.output<typeof playbookEntrySchema>;
/** Text in both languages or one string for both. */
export type TextInput = z.output<typeof textSchema>;

/**
 * Why a list of cut points cannot bin a scale, or null when it can: exactly scale − 1 strictly ascending
 * finite numbers are needed.
 * @example cutsProblem([3, 2], 3) // → "must be ascending (each cut point above the one before): 2 follows 3"
 */
export function cutsProblem(cuts: readonly number[], scale: number): string | null {
  if (cuts.length !== scale - 1) {
    return `needs exactly ${scale - 1} cut points for scale ${scale} (got ${cuts.length})`;
  }
  for (let i = 0; i < cuts.length; i++) {
    if (!Number.isFinite(cuts[i])) return `must be finite numbers: ${cuts[i]} is not`;
    if (i > 0 && !(cuts[i] > cuts[i - 1])) {
      return `must be ascending (each cut point above the one before): ${cuts[i]} follows ${cuts[i - 1]}`;
    }
  }
  return null;
}

/** `recency.cuts`, `segments[0].r`: a zod issue path as a user reads it. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * Validate a parsed JSON configuration and fill in defaults.
 * Throws {@link UserInputError} whose message lists every problem as `key.path: what is wrong`
 * (e.g. `recency.cuts: must be ascending …`) in Russian and English, with `key` set to the first problem's path.
 *
 * @example parseRunConfig({ scale: 3 }).preset // → undefined (rules default to billz at scale 3)
 * @example parseRunConfig({ recency: { method: 'thresholds', cuts: [30, 10, 60, 90] } }) // throws "recency.cuts: must be ascending …"
 */
export function parseRunConfig(json: unknown): RunConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new UserInputError(bilingual('config: нужен объект JSON, например {"scale": 5}', 'config: must be a JSON object such as {"scale": 5}'), 'config');
  }
  const result = RunConfigSchema.safeParse(json);
  if (result.success) return result.data;
  const problems: { path: string; message: string }[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: formatPath([...issue.path, key]), message: 'not a known setting (check the spelling)' });
    } else {
      problems.push({ path: formatPath(issue.path) || 'config', message: issue.message });
    }
  }
  const first = result.error.issues[0];
  const key = first.code === 'unrecognized_keys' ? formatPath([...first.path, first.keys[0]]) : formatPath(first.path);
  const text = (lang: 'ru' | 'en'): string => problems.map((p) => `${p.path}: ${translateMessage(lang, p.message)}`).join('; ');
  throw new UserInputError(bilingual(text('ru'), text('en')), key || 'config');
}
