/**
 * The daily refresh: one installable time-driven trigger per document (an add-on may hold only one per
 * user per document), created once and removable from the menu.
 */

/** Name of the global function the daily trigger calls (declared in index.ts). */
export const DAILY_HANDLER = 'rfmDailyRefresh';

/** Hour of the day (in the spreadsheet's time zone) the daily refresh runs around. */
export const DAILY_HOUR = 6;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function dailyTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
}

/** True when this document already has the daily refresh trigger. */
export function isDailyOn(ss: Spreadsheet): boolean {
  return dailyTriggers(ss).length > 0;
}

/**
 * Creates the daily trigger unless one exists; returns true when it created one.
 * Runs around DAILY_HOUR in `timeZone`.
 */
export function turnDailyOn(ss: Spreadsheet, timeZone: string): boolean {
  if (isDailyOn(ss)) return false;
  ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).inTimezone(timeZone).create();
  return true;
}

/** Deletes this document's daily trigger(s); returns how many were removed. */
export function turnDailyOff(ss: Spreadsheet): number {
  const found = dailyTriggers(ss);
  for (const t of found) ScriptApp.deleteTrigger(t);
  return found.length;
}
