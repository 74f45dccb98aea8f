import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { AddRegular, SearchRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { searchTasks } from '../../catalogue/search';
import type { PlanHost } from '../../hosts/host';
import { planInsertion } from '../../plan/insert';
import { fillPlaceholders } from '../../plan/placeholders';
import { standardTasksInPlan } from '../../plan/standard-tasks';
import { AREAS, type Area, type Plan, type SourceDocument } from '../../plan/types';
import { useCatalogue } from '../use-catalogue';
import { useT } from '../i18n-context';
import { useFocusOnResult } from '../use-focus';
import { EditionSelect } from './EditionSelect';

interface Props {
  host: PlanHost;
  doc: SourceDocument;
  plan: Plan;
  onChanged: () => Promise<void>;
}

/** "Thêm nhiệm vụ": search the catalogue, tick tasks, preview where their rows go, insert. */
export function InsertTab({ host, doc, plan, onChanged }: Props) {
  const t = useT();
  const catalogue = useCatalogue(plan.year);
  const [query, setQuery] = useState('');
  const [area, setArea] = useState<Area | ''>('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [result, setResult] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const resultRef = useFocusOnResult(result);
  const [busy, setBusy] = useState(false);
  const found = useMemo(() => searchTasks(catalogue.tasks, query, area || null), [catalogue, query, area]);
  const present = useMemo(() => standardTasksInPlan(plan, catalogue.tasks), [plan, catalogue]);
  const chosen = useMemo(() => ticked.map((id) => catalogue.tasks.find((task) => task.id === id)).filter((task) => task !== undefined), [ticked, catalogue]);
  const insertion = useMemo(() => planInsertion(plan, doc.tables, chosen), [plan, doc, chosen]);
  const tickedTwice = chosen.filter((task) => present.has(task.id));

  const insert = async () => {
    setBusy(true);
    try {
      await host.apply(insertion.edits);
      const added = insertion.inserted.map((i) => t(i.sectionCreated ? 'insert.addedNewSection' : 'insert.added', { task: i.task, section: i.section, numbers: i.numbers.join(', ') || '–' }));
      const activities = chosen.reduce((count, task) => count + task.activities.length, 0);
      if (plan.evaluation !== null) added.push(t('insert.notAssessed', { count: activities }));
      setResult({ intent: 'success', text: added.join(' ') });
      setTicked([]);
      await onChanged();
    } catch (error) {
      setResult({ intent: 'error', text: t('insert.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('tab.insert')} className="tab-panel">
      <EditionSelect planYear={plan.year} />
      <Field label={t('insert.search')}>
        <Input contentBefore={<SearchRegular aria-hidden />} value={query} onChange={(_e, data) => setQuery(data.value)} data-testid="catalogue-search" />
      </Field>
      <Field label={t('insert.area')}>
        <Select value={area} onChange={(_e, data) => setArea(data.value as Area | '')}>
          <option value="">{t('insert.allAreas')}</option>
          {AREAS.map((a) => (
            <option key={a} value={a}>{t(`area.${a}`)}</option>
          ))}
        </Select>
      </Field>
      <ul className="catalogue-list" aria-label={t('insert.tasks')}>
        {found.map((task) => (
          <li key={task.id}>
            <Checkbox
              checked={ticked.includes(task.id)}
              onChange={(_e, data) => setTicked(data.checked ? [...ticked, task.id] : ticked.filter((id) => id !== task.id))}
              label={fillPlaceholders(task.task, plan)}
              data-testid={`task-${task.id}`}
            />
            {present.has(task.id) && <Badge appearance="tint" color="success">{t('insert.present')}</Badge>}
            {task.mandatory && <Badge appearance="outline">{t('catalogue.mandatory')}</Badge>}
          </li>
        ))}
      </ul>
      {insertion.inserted.length > 0 && (
        <div className="insert-preview" data-testid="insert-preview">
          <Text weight="semibold">{t('insert.preview')}</Text>
          <ul>
            {insertion.inserted.map((i) => (
              <li key={i.id}>{t('insert.previewLine', { task: i.task, section: i.section, numbers: i.numbers.join(', ') || '–' })}</li>
            ))}
          </ul>
        </div>
      )}
      {tickedTwice.length > 0 && (
        <MessageBar intent="warning" data-testid="insert-duplicate">
          <MessageBarBody>{t('insert.alreadyInPlan', { tasks: tickedTwice.map((task) => `"${fillPlaceholders(task.task, plan)}"`).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" icon={<AddRegular />} disabled={chosen.length === 0 || busy} onClick={() => void insert()}>
        {t('insert.button', { count: chosen.length })}
      </Button>
      {result && (
        // The result takes the focus: the list the clerk clicked in has just been read again.
        <MessageBar intent={result.intent} data-testid="insert-result" tabIndex={-1} ref={resultRef}>
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
