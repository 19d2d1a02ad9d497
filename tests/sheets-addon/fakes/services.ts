/**
 * In-memory PropertiesService, LockService, ScriptApp, HtmlService, Session and Utilities, with the
 * documented limits the add-on must live with (property value size, one time-driven trigger per
 * document for an add-on, no services in AuthMode.NONE, locks that time out).
 */
import { AuthMode, type FakeEnv, isDate, requireAuth } from './env';

/** Apps Script's documented limit for one property value (9 KB). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

export class FakeProperties {
  readonly store = new Map<string, string>();
  constructor(private readonly env: FakeEnv, private readonly kind: string) {}
  private rec(api: string): void {
    this.env.log.record(`Properties(${this.kind}).${api}`);
  }
  getProperty(key: string): string | null {
    this.rec('getProperty');
    return this.store.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.rec('getProperties');
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    this.rec('getKeys');
    return [...this.store.keys()];
  }
  setProperty(key: string, value: string): this {
    this.rec('setProperty');
    this.put(key, value);
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    this.rec('setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(props)) this.put(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.rec('deleteProperty');
    this.store.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.rec('deleteAllProperties');
    this.store.clear();
    return this;
  }
  private put(key: string, value: unknown): void {
    const text = String(value);
    if (new TextEncoder().encode(text).length > PROPERTY_VALUE_LIMIT) {
      throw new Error(`Exception: Argument too large: value (fake: property "${key}" over 9 KB)`);
    }
    this.store.set(key, text);
  }
}

export function createPropertiesService(env: FakeEnv) {
  const doc = new FakeProperties(env, 'document');
  const user = new FakeProperties(env, 'user');
  const script = new FakeProperties(env, 'script');
  return {
    document: doc,
    user,
    script,
    api: {
      getDocumentProperties() {
        env.log.record('PropertiesService.getDocumentProperties');
        requireAuth(env, 'PropertiesService.getDocumentProperties');
        return doc;
      },
      getUserProperties() {
        env.log.record('PropertiesService.getUserProperties');
        requireAuth(env, 'PropertiesService.getUserProperties');
        return user;
      },
      getScriptProperties() {
        env.log.record('PropertiesService.getScriptProperties');
        requireAuth(env, 'PropertiesService.getScriptProperties');
        return script;
      },
    },
  };
}

/** A document lock; `heldElsewhere` simulates another execution holding it. */
export class FakeLockState {
  heldElsewhere = false;
  heldByUs = false;
  acquisitions = 0;
}

