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

interface BundleLike {
  getMessage(id: string): { value: unknown } | undefined;
  formatPattern(pattern: unknown, args?: Record<string, string | number>): string;
}

const bound = new WeakMap<object, Map<Language, Translate>>();

/**
 * Binds translation to a language. `i18n.t` negotiates the language on every call (a third of the cost of a
 * digest), so the language's Fluent bundle is looked up once and messages are formatted from it directly;
 * anything unusual (a missing message, an unexpected plugin shape) falls back to `i18n.t`.
 */
export function translator(i18n: I18n<BotContext>, lang: Language): Translate {
  let byLang = bound.get(i18n);
  if (!byLang) bound.set(i18n, (byLang = new Map()));
  let t = byLang.get(lang);
  if (t) return t;
  const fluent = i18n.fluent as unknown as { matchBundles?: (locales: string[]) => Iterable<BundleLike> };
  const bundle = typeof fluent.matchBundles === 'function' ? [...fluent.matchBundles([lang])][0] : undefined;
  t = (key, vars) => {
    const message = bundle?.getMessage(key);
    if (!bundle || !message || message.value == null) return i18n.t(lang, key, vars);
    return bundle.formatPattern(message.value, vars);
  };
  byLang.set(lang, t);
  return t;
}
