import { I18n } from '@grammyjs/i18n';
import { fileURLToPath } from 'node:url';
import type { BotContext } from './context';

/** Languages the bot speaks; Russian first. */
export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Directory of the Fluent files (`ru.ftl`, `en.ftl`). */
export const LOCALES_DIR = fileURLToPath(new URL('./locales', import.meta.url));

/**
 * The translator: Fluent files from `bot/locales`, Russian by default, no Unicode isolation marks (they would
 * show up in Telegram), the locale taken from the person's setting, else Telegram's language, else Russian.
 * @example createI18n().t('en', 'alerts-approaching', { count: 2 }) // → "⏳ <b>About to fall asleep: 2</b>"
 */
export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: 'ru',
    directory: LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.person?.language ?? (ctx.from?.language_code?.startsWith('en') ? 'en' : 'ru'),
  });
}

/** A translate function bound to one language (digests are built outside any update). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Binds `i18n.t` to a language. */
export function translator(i18n: I18n<BotContext>, lang: Language): Translate {
  return (key, vars) => i18n.t(lang, key, vars);
}
