import { Body1, FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import { AddCircleRegular, DataBarVerticalRegular, SettingsRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import type { PlanHost } from '../hosts/host';
import type { Language } from '../i18n';
import { CatalogueProvider, useChosenCatalogue } from './catalogue-context';
import type { DocumentPanel as DocumentPanelType, DocumentTab } from './components/DocumentPanel';
import type { SettingsPanel as SettingsPanelType } from './components/SettingsPanel';
import { LanguageProvider, useT } from './i18n-context';

interface Panels {
  DocumentPanel: typeof DocumentPanelType;
  SettingsPanel: typeof SettingsPanelType;
}

/**
 * The first screen is the tabs: the readers, the rules, the catalogue and the tabs' contents load
 * after it. Loaded into state rather than through React.lazy: React holds back what a Suspense
 * boundary reveals (by 300 ms a time), which put the sample plan on screen 0.6 s later.
 */
function usePanels(): Panels | null {
  const [panels, setPanels] = useState<Panels | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all([import('./components/DocumentPanel'), import('./components/SettingsPanel')]).then(([document, settings]) => {
      if (current) setPanels({ DocumentPanel: document.DocumentPanel, SettingsPanel: settings.SettingsPanel });
    });
    return () => {
      current = false;
    };
  }, []);
  return panels;
}

type TabId = DocumentTab | 'settings';
const TABS: TabId[] = ['check', 'insert', 'progress', 'settings'];
const TAB_ICONS: Record<TabId, ReactElement> = {
  check: <TaskListSquareLtrRegular />,
  insert: <AddCircleRegular />,
  progress: <DataBarVerticalRegular />,
  settings: <SettingsRegular />,
};

export interface AppProps {
  /** The document to work on, or null when the host cannot be read from yet. */
  host: PlanHost | null;
  hostLabel: string;
  lang: Language;
  onLanguageChange?: (lang: Language) => void;
  /** Extra controls of the preview page (open file, download). */
  toolbar?: ReactNode;
}

/** The task pane: the same tree runs inside Word/Excel and on the preview page. */
export function App(props: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={props.lang}>
        <WithCatalogue {...props} />
      </LanguageProvider>
    </FluentProvider>
  );
}

function WithCatalogue(props: AppProps) {
  const choice = useChosenCatalogue(props.host);
  return (
    <CatalogueProvider value={choice}>
      <Pane {...props} />
    </CatalogueProvider>
  );
}

function Pane({ host, hostLabel, lang, onLanguageChange, toolbar }: AppProps) {
  const t = useT();
  const [tab, setTab] = useState<TabId>('check');
  const panels = usePanels();
  return (
    <main className="pane">
      <header className="pane-header">
        <Text as="h1" size={500} weight="semibold">
          {t('app.title')}
        </Text>
        <Body1 className="host-label">{hostLabel}</Body1>
        {toolbar}
      </header>
      <TabList selectedValue={tab} onTabSelect={(_event, data) => setTab(data.value as TabId)} aria-label={t('app.title')}>
        {TABS.map((id) => (
          // At a task pane's width the short label shows (CSS container query); the tab is named by the full one.
          <Tab key={id} value={id} icon={TAB_ICONS[id]} aria-label={t(`tab.${id}`)}>
            <span className="tab-long">{t(`tab.${id}`)}</span>
            <span className="tab-short" aria-hidden>
              {t(`tab.${id}.short`)}
            </span>
          </Tab>
        ))}
      </TabList>
      {tab !== 'settings' && !host && <Notice text={t('check.openFile')} />}
      {!panels && (host || tab === 'settings') && <Spinner size="small" label={t('check.reading')} />}
      {panels && tab !== 'settings' && host && <panels.DocumentPanel host={host} tab={tab} />}
      {panels && tab === 'settings' && <panels.SettingsPanel lang={lang} onLanguageChange={onLanguageChange} />}
    </main>
  );
}

function Notice({ text }: { text: string }) {
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
