import { Button, Caption1, Checkbox, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { ErrorCircleRegular, InfoRegular, WarningRegular, WrenchRegular } from '@fluentui/react-icons';
import { useMemo, useState, type ReactElement } from 'react';
import type { Language } from '../../i18n';
import { findingMessage, findingPlace } from '../../i18n/findings';
import type { Edit } from '../../plan/edits';
import { FIXABLE, type FixChange } from '../../plan/fixes';
import type { OfferedFix } from '../../plan/offers';
import { groupBySection, SEVERITIES, type Finding, type Severity } from '../../plan/findings';
import type { Plan } from '../../plan/types';
import { useLanguage, useT } from '../i18n-context';

const ICONS: Record<Severity, ReactElement> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

/** Findings by severity, then by section; clicking one selects its cell in the document. */
/** Whether a finding's correction is determined by the plan itself (cchc fix): it gets a "Sửa" button. */
export function canFix(finding: Finding): boolean {
  if (finding.code === 'deadline-out-of-year') return !finding.params.multiYear && String(finding.params.deadline).includes(String(Number(finding.params.year) - 1));
  return FIXABLE.includes(finding.code);
}

interface FindingsProps {
  plan: Plan;
  findings: readonly Finding[];
  onSelect: (cell: string) => void;
  /** Corrects the given findings in one write (one undo step); absent where the document cannot be written. */
  onFix?: (findings: readonly Finding[]) => void;
  /** What correcting one finding would change (shown beside its "Sửa"). */
  changesOf?: (finding: Finding) => FixChange[];
  /** Choices offered for a finding (a readable deadline, the task's lead), applied only when clicked. */
  offersOf?: (finding: Finding) => OfferedFix[];
  onApply?: (edits: readonly Edit[]) => void;
  /** Leaves a finding for this document ("Bỏ qua"). */
  onIgnore?: (finding: Finding) => void;
  /** Findings left before, and how to show them again. */
  ignoredCount?: number;
  onShowIgnored?: () => void;
}

export function Findings({ plan, findings, onSelect, onFix, changesOf, offersOf, onApply, onIgnore, ignoredCount = 0, onShowIgnored }: FindingsProps) {
  const t = useT();
  const lang: Language = useLanguage();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const counts = useMemo(() => Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<Severity, number>, [findings]);
  const clean = counts.error === 0 && counts.warning === 0;
  return (
    <section className="findings" aria-label={t('check.findings')} id="findings" tabIndex={-1}>
      {onFix && findings.some(canFix) && (
        <Button appearance="primary" icon={<WrenchRegular aria-hidden />} onClick={() => onFix(findings.filter(canFix))} data-testid="fix-all">
          {t('check.fixAll', { count: findings.filter(canFix).length })}
        </Button>
      )}
      {ignoredCount > 0 && onShowIgnored && (
        <div className="finding-ignored" data-testid="ignored-count">
          <Caption1>{t('check.ignoredCount', { count: ignoredCount })}</Caption1>
          <Button size="small" appearance="transparent" onClick={onShowIgnored} data-testid="show-ignored">
            {t('check.showIgnored')}
          </Button>
        </div>
      )}
      {clean && (
        <MessageBar intent="success" data-testid="no-findings">
          <MessageBarBody>{t(findings.length === 0 ? 'check.noFindings' : 'check.cleanWithHints', { count: counts.info })}</MessageBarBody>
        </MessageBar>
      )}
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
      {SEVERITIES.filter((severity) => shown[severity] && counts[severity] > 0).map((severity) => {
        // The catalogue's missing tasks are one collapsible hint, not a wall of lines.
        const ofSeverity = findings.filter((f) => f.severity === severity);
        const missingTasks = ofSeverity.filter((f) => f.code === 'missing-standard-task');
        return (
          <div key={severity} className={`finding-group finding-${severity}`}>
            <Text as="h2" weight="semibold">{t(`severity.${severity}`)}</Text>
            {groupBySection(ofSeverity.filter((f) => f.code !== 'missing-standard-task'), (row) => plan.rows[row].section).map((group) => (
              <div key={group.section ?? 'plan'}>
                <Caption1 as="h3">{group.section === null ? t('finding.place.plan') : plan.sections[group.section].title}</Caption1>
                <ul className="finding-list">
                  {group.findings.map((finding, i) => (
                    <li key={`${finding.code}-${finding.row}-${finding.field}-${i}`} className="finding-item">
                      <FindingButton plan={plan} finding={finding} lang={lang} onSelect={onSelect} />
                      <FindingActions
                        finding={finding}
                        sameCode={findings.filter((f) => f.code === finding.code && canFix(f))}
                        onFix={onFix}
                        changes={onFix && canFix(finding) ? (changesOf?.(finding) ?? []) : []}
                        offers={onApply ? (offersOf?.(finding) ?? []) : []}
                        onApply={onApply}
                        onIgnore={onIgnore}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
            {missingTasks.length > 0 && (
              <details className="missing-tasks" data-testid="missing-tasks">
                <summary>{t('check.missingTasks', { count: missingTasks.length })}</summary>
                <ul className="finding-list">
                  {missingTasks.map((finding) => (
                    <li key={String(finding.params.id)} data-testid="finding" data-code={finding.code}>
                      {findingMessage(finding, lang)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}

interface ActionsProps {
  finding: Finding;
  /** The fixable findings of the same code (for "Sửa cả N chỗ loại này"). */
  sameCode: readonly Finding[];
  onFix?: (findings: readonly Finding[]) => void;
  changes: readonly FixChange[];
  offers: readonly OfferedFix[];
  onApply?: (edits: readonly Edit[]) => void;
  onIgnore?: (finding: Finding) => void;
}

/** Under a finding: what its fix changes, "Sửa", "Sửa cả N chỗ loại này", the choices offered, "Bỏ qua". */
function FindingActions({ finding, sameCode, onFix, changes, offers, onApply, onIgnore }: ActionsProps) {
  const t = useT();
  const fixable = onFix !== undefined && canFix(finding);
  if (!fixable && offers.length === 0 && !onIgnore) return null;
  return (
    <div className="finding-actions">
      {fixable && changes.length > 0 && (
        <Caption1 className="fix-preview" data-testid="fix-preview">
          {changes.slice(0, 2).map((change, i) => (
            <span key={i} className="fix-change">
              {change.after === '' && change.code === 'duplicate-row' ? t('check.fixRemovesRow') : t('check.fixChange', { before: clip(change.before), after: clip(change.after) })}
            </span>
          ))}
        </Caption1>
      )}
      {fixable && (
        <Button size="small" appearance="outline" onClick={() => onFix?.([finding])} data-testid="fix-one" aria-label={t('check.fixOne')}>
          {t('check.fixOne')}
        </Button>
      )}
      {fixable && sameCode.length > 1 && (
        <Button size="small" appearance="subtle" onClick={() => onFix?.(sameCode)} data-testid="fix-code">
          {t('check.fixCode', { count: sameCode.length })}
        </Button>
      )}
      {offers.length > 0 && (
        <span className="finding-offers" role="group" aria-label={t('check.offers')}>
          <Caption1>{t('check.offers')}</Caption1>
          {offers.map((offer) => (
            <Button key={offer.text} size="small" appearance="outline" onClick={() => onApply?.([offer.edit])} data-testid="offer">
              {offer.text}
            </Button>
          ))}
        </span>
      )}
      {onIgnore && (
        <Button size="small" appearance="transparent" onClick={() => onIgnore(finding)} data-testid="ignore">
          {t('check.ignore')}
        </Button>
      )}
    </div>
  );
}

/** A cell's text shortened for the one-line preview of a fix. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function FindingButton({ plan, finding, lang, onSelect }: { plan: Plan; finding: Finding; lang: Language; onSelect: (cell: string) => void }) {
  // A finding about the whole plan has no cell to go to: it is text, not a disabled button.
  if (finding.cell === null) {
    return (
      <div className="finding-plain" data-testid="finding" data-code={finding.code}>
        {ICONS[finding.severity]}
        <span className="finding-text">{findingMessage(finding, lang)}</span>
      </div>
    );
  }
  return (
    <Button
      appearance="subtle"
      icon={ICONS[finding.severity]}
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
  );
}
