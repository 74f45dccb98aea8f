import { Badge, Button, Caption1, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { PlanHost } from '../../hosts/host';
import { sectionCounts } from '../../plan/sections';
import { ROLES, type Plan } from '../../plan/types';
import { validate } from '../../plan/validate';
import { useCatalogue } from '../catalogue-context';
import { useT } from '../i18n-context';
import type { DocumentState } from '../use-document';
import { Findings } from './Findings';

/** "Kiểm tra": the recognised plan (counts, columns, sections) and its findings. */
export function CheckTab({ host, state, reload }: { host: PlanHost; state: DocumentState; reload: () => Promise<void> }) {
  const t = useT();
  const catalogue = useCatalogue();
  const findings = useMemo(() => (state.status === 'ready' ? validate(state.plan, catalogue) : []), [state, catalogue]);
  return (
    <section aria-label={t('tab.check')} className="tab-panel">
      <Button icon={<ArrowSyncRegular />} onClick={() => void reload()} disabled={state.status === 'reading'}>
        {t('check.run')}
      </Button>
      {state.status === 'reading' && <Spinner size="small" label={t('check.reading')} />}
      {state.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <>
          <PlanSummary plan={state.plan} />
          <Findings plan={state.plan} findings={findings} onSelect={(cell) => void host.select(cell)} />
        </>
      )}
    </section>
  );
}

function PlanSummary({ plan }: { plan: Plan }) {
  const t = useT();
  const sections = sectionCounts(plan);
  return (
    <div className="plan-summary">
      <dl className="counts" data-testid="plan-counts">
        <div><dt>{t('check.commune')}</dt><dd data-testid="commune">{plan.commune ?? t('check.unknown')}</dd></div>
        <div><dt>{t('check.year')}</dt><dd data-testid="year">{plan.year ?? t('check.unknown')}</dd></div>
        <div><dt>{t('check.tasks')}</dt><dd data-testid="task-count">{plan.tasks.length}</dd></div>
        <div><dt>{t('check.activities')}</dt><dd data-testid="activity-count">{plan.rows.length}</dd></div>
      </dl>
      <Text weight="semibold">{t('check.columns')}</Text>
      <ul className="columns" aria-label={t('check.columns')}>
        {ROLES.filter((role) => plan.columns[role] !== null).map((role) => (
          <li key={role}>
            <Badge appearance="tint">{t(`role.${role}`)}</Badge>{' '}
            <Caption1>{plan.headerLabels[plan.columns[role] ?? 0]}</Caption1>
          </li>
        ))}
      </ul>
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
