/**
 * The add-on's settings live in the spreadsheet itself, in the settings tab ("RFM Настройки" / "RFM
 * Settings": key / value rows written by the sidebar, read with core's settingsTabConfig), so the bot
 * reading the sheet through the Google API sees exactly what the add-on uses. Document properties keep only
 * per-document plumbing: the menu language, the add-on's tab ids, the last good rule table. Validation is
 * core's RunConfigSchema (the same schema as the CLI's --config).
 */
import { z } from 'zod';
import { type Cell, readSettingsTab, RunConfigSchema, type RunConfigInput, type SettingsProblem, settingsTabRows } from '../../core/index';
import { type Lang, langFromLocale } from './i18n';

type Properties = GoogleAppsScript.Properties.Properties;

/** Document-property keys. */
export const KEYS = {
  /** Legacy: settings saved as JSON before the settings tab existed; read only when there is no settings tab. */
  settings: 'rfmPulse.settings',
  language: 'rfmPulse.language',
  rules: 'rfmPulse.rules',
  rulesReset: 'rfmPulse.rulesReset',
  tabs: 'rfmPulse.tabs',
} as const;

/** The add-on settings schema; `config` is core's RunConfigSchema itself. */
export const AddonSettingsSchema = z.strictObject({
  transactionsTab: z.string().trim().min(1, 'choose the tab with the transactions'),
  leadsTab: z.string().trim().min(1).nullable().default(null),
  targetsTab: z.string().trim().min(1).nullable().default(null),
  /** KPI and migration period: the last complete calendar month or quarter before the as-of date. */
  kpiPeriod: z.enum(['month', 'quarter'], { error: 'must be "month" or "quarter"' }).default('month'),
  config: RunConfigSchema,
});

/** Settings as the user enters them (config before defaults). */
export interface AddonSettingsInput {
  transactionsTab: string;
  leadsTab?: string | null;
  targetsTab?: string | null;
  kpiPeriod?: 'month' | 'quarter';
  config: RunConfigInput;
}

/** A problem with one setting, for display next to its field. */
export interface FieldError {
  /** Dotted path of the field, e.g. `config.recency.cuts`, `transactionsTab`. */
  path: string;
  message: string;
}

/** Result of validating settings. */
export type SettingsCheck =
  | { ok: true; settings: z.output<typeof AddonSettingsSchema>; input: AddonSettingsInput }
  | { ok: false; errors: FieldError[] };

function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Validates settings with the schema; every problem comes back with its field path.
 * @example checkSettings({ transactionsTab: 'Sales', config: { scale: 11 } }) // → { ok: false, errors: [{ path: 'config.scale', message: 'must be 2..10' }] }
 */
export function checkSettings(input: unknown): SettingsCheck {
  const result = AddonSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data, input: input as AddonSettingsInput };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: dotted([...issue.path, key]), message: 'not a known setting' });
    } else {
      errors.push({ path: dotted(issue.path), message: issue.message });
    }
  }
  return { ok: false, errors };
}

/** Settings read from the settings tab's values, with the problems core found (row, key, value, reason). */
export function settingsFromTab(values: Cell[][]): { input: AddonSettingsInput | null; problems: SettingsProblem[] } {
  const read = readSettingsTab(values);
  const wb = read.workbook;
  if (!wb.transactionsTab) return { input: null, problems: read.problems };
  const input: AddonSettingsInput = {
    transactionsTab: wb.transactionsTab,
    leadsTab: wb.leadsTab ?? null,
    targetsTab: wb.targetsTab ?? null,
    ...(wb.kpiPeriod ? { kpiPeriod: wb.kpiPeriod } : {}),
    config: read.input,
  };
  return { input, problems: read.problems };
}

/** Legacy settings saved in document properties (before the settings tab), or null. */
export function legacySettingsInput(props: Properties): AddonSettingsInput | null {
  const text = props.getProperty(KEYS.settings);
  if (!text) return null;
  try {
    return JSON.parse(text) as AddonSettingsInput;
  } catch {
    return null;
  }
}

/** The settings tab's rows (note, header, key / value rows) for settings as entered. */
export function settingsRows(input: AddonSettingsInput): string[][] {
  return settingsTabRows(input.config, {
    transactionsTab: input.transactionsTab,
    leadsTab: input.leadsTab ?? null,
    targetsTab: input.targetsTab ?? null,
    kpiPeriod: input.kpiPeriod,
  });
}

/** The interface language: the saved choice, else the spreadsheet's locale. */
export function loadLanguage(props: Properties, locale: string): Lang {
  const saved = props.getProperty(KEYS.language);
  return saved === 'ru' || saved === 'en' ? saved : langFromLocale(locale);
}

/** Saves the interface language. */
export function saveLanguage(props: Properties, lang: Lang): void {
  props.setProperty(KEYS.language, lang);
}

/**
 * True when a settings change alters the rule table's source (preset, scale, rules, catch-all), so the
 * next refresh must rewrite the Rules tab from the settings instead of reading the user's copy back.
 */
export function rulesSourceChanged(before: AddonSettingsInput | null, after: AddonSettingsInput): boolean {
  const pick = (s: AddonSettingsInput | null) =>
    JSON.stringify([s?.config?.preset ?? null, s?.config?.scale ?? null, s?.config?.segments ?? null, s?.config?.otherSegment ?? null]);
  return pick(before) !== pick(after);
}
