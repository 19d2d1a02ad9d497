/**
 * Where the add-on keeps its settings: the settings tab of the spreadsheet (one of the add-on's own tabs,
 * remembered by id), read with one getValues and written with one setValues. A document set up before the
 * settings tab existed falls back to the legacy JSON in document properties until the sidebar saves once.
 */
import type { Cell, SettingsProblem } from '../../core/index';
import type { LocaleFormats } from './sheet-io';
import { writeTab } from './sheet-io';
import type { OwnTabs } from './own-tabs';
import { type AddonSettingsInput, legacySettingsInput, settingsFromTab, settingsRows } from './settings';

type Properties = GoogleAppsScript.Properties.Properties;

/** Saved settings and the settings tab's problems (empty when it reads cleanly or does not exist). */
export interface SavedSettings {
  input: AddonSettingsInput | null;
  problems: SettingsProblem[];
  /** The settings tab's name, or null when the settings come from elsewhere. */
  tab: string | null;
}

/** Reads the settings tab (one getValues), or the legacy properties when there is no settings tab. */
export function loadSavedSettings(tabs: OwnTabs, props: Properties): SavedSettings {
  const sheet = tabs.find('settings');
  if (!sheet) return { input: legacySettingsInput(props), problems: [], tab: null };
  const values = sheet.getDataRange().getValues() as Cell[][];
  const { input, problems } = settingsFromTab(values);
  return { input, problems, tab: sheet.getName() };
}

/** Writes the settings tab (created when missing) with one setValues; strings stay text. */
export function saveSettingsTab(tabs: OwnTabs, input: AddonSettingsInput, formats: LocaleFormats): void {
  const rows = settingsRows(input);
  const [note, header, ...data] = rows;
  writeTab(tabs.ensure('settings'), { blocks: [{ title: note[0], header, kinds: ['text', 'text'], rows: data }], frozenRows: 2, widths: [240, 320] }, formats);
}
