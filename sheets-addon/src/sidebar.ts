/**
 * Server side of the settings sidebar: what the page shows (tabs, detected columns, saved settings, labels)
 * and saving, with every problem returned next to its field. Validation is core's RunConfigSchema (the
 * CLI's config schema) inside the add-on settings schema, plus checks against the spreadsheet (tabs and
 * columns exist).
 */
import {
  type Cell,
  cellText,
  detectColumns,
  FIELD_NAMES,
  type FieldName,
  findHeaderRow,
  HEADER_SEARCH_LINES,
  parseRunConfig,
  resolveSegmentRules,
  translateMessage,
  UserInputError,
} from '../../core/index';
import { type Lang, SIDEBAR_LABELS, t } from './i18n';
import { buildMenu } from './menu';
import { OwnTabs } from './own-tabs';
import {
  type AddonSettingsInput,
  checkSettings,
  type FieldError,
  loadLanguage,
  rulesSourceChanged,
  saveLanguage,
} from './settings';
import { loadSavedSettings, saveSettingsTab } from './settings-store';
import { localeFormats } from './locale-formats';
import { writeTab } from './sheet-io';
import { rulesTab } from './tabs/rules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Header texts of a tab, or null when the tab does not exist: one read of its first 20 rows, and the header
 * among them as a refresh finds it (core's HeaderSearch: a title row above the header is passed over); row 1
 * when none names the columns.
 */
function headersOf(ss: Spreadsheet, tab: string, explicit: Partial<Record<FieldName, string>>): string[] | null {
  const sheet = ss.getSheetByName(tab);
  if (!sheet) return null;
  const width = sheet.getLastColumn();
  const height = Math.min(sheet.getLastRow(), HEADER_SEARCH_LINES);
  if (width === 0 || height === 0) return [];
  const rows = sheet.getRange(1, 1, height, width).getValues().map((r) => r.map((v) => cellText(v as Cell).trim()));
  const header = findHeaderRow(rows, explicit);
  return header.found ? rows[header.at] : rows[0];
}

/** Columns of a tab and the mapping core detects (field → header text); `error` when detection fails. */
export interface TabColumns {
  headers: string[];
  detected: Partial<Record<FieldName, string>>;
  error: string | null;
}

/** Headers and detected columns of `tab`, with `explicit` mapping applied. */
export function tabColumns(tab: string, explicit: Partial<Record<FieldName, string>> = {}): TabColumns {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const headers = headersOf(ss, tab, explicit);
  if (headers === null) return { headers: [], detected: {}, error: null };
  try {
    const mapping = detectColumns(headers, explicit);
    const detected: Partial<Record<FieldName, string>> = {};
    for (const f of FIELD_NAMES) if (mapping[f] !== undefined) detected[f] = headers[mapping[f] as number];
    return { headers, detected, error: null };
  } catch (err) {
    if (err instanceof UserInputError) return { headers, detected: {}, error: err.message };
    throw err;
  }
}

/** Everything the sidebar page needs to render. */
export interface SidebarState {
  lang: Lang;
  labels: Record<string, string>;
  fields: readonly string[];
  tabs: string[];
  settings: AddonSettingsInput & { language: Lang };
  columns: TabColumns;
  defaultTimeZone: string;
}

/** The sidebar's initial state: saved settings (or sensible defaults) and the spreadsheet's tabs. */
export function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const lang = loadLanguage(props, ss.getSpreadsheetLocale());
  const own = new OwnTabs(ss, props, lang);
  const tabs = own.userTabNames();
  const defaultTimeZone = ss.getSpreadsheetTimeZone();
  const saved = loadSavedSettings(own, props).input;
  const base: AddonSettingsInput = saved ?? { transactionsTab: tabs[0] ?? '', config: {} };
  const settings = { ...base, config: { timeZone: defaultTimeZone, ...base.config }, language: lang };
  const columns = settings.transactionsTab ? tabColumns(settings.transactionsTab, settings.config.columns ?? {}) : { headers: [], detected: {}, error: null };
  return { lang, labels: SIDEBAR_LABELS[lang], fields: FIELD_NAMES, tabs, settings, columns, defaultTimeZone };
}

/** Result of saving: ok, or the problems by field path. */
export type SaveResult = { ok: true; message: string } | { ok: false; errors: FieldError[] };

/** Validates and saves the sidebar's form; nothing is saved when anything is wrong. */
export function saveSidebarSettings(form: unknown): SaveResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const raw = (form ?? {}) as Record<string, unknown>;
  const { language, ...rest } = raw;
  const errors: FieldError[] = [];
  if (language !== 'ru' && language !== 'en') errors.push({ path: 'language', message: 'must be "ru" or "en"' });
  const check = checkSettings(rest);
  if (!check.ok) errors.push(...check.errors);
  const input = rest as unknown as AddonSettingsInput;
  const names = ss.getSheets().map((s) => s.getName());
  for (const key of ['transactionsTab', 'leadsTab', 'targetsTab'] as const) {
    const tab = input[key];
    if (typeof tab === 'string' && tab !== '' && !names.includes(tab) && !errors.some((e) => e.path === key)) {
      errors.push({ path: key, message: `there is no tab "${tab}"` });
    }
  }
  if (!errors.some((e) => e.path === 'transactionsTab' || e.path.startsWith('config.columns')) && typeof input.transactionsTab === 'string') {
    const headers = headersOf(ss, input.transactionsTab, input.config?.columns ?? {}) ?? [];
    try {
      detectColumns(headers, input.config?.columns ?? {});
    } catch (err) {
      if (!(err instanceof UserInputError)) throw err;
      errors.push({ path: 'config.columns', message: err.message });
    }
  }
  const currentLang = loadLanguage(props, ss.getSpreadsheetLocale());
  if (errors.length > 0) {
    const shownIn: Lang = language === 'ru' || language === 'en' ? language : currentLang;
    return { ok: false, errors: errors.map((e) => ({ path: e.path, message: translateMessage(shownIn, e.message) })) };
  }
  const lang = language as Lang;
  const own = new OwnTabs(ss, props, lang);
  const before = loadSavedSettings(own, props).input;
  const formats = localeFormats(ss.getSpreadsheetLocale());
  // The settings tab is the single source: the add-on's refresh and the bot both read it.
  const saved: AddonSettingsInput = { ...input, config: { ...(input.config ?? {}), language: lang } };
  saveSettingsTab(own, saved, formats);
  saveLanguage(props, lang);
  if (lang !== currentLang) buildMenu(SpreadsheetApp.getUi(), lang);
  if (rulesSourceChanged(before, input) || !own.find('rules')) {
    // Where the rules come from changed (preset, scale, catch-all): the Rules tab shows the new table at
    // once, so the bot reading the sheet before the next refresh already sees matching settings and rules.
    const config = parseRunConfig({ timeZone: ss.getSpreadsheetTimeZone(), ...saved.config });
    writeTab(own.ensure('rules'), rulesTab(resolveSegmentRules(config).rules, lang), formats);
  }
  return { ok: true, message: SIDEBAR_LABELS[lang].saved };
}

/** Opens the settings sidebar. */
export function showSidebar(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = loadLanguage(PropertiesService.getDocumentProperties(), ss.getSpreadsheetLocale());
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(t(lang, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(html);
}
