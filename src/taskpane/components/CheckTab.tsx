import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { DocumentError } from '../../hosts/errors';
import type { PlanHost } from '../../hosts/host';
import { parseUnitNames } from '../../plan/metadata';
import { sectionCounts } from '../../plan/sections';
import type { Plan, Role } from '../../plan/types';
import type { Edit } from '../../plan/edits';
import { findingKey, type Finding } from '../../plan/findings';
import { planFixes } from '../../plan/fixes';
import { offeredFixes } from '../../plan/offers';
import { validate } from '../../plan/validate';
import { useCatalogue } from '../use-catalogue';
import { useT } from '../i18n-context';
import { useFocusOnResult } from '../use-focus';
import type { DocumentState } from '../use-document';
import { useIgnoredFindings, useOldUnits } from '../use-document-choice';
import { Findings } from './Findings';
import { StartPlan } from './StartPlan';

/** "Kiểm tra": the recognised plan (counts, columns, sections) and its findings. */
interface Props {
  host: PlanHost;
  state: DocumentState;
  reload: () => Promise<void>;
  /** The clerk corrects the column taken for a role. */
  onCorrect: (role: Role, col: number | null) => void;
}

export function CheckTab({ host, state, reload, onCorrect }: Props) {
  const t = useT();
  const catalogue = useCatalogue(state.status === 'ready' ? state.plan.year : null);
  const { oldUnits, save: saveOldUnits } = useOldUnits(host);
  const { ignored, save: saveIgnored } = useIgnoredFindings(host);
  const all = useMemo(() => (state.status === 'ready' ? validate(state.plan, catalogue, { oldUnits }) : []), [state, catalogue, oldUnits]);
  // Findings the clerk chose to leave ("Bỏ qua") are not shown, nor fixed by "Sửa tất cả".
  const findings = useMemo(() => (state.status === 'ready' ? all.filter((f) => !ignored.includes(findingKey(f, state.plan.rows))) : []), [all, ignored, state]);
  const [selectError, setSelectError] = useState<string | null>(null);
  const [fixResult, setFixResult] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const fixResultRef = useFocusOnResult(fixResult);
  /** The corrections of the chosen findings, written in one step, then the document read again. */
  const fix = async (list: readonly Finding[]) => {
    if (state.status !== 'ready') return;
    const { edits, changes } = planFixes(state.plan, state.doc.tables, list);
    await write(edits, changes.length);
  };
  const write = async (edits: readonly Edit[], count: number) => {
    if (edits.length === 0) return;
    try {
      await host.apply(edits);
      setFixResult({ intent: 'success', text: t('check.fixed', { count }) });
      await reload();
    } catch (error) {
      setFixResult({ intent: 'error', text: error instanceof DocumentError ? t(error.key, error.params) : t('insert.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const select = (cell: string): void => {
    setSelectError(null);
    host.select(cell).catch((error: unknown) => setSelectError(error instanceof DocumentError ? t(error.key, error.params) : t('error.corruptFile')));
  };
  return (
    <section aria-label={t('tab.check')} className="tab-panel">
      {state.status === 'ready' && (
        <a className="skip-link" href="#findings">
          {t('check.skipToFindings')}
        </a>
      )}
      <Button icon={<ArrowSyncRegular />} onClick={() => void reload()} disabled={state.status === 'reading'}>
        {t('check.run')}
      </Button>
      {state.status === 'reading' && <Spinner size="small" label={t('check.reading')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && state.doc && <StartPlan host={host} plan={null} reload={reload} onCreated={(text) => setFixResult({ intent: 'success', text })} />}
      {state.status === 'ready' &&
        (host.notices?.() ?? []).map((notice) => (
          <MessageBar key={notice} intent="warning" data-testid="host-notice">
            <MessageBarBody>{t(notice)}</MessageBarBody>
          </MessageBar>
        ))}
      {selectError && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <>
          <PlanCounts plan={state.plan} />
          {state.plan.rows.length === 0 && <StartPlan host={host} plan={state.plan} reload={reload} onCreated={(text) => setFixResult({ intent: 'success', text })} />}
          {fixResult && (
            // After a fix the buttons the clerk clicked are gone with their findings: the result takes the focus.
            <MessageBar intent={fixResult.intent} data-testid="fix-result" tabIndex={-1} ref={fixResultRef}>
              <MessageBarBody>{fixResult.text}</MessageBarBody>
            </MessageBar>
          )}
          <Findings
            plan={state.plan}
            findings={findings}
            onSelect={select}
            onFix={(list) => void fix(list)}
            changesOf={(finding) => planFixes(state.plan, state.doc.tables, [finding]).changes}
            offersOf={(finding) => offeredFixes(state.plan, state.doc.tables, finding)}
            onApply={(edits) => void write(edits, edits.length)}
            onIgnore={(finding) => void saveIgnored([...ignored, findingKey(finding, state.plan.rows)])}
            ignoredCount={all.length - findings.length}
            onShowIgnored={() => void saveIgnored([])}
          />
          <PlanSummary plan={state.plan} onCorrect={onCorrect} />
          {state.plan.commune !== null && <OldUnits plan={state.plan} saved={oldUnits} onSave={saveOldUnits} />}
        </>
      )}
    </section>
  );
}

/** The units merged into this one, which the clerk lists so that they are never reported as another unit. */
function OldUnits({ plan, saved, onSave }: { plan: Plan; saved: string[]; onSave: (names: string[]) => Promise<boolean> }) {
  const t = useT();
  const [text, setText] = useState(saved.join(', '));
  const [notKept, setNotKept] = useState(false);
  return (
    <div className="old-units">
      <Field label={t('check.oldUnits', { unit: plan.unit ?? 'xã', commune: plan.commune ?? '' })} hint={t('check.oldUnitsHint')}>
        <Input value={text} onChange={(_e, data) => setText(data.value)} data-testid="old-units" />
      </Field>
      <Button onClick={() => void onSave(parseUnitNames(text)).then((kept) => setNotKept(!kept))} data-testid="old-units-save">
        {t('check.oldUnitsSave')}
      </Button>
      {notKept && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('check.oldUnitsNotKept')}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** Roles the clerk may re-assign (the ones findings and edits rely on). */
const CORRECTABLE: readonly Role[] = ['number', 'task', 'activity', 'product', 'lead', 'coordinator', 'deadline', 'status', 'explanation'];

/** Unit, year and counts: what the clerk sees first. */
function PlanCounts({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <dl className="counts" data-testid="plan-counts">
      <div><dt>{t(plan.unit === 'phường' ? 'check.unit.phuong' : plan.unit === 'đặc khu' ? 'check.unit.dacKhu' : plan.unit === 'thị trấn' ? 'check.unit.thiTran' : 'check.commune')}</dt><dd data-testid="commune">{plan.commune ?? t('check.unknown')}</dd></div>
      <div><dt>{t('check.year')}</dt><dd data-testid="year">{plan.year ?? t('check.unknown')}</dd></div>
      <div><dt>{t('check.tasks')}</dt><dd data-testid="task-count">{plan.tasks.length}</dd></div>
      <div><dt>{t('check.activities')}</dt><dd data-testid="activity-count">{plan.rows.length}</dd></div>
    </dl>
  );
}

/** The columns taken for each role (folded away: most clerks never need it) and the sections. */
function PlanSummary({ plan, onCorrect }: { plan: Plan; onCorrect: (role: Role, col: number | null) => void }) {
  const t = useT();
  const sections = sectionCounts(plan);
  return (
    <div className="plan-summary">
      <details className="column-mapping">
        <summary>{t('check.columns')}</summary>
      <ul className="columns" aria-label={t('check.columns')}>
        {CORRECTABLE.map((role) => (
          <li key={role}>
            <Field label={t(`role.${role}`)} orientation="horizontal">
              <Select
                value={plan.columns[role] === null ? '' : String(plan.columns[role])}
                onChange={(_e, data) => onCorrect(role, data.value === '' ? null : Number(data.value))}
                data-testid={`column-${role}`}
              >
                <option value="">{t('check.columnMissing')}</option>
                {plan.headerLabels.map((label, col) => (
                  <option key={col} value={String(col)}>{label.replace(/\s+/g, ' ').trim() || t('check.columnNumber', { number: col + 1 })}</option>
                ))}
              </Select>
            </Field>
          </li>
        ))}
      </ul>
      </details>
      <Table size="small" aria-label={t('check.sections')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('check.sections')}</TableHeaderCell>
            <TableHeaderCell>{t('check.tasks')}</TableHeaderCell>
            <TableHeaderCell>{t('check.activities')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sections.map((section) => (
            <TableRow key={section.title}>
              <TableCell>{section.title}</TableCell>
              <TableCell>{section.tasks}</TableCell>
              <TableCell>{section.activities}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
