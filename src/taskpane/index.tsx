import { createRoot } from 'react-dom/client';
import { detectHost, type OfficeHostKind } from '../hosts/detect';
import type { PlanHost } from '../hosts/host';
import { officeDocumentSettings } from '../hosts/office-settings';
import { languageOf, translate } from '../i18n';
import { App } from './App';

/** The open document's file name, or the host's name for a document not saved yet. */
function documentName(fallback: string): string {
  const url = Office.context.document?.url ?? '';
  return url.split(/[\\/]/).pop() || fallback;
}

/** The adapter for the Office application the pane runs in (loaded only there). */
async function officeHost(kind: OfficeHostKind, label: string): Promise<PlanHost | null> {
  if (kind === 'none') return null;
  const supports = (set: string, version: string): boolean => Office.context.requirements.isSetSupported(set, version);
  const settings = officeDocumentSettings(Office.context.document.settings);
  if (kind === 'word') {
    const { wordHost } = await import('../hosts/word/word-host');
    const onTheWeb = Office.context.diagnostics?.platform === Office.PlatformType.OfficeOnline;
    return { ...wordHost((batch) => Word.run(batch), supports, documentName(label), { onTheWeb }), settings };
  }
  const { excelHost } = await import('../hosts/excel/excel-host');
  return { ...excelHost((options, batch) => Excel.run(options, batch), supports, documentName(label)), settings };
}

/** The least each host needs: reading the document in bulk (Word 2016's WordApi 1.1, Excel 2016's ExcelApi 1.1). */
const MINIMUM: Record<Exclude<OfficeHostKind, 'none'>, [string, string]> = { word: ['WordApi', '1.1'], excel: ['ExcelApi', '1.1'] };

async function start(): Promise<void> {
  const { kind, locale } = await detectHost();
  // Office's display language, else the browser's; the page's lang attribute follows it.
  const lang = languageOf(locale ?? navigator.language ?? 'vi');
  document.documentElement.lang = lang;
  const container = document.getElementById('root');
  if (!container) return;
  if (kind !== 'none' && !Office.context.requirements.isSetSupported(...MINIMUM[kind])) {
    // Too old an Office: one clear line instead of buttons that would fail.
    container.textContent = translate(lang, 'error.officeTooOld', { set: MINIMUM[kind].join(' ') });
    return;
  }
  const label = kind === 'word' ? translate(lang, 'host.word') : kind === 'excel' ? translate(lang, 'host.excel') : '';
  const host = await officeHost(kind, label);
  createRoot(container).render(<App host={host} hostLabel={label} lang={lang} />);
}

void start();
