/**
 * The output tabs the add-on owns, remembered by sheet id in document properties, so a refresh replaces
 * only its own tabs: a user's tab that happens to carry the same name is never touched (the add-on's tab
 * gets a numbered name instead), and a user may rename the add-on's tabs.
 */
import { type Lang, t } from './i18n';
import { KEYS } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** The output tabs, in the order they are created. */
export const TAB_KEYS = ['customers', 'segments', 'alerts', 'kpi', 'migration', 'quality', 'thresholds', 'rules', 'settings'] as const;
export type TabKey = (typeof TAB_KEYS)[number];

export class OwnTabs {
  private readonly sheets: Sheet[];
  private readonly registry: Partial<Record<TabKey, number>>;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly props: Properties,
    private readonly lang: Lang,
  ) {
    this.sheets = ss.getSheets();
    let saved: Partial<Record<TabKey, number>> = {};
    try {
      saved = JSON.parse(props.getProperty(KEYS.tabs) ?? '{}') as Partial<Record<TabKey, number>>;
    } catch {
      saved = {};
    }
    this.registry = saved;
  }

  /** The add-on's tab for `key`, or null when it does not exist (yet, or any more). */
  find(key: TabKey): Sheet | null {
    const id = this.registry[key];
    if (id === undefined) return null;
    return this.sheets.find((s) => s.getSheetId() === id) ?? null;
  }

  /** True when `sheet` is one of the add-on's tabs. */
  owns(sheet: Sheet): boolean {
    const ids = Object.values(this.registry);
    return ids.includes(sheet.getSheetId());
  }

  /** Names of the sheets that are not the add-on's (the user's tabs). */
  userTabNames(): string[] {
    return this.sheets.filter((s) => !this.owns(s)).map((s) => s.getName());
  }

  /** The add-on's tab for `key`, created (with a name no user tab has) when missing. */
  ensure(key: TabKey): Sheet {
    const found = this.find(key);
    if (found) return found;
    const base = t(this.lang, `tab.${key}`);
    const taken = new Set(this.sheets.map((s) => s.getName()));
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base} (${i})`;
    const sheet = this.ss.insertSheet(name, this.sheets.length);
    this.sheets.push(sheet);
    this.registry[key] = sheet.getSheetId();
    this.props.setProperty(KEYS.tabs, JSON.stringify(this.registry));
    return sheet;
  }
}
