import {
  configVersion,
  parseRulesTable,
  type RunConfig,
  settingsProblemText,
  settingsTabConfig,
  type RunConfigInput,
} from '../../core';
import type { LoadedData } from './snapshot-provider';

/** What happened to the run configuration at a refresh, for the admins. */
export type ConfigEvent =
  | { kind: 'changed'; from: string; to: string }
  | { kind: 'invalid'; version: string; problems: string[] };

/** The run configuration in use, updated from the spreadsheet's settings and Rules tabs at every refresh. */
export interface ConfigKeeper {
  current(): { config: RunConfig; version: string };
  /** Reads the settings and Rules tabs of freshly loaded data (no-op without them); returns what changed. */
  apply(data: LoadedData): ConfigEvent | null;
  /** Called with every event (the bot tells the admins). */
  onEvent(listener: (event: ConfigEvent) => void | Promise<void>): void;
}

/**
 * Keeps the last good run configuration. The first one is `initial` (BOT_RFM_CONFIG or the defaults); when
 * the data carries the add-on's settings tab (and Rules tab), they are parsed with core's settingsTabConfig
 * and parseRulesTable, exactly as the add-on does. A valid tab with a new version replaces the configuration
 * ("changed: X → Y"; the first read at start-up is adopted silently); an invalid one keeps the last good configuration and reports each wrong key with its row.
 * The same invalid tab is reported once, not at every refresh.
 * @example createConfigKeeper(parseRunConfig({}), { timeZone: 'Europe/Moscow' }).current().version // → "…" (10 hex digits)
 */
export function createConfigKeeper(initial: RunConfig, defaults: RunConfigInput): ConfigKeeper {
  let config = initial;
  let version = configVersion(initial);
  let lastProblemKey = '';
  let seenSheet = false;
  const listeners: ((event: ConfigEvent) => void | Promise<void>)[] = [];
  const emit = (event: ConfigEvent) => {
    for (const l of listeners) void Promise.resolve(l(event)).catch(() => {});
    return event;
  };
  return {
    current: () => ({ config, version }),
    onEvent: (listener) => void listeners.push(listener),
    apply: (data) => {
      if (!data.settingsRows) return null;
      const sheet = settingsTabConfig(data.settingsRows, { defaults });
      let problems: string[] = [];
      let next: RunConfig | null = null;
      if (!sheet.ok) problems = sheet.problems.map(settingsProblemText);
      else if (data.rulesRows && data.rulesRows.length > 0) {
        const rules = parseRulesTable(data.rulesRows, sheet.input);
        if (!rules.ok) problems = rules.problems.map((p) => `Rules row ${p.row}, column ${p.column + 1}${p.value ? ` = "${p.value}"` : ''}: ${p.message}`);
        else {
          const withRules = settingsTabConfig(data.settingsRows, { defaults, rules: rules.rules });
          if (withRules.ok) next = withRules.config;
          else problems = withRules.problems.map(settingsProblemText);
        }
      } else next = sheet.config;
      if (!next) {
        const key = problems.join('\n');
        if (key === lastProblemKey) return null;
        lastProblemKey = key;
        return emit({ kind: 'invalid', version, problems });
      }
      lastProblemKey = '';
      const { asOf: _ignored, ...rest } = next; // the bot's as-of is always today in its time zone
      const nextVersion = configVersion(rest as RunConfig);
      const first = !seenSheet;
      seenSheet = true;
      if (nextVersion === version) return null;
      if (first) {
        // The first read of the sheet at start-up adopts its settings; only later edits are news.
        config = rest as RunConfig;
        version = nextVersion;
        return null;
      }
      const event: ConfigEvent = { kind: 'changed', from: version, to: nextVersion };
      config = rest as RunConfig;
      version = nextVersion;
      return emit(event);
    },
  };
}
