import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text, Textarea } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { PlanHost } from '../../hosts/host';
import { displayDate, readDate } from '../../plan/dates';
import { defaultProgressMode, planProgress, type ProgressMode } from '../../plan/progress';
import { needsExplanation } from '../../plan/rules-progress';
import { STATUS } from '../../plan/status';
import type { Plan, SourceDocument } from '../../plan/types';
import { useT } from '../i18n-context';
import { useFocusOnResult } from '../use-focus';

/** The date picker is loaded when the tab is first shown: the pane's first load stays small. */
const ReportDatePicker = lazy(() => import('./ReportDatePicker'));

interface Props {
  host: PlanHost;
  doc: SourceDocument;
  plan: Plan;
  onChanged: () => Promise<void>;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function inWord(host: PlanHost): boolean {
  return host.kind === 'word' || (host.kind === 'file' && host.name.toLowerCase().endsWith('.docx'));
}

/** "Đánh giá tiến độ": a report date, a status for each activity (pre-filled), the summary, one button to write. */
export function ProgressTab({ host, doc, plan, onChanged }: Props) {
  const t = useT();
  const [dateText, setDateText] = useState(() => displayDate(plan.year ? `${plan.year}-06-30` : today()));
  // Dates are dd/mm/yyyy whatever the browser's locale; ISO is accepted too.
  const asOf = readDate(dateText) ?? '';
  const [statuses, setStatuses] = useState<Record<number, string>>({});
  const [explanations, setExplanations] = useState<Record<number, string>>({});
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [mode, setMode] = useState<ProgressMode>(() => defaultProgressMode(plan, inWord(host)));
  const [result, setResult] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const resultRef = useFocusOnResult(result);
  const validDate = asOf !== '';
  const reportDate = validDate ? asOf : today();
  const progress = useMemo(() => planProgress(plan, doc.tables, { asOf: reportDate, statuses, explanations, mode }), [plan, doc, reportDate, statuses, explanations, mode]);
  const missing = progress.rows.filter((row) => row.status === '').length;
  /** Rows that are late or not done must say why before anything is written. */
  const toExplain = new Set(progress.rows.filter(({ row, status }) => needsExplanation({ ...plan.rows[row], status }, reportDate)).map(({ row }) => row));
  const unexplained = progress.rows.filter(({ row, explanation }) => toExplain.has(row) && explanation.trim() === '').length;

  const write = async () => {
    try {
      await host.apply(progress.edits);
      setResult({ intent: 'success', text: t('progress.written', { missing }) });
      setStatuses({});
      setExplanations({});
      await onChanged();
    } catch (error) {
      setResult({ intent: 'error', text: t('insert.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section aria-label={t('tab.progress')} className="tab-panel">
      <Field label={t('progress.asOf')} hint={t('progress.dateFormat')} validationMessage={validDate ? undefined : t('progress.badDate', { value: dateText })}>
        {/* The calendar loads with the tab's first use; until then the same field without it. */}
        <Suspense fallback={<Input value={dateText} placeholder="dd/mm/yyyy" inputMode="numeric" onChange={(_e, data) => setDateText(data.value)} data-testid="as-of" />}>
          <ReportDatePicker text={dateText} onText={setDateText} />
        </Suspense>
      </Field>
      <Field label={t('progress.mode')}>
        <Select value={mode} onChange={(_e, data) => setMode(data.value as ProgressMode)} disabled={plan.columns.status !== null || plan.evaluation !== null}>
          <option value="columns">{t('progress.mode.columns')}</option>
          {/* Excel reads a sheet as one table: an evaluation stacked under the plan would be read as plan rows. */}
          {inWord(host) && <option value="appendix">{t(plan.evaluation !== null ? 'progress.mode.evaluation' : 'progress.mode.appendix')}</option>}
        </Select>
      </Field>
      <Checkbox checked={onlyMissing} onChange={(_e, data) => setOnlyMissing(data.checked === true)} label={t('progress.onlyMissing', { count: missing })} />
      <ol className="progress-list" aria-label={t('check.activities')}>
        {progress.rows
          .filter((row) => !onlyMissing || row.status === '')
          .map(({ row, status, explanation }, i, shown) => {
            const planRow = plan.rows[row];
            const previous = i > 0 ? plan.rows[shown[i - 1].row] : null;
            // The section and the task once, above their first activity; the TT once, in the task line.
            const newSection = planRow.section !== null && planRow.section !== previous?.section;
            const newTask = planRow.task !== previous?.task;
            return (
              <li key={row}>
                {newSection && <Text as="h3" weight="semibold" className="progress-section">{plan.sections[planRow.section as number].title}</Text>}
                {newTask && <Text as="p" className="progress-task">{planRow.taskText || planRow.activity}</Text>}
                <Field label={planRow.activity || planRow.taskText} hint={planRow.deadline}>
                  <Select value={status} onChange={(_e, data) => setStatuses({ ...statuses, [row]: data.value })} data-testid={`status-${row}`}>
                    <option value="">{t('progress.unset')}</option>
                    {!Object.values<string>(STATUS).includes(status) && status !== '' && <option value={status}>{status}</option>}
                    {Object.values(STATUS).map((value) => (
                      <option key={value} value={value}>{value}</option>
                    ))}
                  </Select>
                </Field>
                {toExplain.has(row) && (
                  <Field
                    label={t('progress.explanation')}
                    required
                    validationState={explanation.trim() === '' ? 'error' : 'none'}
                    validationMessage={explanation.trim() === '' ? t('progress.explanationRequired') : undefined}
                  >
                    <Textarea value={explanation} onChange={(_e, data) => setExplanations({ ...explanations, [row]: data.value })} data-testid={`explanation-${row}`} />
                  </Field>
                )}
              </li>
            );
          })}
      </ol>
      <Text data-testid="summary-preview">{progress.sentence}</Text>
      <Button appearance="primary" icon={<SaveRegular />} onClick={() => void write()} disabled={!validDate || unexplained > 0}>
        {t('progress.write')}
      </Button>
      {result && (
        // The result takes the focus after the write, as after an insert.
        <MessageBar intent={result.intent} data-testid="progress-result" tabIndex={-1} ref={resultRef}>
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
