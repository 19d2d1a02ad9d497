/**
 * Apps Script entry points, and nothing else: every export becomes a top-level function in the built
 * Code.js (see sheets-addon/build.ts). Menu items, the daily trigger and the sidebar's google.script.run
 * call these by name; all logic lives in the modules.
 */
import { langFromLocale, type Lang, t } from './i18n';
import { buildMenu } from './menu';
import { refresh, type RefreshOutcome } from './refresh';
import { loadLanguage, saveLanguage } from './settings';
import { type SaveResult, saveSidebarSettings, type SidebarState, showSidebar, sidebarState, tabColumns, type TabColumns } from './sidebar';
import { turnDailyOff, turnDailyOn } from './triggers';

function currentLang(): Lang {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return loadLanguage(PropertiesService.getDocumentProperties(), ss.getSpreadsheetLocale());
}

/**
 * Simple trigger: adds the menu. In AuthMode.NONE (add-on installed but not yet used in this document)
 * it touches neither the document nor its properties and takes the language from the user's locale.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const lang: Lang =
    e && e.authMode === ScriptApp.AuthMode.NONE ? langFromLocale(Session.getActiveUserLocale()) : currentLang();
  buildMenu(SpreadsheetApp.getUi(), lang);
}

/** Runs when the add-on is installed from inside a document: adds the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: Refresh now. */
export function rfmRefreshNow(): RefreshOutcome {
  const outcome = refresh(true);
  if (outcome.status === 'error') SpreadsheetApp.getUi().alert(outcome.message);
  return outcome;
}

/** Menu: Settings (opens the sidebar). */
export function rfmShowSettings(): void {
  showSidebar();
}

/** Menu: Turn daily refresh on (creates the trigger once per document). */
export function rfmDailyOn(): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = currentLang();
  const created = turnDailyOn(ss, ss.getSpreadsheetTimeZone());
  const msg = created ? t(lang, 'toast.dailyOn', { hour: 6, tz: ss.getSpreadsheetTimeZone() }) : t(lang, 'toast.dailyAlreadyOn');
  ss.toast(msg, t(lang, 'toast.title'), 5);
  return created;
}

/** Menu: Turn daily refresh off. */
export function rfmDailyOff(): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = currentLang();
  const removed = turnDailyOff(ss);
  ss.toast(t(lang, removed > 0 ? 'toast.dailyOff' : 'toast.dailyAlreadyOff'), t(lang, 'toast.title'), 5);
  return removed;
}

/** Menu: Help. */
export function rfmShowHelp(): void {
  const lang = currentLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, 'help.title'), t(lang, 'help.body'), ui.ButtonSet.OK);
}

/** Menu: switch the menu, tabs and labels to the other language. */
export function rfmSwitchLanguage(): Lang {
  const next: Lang = currentLang() === 'ru' ? 'en' : 'ru';
  saveLanguage(PropertiesService.getDocumentProperties(), next);
  buildMenu(SpreadsheetApp.getUi(), next);
  return next;
}

/** The daily trigger's handler: a refresh without UI. */
export function rfmDailyRefresh(): RefreshOutcome {
  return refresh(false);
}

/** Sidebar: initial state. */
export function rfmSidebarState(): SidebarState {
  return sidebarState();
}

/** Sidebar: headers and detected columns of another tab. */
export function rfmTabColumns(tab: string, explicit?: Record<string, string>): TabColumns {
  return tabColumns(tab, explicit ?? {});
}

/** Sidebar: validate and save. */
export function rfmSaveSettings(form: unknown): SaveResult {
  return saveSidebarSettings(form);
}
