/**
 * One refresh: under a document lock, read each input tab once, let core compute everything, write each
 * output tab once, and log the run at the top of the Quality tab. User mistakes (a missing tab, unmappable
 * columns, invalid settings, a broken rule table) end up in the Quality tab and a message, never as a
 * stack trace.
 */
import {
  type Cell,
  dayInTimeZone,
  type IngestResult,
  ingestTable,
  type MigrationMatrix,
  migrationMatrix,
  parseLeads,
  parseRunConfig,
  parseTargetsTable,
  type RejectedRow,
  type RfmRun,
  rfmSnapshots,
  runRfm,
  type RunConfig,
  type RunConfigInput,
  type Scorecard,
  buildScorecard,
  type SegmentRule,
  UserInputError,
  configVersion,
  isoFromDay,
  ledgerVersion,
  settingsProblemText,
  translateMessage,
} from '../../core/index';
import { bi, type Lang, plural, t } from './i18n';
import { lastCompletePeriod } from './kpi-period';
import { localeFormats } from './locale-formats';
import { OwnTabs, type TabKey } from './own-tabs';
import { readTab, type TabSpec, writeTab } from './sheet-io';
import { type AddonSettingsInput, checkSettings, KEYS, loadLanguage } from './settings';
import { loadSavedSettings } from './settings-store';
import { alertsTab } from './tabs/alerts';
import { tabContext } from './tabs/context';
import { customersTab } from './tabs/customers';
import { kpiTab } from './tabs/kpi';
import { migrationTab } from './tabs/migration';
import { qualityTab, qualityWarnings, type Warning } from './tabs/quality';
import { readRulesTab, rulesTab } from './tabs/rules';
import { segmentsTab } from './tabs/segments';
import { thresholdsTab } from './tabs/thresholds';

/** How long a refresh waits for another one to finish before giving up (ms). */
const LOCK_WAIT_MS = 5_000;

