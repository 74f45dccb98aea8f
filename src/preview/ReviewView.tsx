import { Button, Caption1, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowLeftRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { editionFor } from '../catalogue/editions';
import { bundledCatalogue } from '../catalogue/load';
import { MAX_FILE_BYTES } from '../hosts/limits';
import { DocumentError } from '../hosts/errors';
import { readDocumentFile } from '../hosts/files';
import { translate, type Language } from '../i18n';
import { reviewTotals } from '../plan/review';
import { recognise } from '../plan/recognise';
import { AREA_TITLES } from '../plan/section-rows';
import { AREAS } from '../plan/types';
import { reviewedFile, unreadableFile, type ReviewedFile } from '../review/reviewed-file';
import { downloadFile } from '../taskpane/download';

type T = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;

/** A file the reviewer gave, kept in memory to open it in the usual view. */
export interface ReviewSource {
  name: string;
  blob: Blob;
}

/** Reads and checks each file in the browser, one after another (nothing is uploaded); a bad file gives its reason. */
export async function reviewBlobs(sources: readonly ReviewSource[], lang: Language, onResult: (file: ReviewedFile) => void): Promise<ReviewedFile[]> {
  const results: ReviewedFile[] = [];
  for (const { name, blob } of sources) {
    try {
      if (blob.size > MAX_FILE_BYTES) throw new DocumentError('error.fileTooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
      const plan = recognise(await readDocumentFile(name, new Uint8Array(await blob.arrayBuffer())));
      if (!plan) throw new DocumentError('error.noPlanTable');
      results.push(reviewedFile(name, plan, bundledCatalogue(editionFor(plan.year)), null, lang));
    } catch (error) {
      results.push(unreadableFile(name, name, error, lang));
    }
    onResult(results[results.length - 1]);
  }
  return results;
}

type Column = 'file' | 'unit' | 'year' | 'tasks' | 'activities' | 'errors' | 'warnings' | 'areas' | 'mandatory';

/** What each column sorts by (unreadable files last whatever the order). */
const SORT_VALUE: Record<Column, (file: ReviewedFile) => string | number> = {
  file: (f) => f.file,
  unit: (f) => f.plan?.commune ?? '',
  year: (f) => f.plan?.year ?? 0,
  tasks: (f) => f.review?.tasks ?? 0,
  activities: (f) => f.review?.activities ?? 0,
  errors: (f) => f.counts.error,
  warnings: (f) => f.counts.warning,
  areas: (f) => (f.review ? AREAS.filter((area) => !f.review?.areas[area]).length : 0),
  mandatory: (f) => f.review?.missingTasks.length ?? 0,
};

const COLUMNS: Array<{ id: Column; label: Parameters<typeof translate>[1] }> = [
  { id: 'file', label: 'review.file' },
  { id: 'unit', label: 'review.unit' },
  { id: 'year', label: 'check.year' },
  { id: 'tasks', label: 'review.tasks' },
  { id: 'activities', label: 'review.activities' },
  { id: 'errors', label: 'severity.error' },
  { id: 'warnings', label: 'severity.warning' },
  { id: 'areas', label: 'review.missingAreas' },
  { id: 'mandatory', label: 'review.missingMandatory' },
];

interface Props {
  files: readonly ReviewedFile[];
  /** Files still being read. */
  pending: number;
  t: T;
  onOpen: (name: string) => void;
  onClose: () => void;
}

/** "Tổng hợp": one row per commune's file, sortable; a file name opens that plan in the usual view. */
export function ReviewView({ files, pending, t, onOpen, onClose }: Props) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'errors', descending: true });
  const sorted = useMemo(() => {
    const value = SORT_VALUE[sort.column];
    return [...files].sort((a, b) => {
      if ((a.error === null) !== (b.error === null)) return a.error === null ? -1 : 1;
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
      return sort.descending ? -order : order;
    });
  }, [files, sort]);
  const reviewed = files.flatMap((f) => (f.review ? [f.review] : []));
  const totals = reviewTotals(reviewed, files.length - reviewed.length);

  const download = async () => {
    const { reviewWorkbook } = await import('../hosts/xlsx/review-xlsx');
    downloadFile('tong-hop-cchc.xlsx', (await reviewWorkbook(files, totals, null)) as BlobPart);
  };

  return (
    <section className="review-view" aria-label={t('review.title')} data-testid="review-view">
      <div className="preview-toolbar">
        <Button icon={<ArrowLeftRegular />} onClick={onClose}>{t('review.close')}</Button>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => void download()} disabled={pending > 0 || files.length === 0} data-testid="review-download">
          {t('review.download')}
        </Button>
        <Caption1 aria-live="polite" data-testid="review-status">
          {pending > 0 ? t('review.reading', { done: files.length, total: files.length + pending }) : t('review.totals', { files: totals.files, read: totals.read, withErrors: totals.plansWithErrors })}
        </Caption1>
      </div>
      <Text as="h2" weight="semibold">{t('review.title')}</Text>
      <div className="review-scroll">
        <table className="review-table" data-testid="review-table">
          <thead>
            <tr>
              {COLUMNS.map(({ id, label }) => (
                <th key={id} aria-sort={sort.column === id ? (sort.descending ? 'descending' : 'ascending') : 'none'} scope="col">
                  <button type="button" className="review-sort" onClick={() => setSort({ column: id, descending: sort.column === id ? !sort.descending : id !== 'file' && id !== 'unit' })}>
                    {t(label)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((file) => (
              <tr key={file.file} data-testid="review-row" data-errors={file.counts.error}>
                <td>
                  <button type="button" className="review-open" onClick={() => onOpen(file.file)}>{file.file}</button>
                </td>
                {file.error !== null ? (
                  <td colSpan={COLUMNS.length - 1} className="review-unreadable">{file.error}</td>
                ) : (
                  <>
                    <td>{file.plan?.commune ? `${file.plan.unit ?? 'xã'} ${file.plan.commune}` : ''}</td>
                    <td>{file.plan?.year ?? ''}</td>
                    <td>{file.review?.tasks}</td>
                    <td>{file.review?.activities}</td>
                    <td className={file.counts.error > 0 ? 'review-bad' : ''}>{file.counts.error}</td>
                    <td>{file.counts.warning}</td>
                    <td className={SORT_VALUE.areas(file) ? 'review-bad' : ''}>{AREAS.filter((area) => !file.review?.areas[area]).map((area) => AREA_TITLES[area]).join('; ')}</td>
                    <td className={SORT_VALUE.mandatory(file) ? 'review-bad' : ''}>{SORT_VALUE.mandatory(file)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
