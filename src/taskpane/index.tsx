import { createRoot } from 'react-dom/client';
import { detectHost } from '../hosts/detect';
import { languageOf, translate } from '../i18n';
import { App } from './App';

/** Inside Office: reading Word and Excel documents arrives with the hosts work; the pane shows its tabs now. */
async function start(): Promise<void> {
  const { kind, locale } = await detectHost();
  const lang = languageOf(locale ?? 'vi');
  const label = kind === 'word' ? translate(lang, 'host.word') : kind === 'excel' ? translate(lang, 'host.excel') : '';
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<App host={null} hostLabel={label} lang={lang} />);
}

void start();
