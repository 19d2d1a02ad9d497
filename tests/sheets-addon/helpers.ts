/**
 * Shared by the add-on tests: builds the bundle once per test file into a temporary directory (so test
 * files never race on dist/), creates fake projects over it, and provides a small sales table.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAddon } from '../../sheets-addon/build';
import { createFakeProject, type FakeProject, type FakeProjectOptions } from './fakes/index';

/** Builds the add-on into a fresh temporary directory; returns it and the entry-point names. */
export async function buildToTemp(): Promise<{ distDir: string; names: string[] }> {
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'rfm-addon-'));
  const names = await buildAddon(distDir);
  return { distDir, names };
}

/** 2025-03-12 09:00 UTC (12:00 in Moscow): the fixed clock of the tests. */
export const NOW = Date.UTC(2025, 2, 12, 9);

/** A project over the built bundle with the test clock. */
export function project(distDir: string, opts: FakeProjectOptions = {}): FakeProject {
  return createFakeProject({ now: NOW, distDir, ...opts });
}

/**
 * A date cell as Sheets returns it for a spreadsheet in Moscow (UTC+3): midnight local time, as a Date of
 * the bundle's realm.
 */
export function mskDate(p: FakeProject, y: number, m: number, d: number): Date {
  const D = p.env.DateCtor;
  return new D(Date.UTC(y, m - 1, d) - 3 * 3600_000);
}

/**
 * A small, clean sales tab: 6 customers, 2 managers, Date cells, text dates, amounts with a comma.
 * Typed by a user, so text that looks like a formula is stored as text (entered with an apostrophe).
 */
export function salesRows(p: FakeProject): unknown[][] {
  const d = (y: number, m: number, day: number) => mskDate(p, y, m, day);
  return [
    ['Клиент', 'Дата оплаты', 'Сумма', 'Менеджер', 'Имя', 'Телефон'],
    ['c1', d(2024, 11, 5), 1000, 'Анна', 'Ирина', "'+7 999 123-45-67"],
    ['c1', d(2025, 1, 10), 1500, 'Анна', 'Ирина', "'+7 999 123-45-67"],
    ['c1', d(2025, 2, 20), 2500, 'Анна', 'Ирина', "'+7 999 123-45-67"],
    ['c2', d(2024, 6, 1), 300, 'Борис', "'=IMPORTXML(\"http://evil\",\"//a\")", ''],
    ['c2', d(2024, 9, 1), 700, 'Борис', "'=IMPORTXML(\"http://evil\",\"//a\")", ''],
    ['c3', "'05.02.2025", "'2 000,50", 'Борис', "'-x", ''],
    ['c4', d(2025, 3, 1), 50, 'Анна', "'@x", ''],
    ['c5', d(2024, 4, 15), 5000, 'Анна', 'Олег', ''],
    ['c5', d(2024, 12, 15), 4000, 'Анна', 'Олег', ''],
    ['c6', d(2024, 8, 8), 120, '', 'Вера', ''],
  ];
}
