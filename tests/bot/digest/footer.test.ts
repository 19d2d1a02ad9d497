import { describe, expect, it } from 'vitest';
import { dataFooter } from '../../../bot/digest/footer';
import type { RenderContext } from '../../../bot/digest/types';
import type { Snapshot } from '../../../bot/data/snapshot-provider';
import { translator, createI18n } from '../../../bot/i18n';

const i18n = createI18n();
const rc = (lang: 'ru' | 'en'): RenderContext => ({ lang, t: translator(i18n, lang), currency: 'RUB', timeZone: 'Europe/Moscow' });
const snap = { loadedAt: new Date('2025-03-12T05:00:00Z'), day: 20159, configVersion: '1e574371dd', ledgerVersion: 'b2b13ef394' } as unknown as Snapshot;
const ok = { loadedAt: snap.loadedAt, lastError: null, lastAttemptAt: snap.loadedAt };

describe('dataFooter', () => {
  it('shows when the data was loaded, the as-of date, and the settings and data versions, in RU and EN', () => {
    const ru = dataFooter(snap, ok, new Date('2025-03-12T06:00:00Z'), rc('ru')).split('\n');
    expect(ru[1]).toBe('<i>Версия настроек 1e574371dd · версия данных b2b13ef394</i>');
    const en = dataFooter(snap, ok, new Date('2025-03-12T06:00:00Z'), rc('en')).split('\n');
    expect(en[1]).toBe('<i>Settings version 1e574371dd · data version b2b13ef394</i>');
    expect(en[0]).toMatch(/^<i>Data loaded .* · as of /);
  });
  it('edge cases: a snapshot without versions (a provider built without createDeps) gets no version line', () => {
    const bare = { ...snap, configVersion: undefined, ledgerVersion: undefined } as unknown as Snapshot;
    expect(dataFooter(bare, ok, new Date('2025-03-12T06:00:00Z'), rc('ru')).split('\n')).toHaveLength(1);
  });
});
