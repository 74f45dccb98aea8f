import { createRoot } from 'react-dom/client';
import { languageOf } from '../i18n';
import { Preview } from './Preview';

const container = document.getElementById('root');
const params = new URLSearchParams(window.location.search);
const lang = languageOf(params.get('lang') ?? 'vi');
if (container) createRoot(container).render(<Preview initialLang={lang} />);
