/**
 * The add-on menu. Built from names only, so it works in AuthMode.NONE (no properties, no data).
 */
import { type Lang, t } from './i18n';

/** Global function names the menu items call (declared in index.ts). */
export const MENU_HANDLERS = {
  refresh: 'rfmRefreshNow',
  settings: 'rfmShowSettings',
  dailyOn: 'rfmDailyOn',
  dailyOff: 'rfmDailyOff',
  help: 'rfmShowHelp',
  language: 'rfmSwitchLanguage',
} as const;

/**
 * Adds the "RFM Pulse" add-on menu in `lang`: Refresh now; Settings; Turn daily refresh on / off;
 * Help; and a switch to the other language.
 */
export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  ui.createAddonMenu()
    .addItem(t(lang, 'menu.refresh'), MENU_HANDLERS.refresh)
    .addItem(t(lang, 'menu.settings'), MENU_HANDLERS.settings)
    .addSeparator()
    .addItem(t(lang, 'menu.dailyOn'), MENU_HANDLERS.dailyOn)
    .addItem(t(lang, 'menu.dailyOff'), MENU_HANDLERS.dailyOff)
    .addSeparator()
    .addItem(t(lang, 'menu.help'), MENU_HANDLERS.help)
    .addItem(t(lang, 'menu.language'), MENU_HANDLERS.language)
    .addToUi();
}
