import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Language, Translate } from '../i18n';

/** One message to send: HTML text (optionally with buttons) or a PNG photo with an HTML caption. */
export type OutMessage =
  | { kind: 'text'; html: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'photo'; png: Buffer; caption: string; filename: string };

/** The digests a person can receive. */
export type DigestKind = 'alerts' | 'segments' | 'kpi';

/** A digest ready to send, with the alerts it will record for the frequency cap. */
export interface ComposedDigest {
  kind: DigestKind;
  messages: OutMessage[];
  alerted: { customerId: string; kind: string }[];
}

/** Language-bound rendering settings. */
export interface RenderContext {
  lang: Language;
  t: Translate;
  currency: string;
  timeZone: string;
}
