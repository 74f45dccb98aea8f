import { Button, Caption1, Checkbox, Field, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { DocumentAddRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { DocumentError } from '../../hosts/errors';
import type { PlanHost } from '../../hosts/host';
import type { Edit } from '../../plan/edits';
import { planFill } from '../../plan/fill-plan';
import { newPlan, parseUnitName, type PlanLayout } from '../../plan/new-plan';
import { fillPlaceholders } from '../../plan/placeholders';
import { AREAS, type Plan } from '../../plan/types';
import { useCatalogue } from '../use-catalogue';
import { useT } from '../i18n-context';
import { UnitYearFields } from './UnitYearFields';

interface Props {
  host: PlanHost;
  /** The header-only plan table to fill, or null for a document without a plan table. */
  plan: Plan | null;
  reload: () => Promise<void>;
  /** Told what was written, once the document is read again (this form is then gone). */
  onCreated: (message: string) => void;
}

/**
 * "Tạo kế hoạch": the unit, the year, the areas' layout and the catalogue tasks (the
 * mandatory ones ticked), written into the header-only table in its column order, or as a
 * whole plan at the end of a document without one — one edit, one undo step.
 */
export function StartPlan({ host, plan, reload, onCreated }: Props) {
  const t = useT();
  const [unit, setUnit] = useState(plan?.commune ? `${plan.unit ?? 'xã'} ${plan.commune}` : '');
  const [year, setYear] = useState(String(plan?.year ?? new Date().getFullYear() + 1));
  const [layout, setLayout] = useState<PlanLayout>('seven');
  const catalogue = useCatalogue(/^20\d{2}$/.test(year) ? Number(year) : null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  // The edition follows the year: its mandatory tasks are ticked again when it changes.
  useEffect(() => setChosen(new Set(catalogue.tasks.filter((task) => task.mandatory).map((task) => task.id))), [catalogue]);
  const [result, setResult] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const parsed = parseUnitName(unit);
  const valid = parsed !== null && /^20\d{2}$/.test(year) && chosen.size > 0;
  const values = { year: Number(year) || null, commune: parsed?.name ?? null, unit: parsed?.unit ?? null };
  const byArea = useMemo(() => AREAS.map((area) => ({ area, tasks: catalogue.tasks.filter((task) => task.area === area) })).filter((group) => group.tasks.length > 0), [catalogue]);

  const create = async () => {
    if (!parsed || !valid) return;
    const tasks = catalogue.tasks.filter((task) => chosen.has(task.id));
    const written = newPlan(parsed.unit, parsed.name, Number(year), tasks, layout);
    const edits: Edit[] = plan ? planFill(plan, written) : [{ kind: 'append-plan', plan: written }];
    if (edits.length === 0) {
      setResult({ intent: 'error', text: t('start.needColumns') });
      return;
    }
    try {
      await host.apply(edits);
      onCreated(t('start.created', { tasks: tasks.length, activities: tasks.reduce((n, task) => n + task.activities.length, 0) }));
      await reload();
    } catch (error) {
      setResult({ intent: 'error', text: error instanceof DocumentError ? t(error.key, error.params) : t('insert.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  };

  return (
    <section className="start-plan" aria-label={t('start.title')} data-testid="start-plan">
      <Text as="h2" weight="semibold">{t('start.title')}</Text>
      <Caption1>{t(plan ? 'start.introTable' : 'start.introDocument')}</Caption1>
      <UnitYearFields t={t} unit={unit} year={year} onUnit={setUnit} onYear={setYear} testId="start" />
      <Field label={t('start.areas')}>
        <Select value={layout} onChange={(_e, data) => setLayout(data.value as PlanLayout)} data-testid="start-layout">
          <option value="seven">{t('start.areas7')}</option>
          <option value="six">{t('start.areas6')}</option>
        </Select>
      </Field>
      <details className="start-tasks">
        <summary data-testid="start-task-count">{t('start.tasks', { count: chosen.size, total: catalogue.tasks.length })}</summary>
        {byArea.map(({ area, tasks }) => (
          <fieldset key={area} className="start-area">
            <legend>{t(`area.${area}`)}</legend>
            {tasks.map((task) => (
              <Checkbox
                key={task.id}
                checked={chosen.has(task.id)}
                label={`${fillPlaceholders(task.task, values)}${task.mandatory ? ` (${t('catalogue.mandatory')})` : ''}`}
                data-testid="start-task"
                data-id={task.id}
                onChange={(_e, data) => {
                  const next = new Set(chosen);
                  if (data.checked === true) next.add(task.id);
                  else next.delete(task.id);
                  setChosen(next);
                }}
              />
            ))}
          </fieldset>
        ))}
      </details>
      <Button appearance="primary" icon={<DocumentAddRegular aria-hidden />} disabled={!valid} onClick={() => void create()} data-testid="start-create">
        {t('start.create')}
      </Button>
      {result && (
        <MessageBar intent={result.intent} data-testid="start-result">
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
