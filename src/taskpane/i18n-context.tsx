import { createContext, useCallback, useContext } from 'react';
import { translate, type Language, type MessageKey } from '../i18n';

const LanguageContext = createContext<Language>('vi');

export const LanguageProvider = LanguageContext.Provider;

/** `t(key, params)` in the pane's language; stable while the language stays the same. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useContext(LanguageContext);
  return useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
}

/** The pane's language. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
