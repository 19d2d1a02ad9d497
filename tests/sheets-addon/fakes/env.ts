/**
 * State shared by all the fakes of one simulated Apps Script execution environment.
 */
import { CallLog } from './call-log';

/** Mirrors `ScriptApp.AuthMode`. */
export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export type AuthModeValue = (typeof AuthMode)[keyof typeof AuthMode];

export interface FakeEnv {
  log: CallLog;
  /** Authorization mode of the current execution; NONE forbids data and properties access like the real one. */
  authMode: AuthModeValue;
  /** `editor`: a user clicked something (UI available); `trigger`: a time-driven trigger (no UI). */
  context: 'editor' | 'trigger';
  /**
   * The Date constructor of the realm the add-on runs in (the vm context), so `getValues()` returns
   * Dates that pass the add-on's own `instanceof Date`, as in Apps Script.
   */
  DateCtor: DateConstructor;
}

/** Creates an environment in FULL mode, editor context. */
export function createEnv(DateCtor: DateConstructor = Date): FakeEnv {
  return { log: new CallLog(), authMode: AuthMode.FULL, context: 'editor', DateCtor };
}

/** Throws like Apps Script does when a service needing authorization is used in AuthMode.NONE. */
export function requireAuth(env: FakeEnv, what: string): void {
  if (env.authMode === AuthMode.NONE) {
    throw new Error(
      `Exception: You do not have permission to call ${what}. (fake: not allowed in AuthMode.NONE)`,
    );
  }
}

/** True for a Date from any realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
