/**
 * One simulated Apps Script project bound to one spreadsheet, and a loader that runs the BUILT bundle
 * (`dist/addon/Code.js`) in a `node:vm` context whose globals are these fakes — the way Apps Script
 * runs the pushed file: top-level function declarations become globals, services are globals.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { AuthMode, type AuthModeValue, createEnv, type FakeEnv } from './env';
import {
  createHtmlService,
  createLockService,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUtilities,
  FakeLockState,
  type FakeTrigger,
} from './services';
import { createSpreadsheetApp, FakeSpreadsheet, FakeUi } from './spreadsheet-app';

export { AuthMode } from './env';
export { CallLog } from './call-log';
export { FakeSheet, FakeSpreadsheet, columnLetters, interpretInput } from './spreadsheet-app';

export interface FakeProjectOptions {
  /** Spreadsheet locale, e.g. `ru_RU` (default) or `en_US`. */
  locale?: string;
  /** Spreadsheet time zone (default Europe/Moscow). */
  timeZone?: string;
  /** `Session.getActiveUserLocale()` (default `ru`). */
  userLocale?: string;
  /** Fixed wall clock (ms since epoch) for `new Date()` / `Date.now()` inside the bundle. */
  now?: number;
  /** Directory holding the built add-on (default `dist/addon` of the repo). */
  distDir?: string;
  /**
   * For benchmarks: run Code.js inside a function whose parameters bind the JavaScript built-ins (Math,
   * Uint32Array, …), and publish its top-level functions on the global object. node:vm looks every global
   * up through an interceptor, which makes hot loops several times slower than in any real engine;
   * Apps Script has no such cost. Tests keep the default (the file runs exactly as Apps Script runs it).
   */
  fastGlobals?: boolean;
}

/** Built-ins bound as locals by `fastGlobals`. */
const BUILTINS = [
  'Math', 'Number', 'String', 'Boolean', 'Symbol', 'Object', 'Array', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'Intl',
  'JSON', 'Error', 'TypeError', 'RangeError', 'RegExp', 'Reflect', 'Promise', 'Uint8Array', 'Uint16Array', 'Uint32Array',
  'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'ArrayBuffer', 'isFinite', 'isNaN', 'parseInt',
  'parseFloat', 'Infinity', 'NaN', 'encodeURIComponent', 'decodeURIComponent',
];

/** Code.js wrapped so built-ins are locals and the top-level functions still become globals. */
function withFastGlobals(code: string): string {
  const names = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  const publish = names.map((n) => `globalThis.${n} = ${n};`).join('\n');
  return `(function (${BUILTINS.join(', ')}) {\n${code}\n${publish}\n})(${BUILTINS.join(', ')});`;
}

export interface FakeProject {
  env: FakeEnv;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  documentProperties: ReturnType<typeof createPropertiesService>['document'];
  lock: FakeLockState;
  triggers: FakeTrigger[];
  /** The vm context the bundle runs in. */
  context: vm.Context;
  /** Console lines the bundle printed. */
  logs: string[];
  /**
   * Calls a top-level function of the bundle by name, as Apps Script would, in `authMode`
   * (default FULL) and `context` (editor: UI available; trigger: no UI). Arguments and the result go
   * through JSON, as with `google.script.run`.
   */
  call(name: string, args?: unknown[], opts?: { authMode?: AuthModeValue; context?: 'editor' | 'trigger'; event?: unknown }): unknown;
  /** True when the bundle declares `name` as a top-level function. */
  hasFunction(name: string): boolean;
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist', 'addon');

/** Creates a spreadsheet and the services around it, loads the built bundle, and returns handles to both. */
export function createFakeProject(opts: FakeProjectOptions = {}): FakeProject {
  const distDir = opts.distDir ?? DIST_DIR;
  const code = readFileSync(path.join(distDir, 'Code.js'), 'utf8');
  const sidebar = readFileSync(path.join(distDir, 'sidebar.html'), 'utf8');

  const logs: string[] = [];
  const consoleFake = {
    log: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
    info: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
    warn: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
    error: (...a: unknown[]) => logs.push(a.map(String).join(' ')),
  };
  const context = vm.createContext({ console: consoleFake });
  if (opts.now !== undefined) {
    vm.runInContext(
      `(function (fixed) {
         const RealDate = Date;
         class FixedDate extends RealDate {
           constructor(...a) { if (a.length === 0) super(fixed); else super(...a); }
           static now() { return fixed; }
         }
         globalThis.Date = FixedDate;
       })(${opts.now});`,
      context,
    );
  }
  const DateCtor = vm.runInContext('Date', context) as DateConstructor;
  const env = createEnv(DateCtor);
  const spreadsheet = new FakeSpreadsheet(env, opts.locale ?? 'ru_RU', opts.timeZone ?? 'Europe/Moscow');
  const ui = new FakeUi(env);
  const props = createPropertiesService(env);
  const lock = new FakeLockState();
  const triggers: FakeTrigger[] = [];

  Object.assign(context, {
    SpreadsheetApp: createSpreadsheetApp(env, spreadsheet, ui),
    PropertiesService: props.api,
    LockService: createLockService(env, lock),
    ScriptApp: createScriptApp(env, triggers, spreadsheet.getId()),
    HtmlService: createHtmlService(env, { sidebar }),
    Session: createSession(env, opts.userLocale ?? 'ru', 'Etc/UTC'),
    Utilities: createUtilities(env),
  });
  vm.runInContext(opts.fastGlobals ? withFastGlobals(code) : code, context, { filename: 'Code.js' });

  const toContext = vm.runInContext('(s) => JSON.parse(s)', context) as (s: string) => unknown;

  return {
    env,
    spreadsheet,
    ui,
    documentProperties: props.document,
    lock,
    triggers,
    context,
    logs,
    hasFunction(name) {
      return vm.runInContext(`typeof ${name} === 'function'`, context) as boolean;
    },
    call(name, args = [], o = {}) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`bundle has no top-level function ${name}`);
      const before = { authMode: env.authMode, context: env.context };
      env.authMode = o.authMode ?? AuthMode.FULL;
      env.context = o.context ?? 'editor';
      try {
        const inArgs = args.map((a) => (a === undefined ? undefined : toContext(JSON.stringify(a))));
        if (o.event !== undefined) inArgs.unshift(toContext(JSON.stringify(o.event)));
        const result = (fn as (...a: unknown[]) => unknown)(...inArgs);
        return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
      } finally {
        env.authMode = before.authMode;
        env.context = before.context;
      }
    },
  };
}
