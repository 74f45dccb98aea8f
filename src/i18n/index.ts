import { en } from './en';
import { vi, type MessageKey } from './vi';

export type { MessageKey };
export type Language = 'vi' | 'en';

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { vi, en };

/** The message for a key in a language, with {placeholders} filled in. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Vietnamese for "vi", "vi-VN"…, English for anything else. */
export function languageOf(locale: string | undefined | null): Language {
  return locale && locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