export function createLockService(env: FakeEnv, state: FakeLockState) {
  const lock = {
    tryLock(timeoutMs: number): boolean {
      env.log.record('Lock.tryLock');
      if (typeof timeoutMs !== 'number') throw new Error('Exception: tryLock needs a timeout in milliseconds');
      if (state.heldElsewhere) return false;
      state.heldByUs = true;
      state.acquisitions++;
      return true;
    },
    waitLock(timeoutMs: number): void {
      env.log.record('Lock.waitLock');
      if (!lock.tryLock(timeoutMs)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
    },
    hasLock(): boolean {
      return state.heldByUs;
    },
    releaseLock(): void {
      env.log.record('Lock.releaseLock');
      state.heldByUs = false;
    },
  };
  return {
    getDocumentLock() {
      env.log.record('LockService.getDocumentLock');
      requireAuth(env, 'LockService.getDocumentLock');
      return lock;
    },
    getScriptLock() {
      env.log.record('LockService.getScriptLock');
      return lock;
    },
    getUserLock() {
      env.log.record('LockService.getUserLock');
      return lock;
    },
  };
}

export interface FakeTrigger {
  id: string;
  handler: string;
  kind: 'CLOCK';
  everyDays?: number;
  everyHours?: number;
  atHour?: number;
  timeZone?: string;
  documentId: string;
  getHandlerFunction(): string;
  getUniqueId(): string;
  getEventType(): string;
  getTriggerSource(): string;
}

export function createScriptApp(env: FakeEnv, triggers: FakeTrigger[], documentId: string) {
  let next = 1;
  const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_CHANGE: 'ON_CHANGE' };
  const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  return {
    AuthMode,
    EventType,
    AuthorizationStatus,
    TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' },
    WeekDay: { MONDAY: 'MONDAY' },
    getUserTriggers(doc: { getId(): string }) {
      env.log.record('ScriptApp.getUserTriggers');
      requireAuth(env, 'ScriptApp.getUserTriggers');
      return triggers.filter((t) => t.documentId === doc.getId());
    },
    getProjectTriggers() {
      env.log.record('ScriptApp.getProjectTriggers');
      requireAuth(env, 'ScriptApp.getProjectTriggers');
      return [...triggers];
    },
    deleteTrigger(t: FakeTrigger) {
      env.log.record('ScriptApp.deleteTrigger');
      requireAuth(env, 'ScriptApp.deleteTrigger');
      const i = triggers.findIndex((x) => x.id === t.id);
      if (i < 0) throw new Error('Exception: fake: trigger not found');
      triggers.splice(i, 1);
    },
    getAuthorizationInfo(_mode: string) {
      return { getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED, getAuthorizationUrl: () => null };
    },
    newTrigger(handler: string) {
      env.log.record('ScriptApp.newTrigger');
      requireAuth(env, 'ScriptApp.newTrigger');
      const spec: Partial<FakeTrigger> = { handler, kind: 'CLOCK' };
      const clock = {
        everyDays(n: number) {
          spec.everyDays = n;
          return clock;
        },
        everyHours(n: number) {
          if (n < 1) throw new Error('Exception: add-on time-driven triggers can run at most once an hour');
          spec.everyHours = n;
          return clock;
        },
        everyMinutes(_n: number) {
          throw new Error('Exception: add-on time-driven triggers can run at most once an hour');
        },
        atHour(h: number) {
          if (!Number.isInteger(h) || h < 0 || h > 23) throw new Error('Exception: atHour expects 0..23');
          spec.atHour = h;
          return clock;
        },
        nearMinute(_m: number) {
          return clock;
        },
        inTimezone(tz: string) {
          spec.timeZone = tz;
          return clock;
        },
        create(): FakeTrigger {
          env.log.record('ClockTriggerBuilder.create');
          if (!spec.everyDays && !spec.everyHours) throw new Error('Exception: a clock trigger needs a frequency');
          // Add-ons may hold one time-driven trigger per user per document.
          if (triggers.some((t) => t.documentId === documentId && t.kind === 'CLOCK')) {
            throw new Error(
              'Exception: This add-on has created too many time-based triggers in this document for this Google user account.',
            );
          }
          const id = `trigger-${next++}`;
          const t: FakeTrigger = {
            ...(spec as FakeTrigger),
            id,
            documentId,
            getHandlerFunction: () => handler,
            getUniqueId: () => id,
            getEventType: () => EventType.CLOCK,
            getTriggerSource: () => 'CLOCK',
          };
          triggers.push(t);
          return t;
        },
      };
      return { timeBased: () => clock };
    },
  };
}

export class FakeHtmlOutput {
  private title = '';
  width?: number;
  constructor(private content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setContent(c: string): this {
    this.content = c;
    return this;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(_h: number): this {
    return this;
  }
  setSandboxMode(_m: string): this {
    return this;
  }
  setXFrameOptionsMode(_m: string): this {
    return this;
  }
  addMetaTag(_n: string, _c: string): this {
    return this;
  }
}

/** `files` maps a project file name without extension (e.g. `sidebar`) to its HTML. */
export function createHtmlService(env: FakeEnv, files: Record<string, string>) {
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutputFromFile(name: string) {
      env.log.record('HtmlService.createHtmlOutputFromFile');
      const html = files[name];
      if (html === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(html);
    },
    createHtmlOutput(html = '') {
      env.log.record('HtmlService.createHtmlOutput');
      return new FakeHtmlOutput(html);
    },
  };
}

export function createSession(env: FakeEnv, userLocale: string, scriptTimeZone: string) {
  return {
    getActiveUserLocale(): string {
      env.log.record('Session.getActiveUserLocale');
      return userLocale;
    },
    getScriptTimeZone(): string {
      env.log.record('Session.getScriptTimeZone');
      return scriptTimeZone;
    },
    getTemporaryActiveUserKey(): string {
      return 'fake-user-key';
    },
  };
}

/** `Utilities.formatDate` for the patterns yyyy, MM, dd, HH, mm, ss (SimpleDateFormat letters). */
export function createUtilities(env: FakeEnv) {
  return {
    formatDate(date: Date, timeZone: string, pattern: string): string {
      env.log.record('Utilities.formatDate');
      if (!isDate(date)) throw new Error('Exception: formatDate expects a Date');
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
        })
          .formatToParts(new Date(date.getTime()))
          .map((p) => [p.type, p.value]),
      );
      return pattern
        .replace(/yyyy/g, parts.year)
        .replace(/MM/g, parts.month)
        .replace(/dd/g, parts.day)
        .replace(/HH/g, parts.hour)
        .replace(/mm/g, parts.minute)
        .replace(/ss/g, parts.second);
    },
    sleep(_ms: number): void {
      env.log.record('Utilities.sleep');
    },
  };
}
