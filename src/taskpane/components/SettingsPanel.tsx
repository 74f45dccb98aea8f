import { Body1 } from '@fluentui/react-components';
import type { Language } from '../../i18n';
import { useT } from '../i18n-context';
import { CatalogueSettings } from './CatalogueSettings';

interface SettingsProps {
  lang: Language;
  onLanguageChange?: (lang: Language) => void;
}

export function SettingsPanel({ lang, onLanguageChange }: SettingsProps) {
  const t = useT();
  return (
    <section className="tab-panel" aria-label={t('tab.settings')}>
      <label>
        {t('settings.language')}{' '}
        <select value={lang} onChange={(event) => onLanguageChange?.(event.target.value as Language)}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </label>
      <CatalogueSettings />
      <Body1>{t('settings.about')}</Body1>
    </section>
  );
}
