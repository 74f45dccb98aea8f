import { createRoot } from 'react-dom/client';
import { languageOf } from '../i18n';
import { Preview, storedLanguage } from './Preview';

const container = document.getElementById('root');
const asked = new URLSearchParams(window.location.search).get('lang');
// ?lang=, else the clerk's last choice, else the browser's language.
const lang = languageOf(asked ?? storedLanguage() ?? navigator.language ?? 'vi');
if (container) createRoot(container).render(<Preview initialLang={lang} />);
