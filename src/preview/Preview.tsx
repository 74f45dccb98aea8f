import { Button, Caption1, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowLeftRegular, DocumentAddRegular, DocumentRegular, FolderOpenRegular, TableRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { editionFor } from '../catalogue/editions';
import { bundledCatalogue } from '../catalogue/load';
import { fileHost } from '../hosts/file-host';
import { newPlan, parseUnitName } from '../plan/new-plan';
import { MAX_FILE_BYTES } from '../hosts/limits';
import { translate, type Language } from '../i18n';
import { App } from '../taskpane/App';
import { FileButton } from '../taskpane/components/FileButton';
import { UnitYearFields } from '../taskpane/components/UnitYearFields';
import { downloadFile } from '../taskpane/download';
import type { ReviewedFile } from '../review/reviewed-file';
import { DocumentView, type ReadDocument } from './DocumentView';
import { reviewBlobs, ReviewView, type ReviewSource } from './ReviewView';

/** The file the page works on, held in memory: nothing leaves the browser. */
interface OpenFile {
  name: string;
  bytes: Uint8Array;
}

const SAMPLE_URL = 'sample/ke-hoach-mau.docx';
const SAMPLE_NAME = 'ke-hoach-mau.docx';

/** Name of the downloaded result: the original name with a suffix before the extension. */
export function resultName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-cchc${name.slice(dot)}` : `${name}-cchc`;
}

const LANGUAGE_KEY = 'cchc.lang';

/** The language the clerk chose last on this computer, if any. */
export function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function Preview({ initialLang }: { initialLang: Language }) {
  const [lang, setLang] = useState<Language>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      globalThis.localStorage?.setItem(LANGUAGE_KEY, lang);
    } catch {
      // Storage can be off: the choice lasts until the page closes.
    }
  }, [lang]);
  const [file, setFile] = useState<OpenFile | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [read, setRead] = useState<ReadDocument | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  /** The open file read as a document: only then is there anything to download. */
  const [readable, setReadable] = useState(false);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
  /** The province review of many files: what was given, what is read so far, and whether it is on screen. */
  const [review, setReview] = useState<{ sources: ReviewSource[]; files: ReviewedFile[]; shown: boolean } | null>(null);

  const startReview = useCallback((given: readonly File[]) => {
    const sources = given.filter((f) => /\.(docx|xlsx)$/i.test(f.name) && !f.name.startsWith('~$')).map((f) => ({ name: f.webkitRelativePath || f.name, blob: f as Blob }));
    setReview({ sources, files: [], shown: true });
    void reviewBlobs(sources, lang, (result) => setReview((current) => (current ? { ...current, files: [...current.files, result] } : current)));
  }, [lang]);

  const openBlob = useCallback(async (name: string, blob: Blob) => {
    // Refused before it is read: a huge file (or a link to a device) would take the tab's memory first.
    if (blob.size > MAX_FILE_BYTES) {
      setRefusal(translate(lang, 'error.fileTooLarge', { name, max: MAX_FILE_BYTES / 1024 / 1024 }));
      return;
    }
    setRefusal(null);
    setReadable(false);
    setFile({ name, bytes: new Uint8Array(await blob.arrayBuffer()) });
    setRead(null);
    setSelected(null);
  }, [lang]);

  const openSample = useCallback(async () => {
    const response = await fetch(SAMPLE_URL);
    await openBlob(SAMPLE_NAME, await response.blob());
  }, [openBlob]);

  const host = useMemo(
    () =>
      file
        ? fileHost(file.name, file.bytes, {
          onRead: (doc) => {
            setRead({ ...file, doc });
            setReadable(true);
          },
          onSelect: setSelected,
          onChange: (bytes) => {
            // The rows moved: an address highlighted before may now hold another row.
            setSelected(null);
            setFile({ name: file.name, bytes });
          },
        })
        : null,
    [file],
  );

  /** A new plan of the chosen unit and year from the catalogue's mandatory tasks, opened as the page's file. */
  const createPlan = async (unitText: string, year: number, ext: 'docx' | 'xlsx') => {
    const unit = parseUnitName(unitText);
    if (!unit || !Number.isInteger(year)) return;
    const tasks = bundledCatalogue(editionFor(year)).tasks.filter((task) => task.mandatory);
    const plan = newPlan(unit.unit, unit.name, year, tasks);
    const bytes = ext === 'docx' ? await (await import('../hosts/ooxml/new-docx')).newPlanDocx(plan) : await (await import('../hosts/xlsx/new-xlsx')).newPlanXlsx(plan);
    await openBlob(`ke-hoach-cchc-${year}.${ext}`, new Blob([bytes as BlobPart]));
  };

  const download = () => {
    if (!file) return;
    downloadFile(resultName(file.name), file.bytes as BlobPart);
  };

  // One file dropped opens it; several are reviewed together.
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const dropped = [...event.dataTransfer.files];
    if (dropped.length > 1) startReview(dropped);
    else if (dropped[0]) void openBlob(dropped[0].name, dropped[0]);
  };

  if (review?.shown) {
    return (
      <div className="review-layout" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <ReviewView
          files={review.files}
          pending={review.sources.length - review.files.length}
          t={t}
          onClose={() => setReview({ ...review, shown: false })}
          onOpen={(name) => {
            const source = review.sources.find((s) => s.name === name);
            setReview({ ...review, shown: false });
            if (source) void openBlob(name.split('/').pop() ?? name, source.blob);
          }}
        />
      </div>
    );
  }

  const toolbar = (
    <div className="preview-toolbar">
      <FileButton label={t('preview.open')} accept=".docx,.xlsx" icon={<FolderOpenRegular />} testId="file-input" onFile={(chosen) => void openBlob(chosen.name, chosen)} />
      <Button icon={<DocumentRegular />} onClick={() => void openSample()}>
        {t('preview.sample')}
      </Button>
      <FileButton label={t('review.open')} accept=".docx,.xlsx" icon={<TableRegular />} testId="review-input" onFiles={startReview} />
      <FileButton label={t('review.openFolder')} accept=".docx,.xlsx" icon={<FolderOpenRegular />} testId="review-folder" onFiles={startReview} folder />
      {review && !review.shown && (
        <Button icon={<ArrowLeftRegular />} onClick={() => setReview({ ...review, shown: true })} data-testid="review-back">
          {t('review.back')}
        </Button>
      )}
      <NewPlanButton t={t} onCreate={(unit, year, ext) => void createPlan(unit, year, ext)} />
      <Button icon={<ArrowDownloadRegular />} onClick={download} disabled={!file || !readable}>
        {t('preview.download')}
      </Button>
      <Caption1 data-testid="file-name">{file ? t('preview.fileName', { name: file.name }) : t('preview.dropHint')}</Caption1>
      {/* The cell's address stays out of sight; a screen reader hears that the cell is highlighted. */}
      <span className="visually-hidden" aria-live="polite" data-testid="selected-cell" data-cell={selected ?? ''}>
        {selected ? t('preview.selectedCell') : ''}
      </span>
      {refusal && (
        <MessageBar intent="error" data-testid="file-refused">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  // The whole page takes a dropped file: the pane on one side, the document on the other.
  return (
    <div className="preview-layout" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <div className="preview-pane">
        <App key={file?.name ?? 'none'} host={host} hostLabel={t('host.file')} lang={lang} onLanguageChange={setLang} toolbar={toolbar} />
      </div>
      <DocumentView read={read} selected={selected} t={t} />
    </div>
  );
}

/** "Tạo kế hoạch mới": the unit and year of a plan to start, in a small form. */
function NewPlanButton({ t, onCreate }: { t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string; onCreate: (unit: string, year: number, ext: 'docx' | 'xlsx') => void }) {
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [ext, setExt] = useState<'docx' | 'xlsx'>('docx');
  if (!open) return <Button icon={<DocumentAddRegular />} onClick={() => setOpen(true)}>{t('preview.newPlan')}</Button>;
  const valid = parseUnitName(unit) !== null && /^20\d{2}$/.test(year);
  return (
    <form
      className="new-plan"
      aria-label={t('preview.newPlan')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        setOpen(false);
        onCreate(unit, Number(year), ext);
      }}
    >
      <UnitYearFields t={t} unit={unit} year={year} onUnit={setUnit} onYear={setYear} testId="new-plan" />
      <Field label={t('preview.newPlanFormat')}>
        <Select value={ext} onChange={(_e, data) => setExt(data.value as 'docx' | 'xlsx')}>
          <option value="docx">Word (.docx)</option>
          <option value="xlsx">Excel (.xlsx)</option>
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={!valid} data-testid="new-plan-create">{t('preview.newPlanCreate')}</Button>
    </form>
  );
}
