import { Button, Caption1, Checkbox, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactElement } from 'react';
import type { Language } from '../../i18n';
import { findingMessage, findingPlace } from '../../i18n/findings';
import { groupBySection, SEVERITIES, type Finding, type Severity } from '../../plan/findings';
import type { Plan } from '../../plan/types';
import { useLanguage, useT } from '../i18n-context';

const ICONS: Record<Severity, ReactElement> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

/** Findings by severity, then by section; clicking one selects its cell in the document. */
export function Findings({ plan, findings, onSelect }: { plan: Plan; findings: readonly Finding[]; onSelect: (cell: string) => void }) {
  const t = useT();
  const lang: Language = useLanguage();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>, [findings]);
  if (findings.length === 0) return <Text data-testid="no-findings">{t('check.noFindings')}</Text>;
  return (
    <section className="findings" aria-label={t('check.findings')}>
      <div className="finding-filters" role="group" aria-label={t('check.filter')}>
        {SEVERITIES.map((severity) => (
          <Checkbox
            key={severity}
            checked={shown[severity]}
            onChange={(_event, data) => setShown({ ...shown, [severity]: data.checked === true })}
            label={`${t(`severity.${severity}`)} (${counts[severity]})`}
            data-testid={`filter-${severity}`}
          />
        ))}
      </div>
      {SEVERITIES.filter((severity) => shown[severity] && counts[severity] > 0).map((severity) => (
        <div key={severity} className={`finding-group finding-${severity}`}>
          <Text as="h2" weight="semibold">{t(`severity.${severity}`)}</Text>
          {groupBySection(findings.filter((f) => f.severity === severity), (row) => plan.rows[row].section).map((group) => (
            <div key={group.section ?? 'plan'}>
              <Caption1 as="h3">{group.section === null ? t('finding.place.plan') : plan.sections[group.section].title}</Caption1>
              <ul className="finding-list">
                {group.findings.map((finding, i) => (
                  <li key={`${finding.code}-${finding.row}-${finding.field}-${i}`}>
                    <Button
                      appearance="subtle"
                      icon={ICONS[finding.severity]}
                      disabled={finding.cell === null}
                      onClick={() => finding.cell && onSelect(finding.cell)}
                      data-testid="finding"
                      data-code={finding.code}
                      data-cell={finding.cell ?? undefined}
                    >
                      <span className="finding-text">
                        {finding.row !== null && <strong>{findingPlace(finding, plan, lang)}: </strong>}
                        {findingMessage(finding, lang)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