/** What a refresh did, for the caller (menu handler or trigger) to report. */
export interface RefreshOutcome {
  status: 'ok' | 'busy' | 'error';
  message: string;
  customers?: number;
  rows?: number;
  warnings?: number;
  /** Version of the configuration used (settings tab + Rules tab), as shown in the Quality tab. */
  configVersion?: string;
  /** Version of the ledger snapshot read from the transactions tab. */
  ledgerVersion?: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/**
 * The settings to use: the settings tab's (a mistake there stops the refresh with its row and key), else
 * the first user tab as transactions and defaults for the rest.
 */
function effectiveSettings(props: Properties, tabs: OwnTabs, lang: Lang): AddonSettingsInput | null {
  const saved = loadSavedSettings(tabs, props);
  if (saved.problems.length > 0) {
    const message = saved.problems.map((p) => translateMessage(lang, settingsProblemText(p))).join('; ');
    throw new UserInputError(t(lang, 'error.settingsTab', { tab: saved.tab ?? '', message }), saved.problems[0].key);
  }
  if (saved.input) return saved.input;
  const first = tabs.userTabNames()[0];
  return first === undefined ? null : { transactionsTab: first, config: {} };
}

/** The last rule table that passed validation, saved in document properties. */
function lastGoodRules(props: Properties): SegmentRule[] | null {
  try {
    const text = props.getProperty(KEYS.rules);
    return text ? (JSON.parse(text) as SegmentRule[]) : null;
  } catch {
    return null;
  }
}

function saveGoodRules(props: Properties, rules: SegmentRule[]): void {
  try {
    props.setProperty(KEYS.rules, JSON.stringify(rules));
  } catch {
    // A very long rule table can exceed the 9 KB property limit; the tab itself still holds it.
  }
}

function nowText(tz: string): string {
  return Utilities.formatDate(new Date(), tz, 'yyyy-MM-dd HH:mm');
}

interface KpiPart {
  card: Scorecard | null;
  migration: MigrationMatrix | null;
  problem: string | null;
  rejected: { tab: string; rows: RejectedRow[] }[];
}

/** Scorecard and migration for the last complete period, from core (leads and targets when given). */
function computeKpis(
  ss: Spreadsheet,
  settings: AddonSettingsInput,
  ledger: IngestResult['ledger'],
  config: RunConfig,
  run: RfmRun,
  sheetTz: string,
  lang: Lang,
): KpiPart {
  const rejected: KpiPart['rejected'] = [];
  try {
    const period = lastCompletePeriod(run.asOf, settings.kpiPeriod ?? 'month');
    const snapshotAt = rfmSnapshots(ledger, config);
    let leads = null;
    if (settings.leadsTab) {
      const rows = readTab(ss, settings.leadsTab);
      if (rows === null) throw new UserInputError(t(lang, 'error.noTab', { tab: settings.leadsTab }), 'leadsTab');
      if (rows.length > 0) {
        const parsed = parseLeads(rows, { timeZone: sheetTz, dateOrder: config.dateOrder });
        leads = parsed.leads;
        if (parsed.rejected.length > 0) rejected.push({ tab: settings.leadsTab, rows: parsed.rejected });
      }
    }
    let targets = undefined;
    if (settings.targetsTab) {
      const rows = readTab(ss, settings.targetsTab);
      if (rows === null) throw new UserInputError(t(lang, 'error.noTab', { tab: settings.targetsTab }), 'targetsTab');
      if (rows.length > 0) {
        const parsed = parseTargetsTable(rows);
        targets = parsed.targets;
        if (parsed.rejected.length > 0) rejected.push({ tab: settings.targetsTab, rows: parsed.rejected });
      }
    }
    const card = buildScorecard({ ledger, period, baseMode: 'previous', snapshotAt, leads, targets });
    const migration = migrationMatrix(ledger, period.start, period.end, snapshotAt);
    return { card, migration, problem: null, rejected };
  } catch (err) {
    if (!(err instanceof UserInputError)) throw err;
    return { card: null, migration: null, problem: err.messageIn(lang), rejected };
  }
}

/**
 * Runs one refresh of the active spreadsheet. `interactive`: a user clicked (toasts and alerts allowed);
 * otherwise the daily trigger (no UI).
 */
export function refresh(interactive: boolean): RefreshOutcome {
  const started = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const locale = ss.getSpreadsheetLocale();
  const sheetTz = ss.getSpreadsheetTimeZone();
  const lang = loadLanguage(props, locale);
  const toast = (msg: string) => {
    if (interactive) ss.toast(msg, t(lang, 'toast.title'), 10);
  };

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    const message = t(lang, 'toast.busy');
    toast(message);
    return { status: 'busy', message };
  }
  const tabs = new OwnTabs(ss, props, lang);
  const formats = localeFormats(locale);
  const write = (key: TabKey, spec: TabSpec) => writeTab(tabs.ensure(key), spec, formats);
  let settings: AddonSettingsInput | null = null;
  try {
    settings = effectiveSettings(props, tabs, lang);
    if (!settings) throw new UserInputError(t(lang, 'error.notConfigured'), 'transactionsTab');
    const configInput: RunConfigInput = { timeZone: sheetTz, ...settings.config, language: lang };
    const check = checkSettings({ ...settings, config: configInput });
    if (!check.ok) {
      throw new UserInputError(t(lang, 'error.settings', { message: check.errors.map((e) => `${e.path}: ${translateMessage(lang, e.message)}`).join('; ') }), check.errors[0].path);
    }

    toast(t(lang, 'toast.reading', { tab: settings.transactionsTab }));
    const rows = readTab(ss, settings.transactionsTab);
    if (rows === null) throw new UserInputError(t(lang, 'error.noTransactionsTab', { tab: settings.transactionsTab }), 'transactionsTab');
    if (rows.length === 0) throw new UserInputError(t(lang, 'error.emptyTab', { tab: settings.transactionsTab }), 'transactionsTab');

    // The Rules tab, as the user left it, unless the settings changed where rules come from.
    let ruleProblems: RejectedRow[] = [];
    let rules: SegmentRule[] | null = null;
    const rulesSheet = tabs.find('rules');
    const reset = props.getProperty(KEYS.rulesReset) === '1';
    if (rulesSheet && !reset) {
      const back = readRulesTab(rulesSheet.getDataRange().getValues() as Cell[][], configInput, lang);
      if (back.ok) {
        rules = back.rules;
        saveGoodRules(props, rules);
      } else {
        ruleProblems = back.problems;
        rules = lastGoodRules(props);
      }
    }
    const config = parseRunConfig(rules ? { ...configInput, preset: undefined, segments: rules } : configInput);

    const today = dayInTimeZone(Date.now(), config.timeZone);
    toast(t(lang, 'toast.computing', { rows: plural(lang, rows.length - 1, 'row') }));
    const { ledger, quality, aboveHeader } = ingestTable(rows, {
      columns: config.columns,
      dateOrder: config.dateOrder,
      timeZone: sheetTz,
      today,
      locale: lang,
    });
    const run = runRfm(ledger, config, { today });
    const kpis = computeKpis(ss, settings, ledger, config, run, sheetTz, lang);

    toast(t(lang, 'toast.writing'));
    const ctx = tabContext(run, lang);
    write('customers', customersTab(run, ctx));
    write('segments', segmentsTab(run, ctx));
    write('alerts', alertsTab(run, ctx));
    write('kpi', kpiTab(kpis.card, lang, kpis.problem));
    write('migration', migrationTab(kpis.migration, ctx, kpis.problem));
    write('thresholds', thresholdsTab(run, ctx));
    const rulesTabName = rulesSheet?.getName() ?? t(lang, 'tab.rules');
    // A rule table with mistakes stays as the user left it, so they can fix it.
    if (ruleProblems.length === 0) write('rules', rulesTab(run.segmentRules.rules, lang));
    props.deleteProperty(KEYS.rulesReset);

    const warnings: Warning[] = [];
    const rulesSource = bi(lang, 'Правила', 'Rules');
    for (const w of run.segmentRules.warnings) warnings.push({ source: rulesSource, message: w.message[lang] });
    for (const w of run.dataWarnings) warnings.push({ source: bi(lang, 'Данные', 'Data'), message: w[lang] });
    for (const w of run.scoreWarnings) warnings.push({ source: bi(lang, 'Баллы', 'Scores'), message: w.message[lang] });
    if (run.sleep.estimate.status === 'insufficient') warnings.push({ source: bi(lang, 'Граница засыпания', 'Sleep boundary'), message: run.sleep.description[lang] });
    if (run.spikeGuard.enabled) {
      warnings.push({
        source: bi(lang, 'Защита от всплесков', 'Spike guard'),
        message: bi(lang, `изменены баллы: ${plural('ru', run.spikeGuard.customersChanged, 'customer')}`, `scores changed for ${plural('en', run.spikeGuard.customersChanged, 'customer')}`),
      });
    }
    if (aboveHeader.length > 0) {
      const list = aboveHeader.map((a) => `${a.row}: «${a.text}»`).join('; ');
      warnings.push({
        source: bi(lang, 'Данные', 'Data'),
        message: bi(lang, `над заголовком пропущено: ${plural('ru', aboveHeader.length, 'row')} (${list})`, `passed over above the header: ${plural('en', aboveHeader.length, 'row')} (${list})`),
      });
    }
    warnings.push(...qualityWarnings(quality, lang));
    if (kpis.problem) warnings.push({ source: 'KPI', message: kpis.problem });
    for (const r of kpis.rejected) {
      for (const x of r.rows) warnings.push({ source: r.tab, message: `${bi(lang, 'строка', 'row')} ${x.row}, «${x.column}» = «${x.value}»: ${x.reason}` });
    }
    const warningCount = warnings.length + (ruleProblems.length > 0 ? 1 : 0);
    const versions = { config: configVersion(config), ledger: ledgerVersion(ledger) };
    const versionLine = t(lang, 'quality.versions', { config: versions.config, ledger: versions.ledger, asOf: isoFromDay(run.asOf) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const runLog = t(lang, 'quality.runLog', {
      when: nowText(sheetTz),
      tz: sheetTz,
      rows: plural(lang, quality.totalRows, 'row'),
      duration: seconds,
      warnings: warningCount,
    });
    write('quality', qualityTab({ lang, runLog, versionLine, quality, sourceTab: settings.transactionsTab, ruleProblems, rulesTab: rulesTabName, warnings, unscored: run.unscored }));
    const message = t(lang, 'toast.done', { seconds, customers: plural(lang, run.customers.length, 'customer'), warnings: warningCount });
    toast(message);
    return { status: 'ok', message, customers: run.customers.length, rows: quality.totalRows, warnings: warningCount, configVersion: versions.config, ledgerVersion: versions.ledger };
  } catch (err) {
    const userMistake = err instanceof UserInputError;
    const text = err instanceof UserInputError ? err.messageIn(lang) : err instanceof Error ? err.message : String(err);
    const runLog = t(lang, 'quality.runLogFailed', { when: nowText(sheetTz), tz: sheetTz, message: text });
    try {
      write('quality', qualityTab({ lang, runLog, quality: null, sourceTab: settings?.transactionsTab ?? '', ruleProblems: [], rulesTab: '', warnings: [] }));
    } catch {
      // The spreadsheet itself failed; the original error below says more than this one.
    }
    const message = t(lang, 'error.failed', { message: text });
    if (!userMistake) throw err;
    toast(message);
    return { status: 'error', message };
  } finally {
    lock.releaseLock();
  }
}
