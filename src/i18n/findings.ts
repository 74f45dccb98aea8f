import type { CatalogueIssue } from '../catalogue/parse';
import type { Finding } from '../plan/findings';
import type { Plan } from '../plan/types';
import { translate, type Language, type MessageKey } from './index';

/** The message of a finding in a language: what is wrong and what to do (DESIGN §5). */
export function findingMessage(finding: Finding, lang: Language): string {
  const params = { ...finding.params };
  if (finding.field) params.field = translate(lang, `role.${finding.field}`).toLocaleLowerCase(lang);
  if (typeof params.area === 'string') params.areaName = translate(lang, `area.${params.area}` as MessageKey);
  return translate(lang, messageKey(finding), params);
}

/** Each finding code has its message; an empty cell says what belongs in that column, a multi-year deadline is its own case. */
function messageKey(finding: Finding): MessageKey {
  if (finding.code === 'no-plan-table') return 'error.noPlanTable';
  if (finding.code === 'empty-cell' && finding.field) return `finding.empty-cell.${finding.field}` as MessageKey;
  if (finding.code === 'deadline-out-of-year' && finding.params.multiYear) return 'finding.deadline-out-of-year.multiYear';
  return `finding.${finding.code}` as MessageKey;
}

/** Where a finding is, as the clerk sees it: "TT 5", "dòng 12 của bảng" or the whole plan. */
export function findingPlace(finding: Finding, plan: Plan, lang: Language): string {
  if (finding.row === null) return translate(lang, 'finding.place.plan');
  const row = plan.rows[finding.row];
  return row.number
    ? translate(lang, 'finding.place.row', { number: row.number })
    : translate(lang, 'finding.place.tableRow', { row: row.source.row + 1 });
}

/** A fault of a catalogue file in the UI language: where, in the clerk's words ("nhiệm vụ 4, lĩnh vực"), and what. */
export function catalogueIssueText(issue: CatalogueIssue, lang: Language): string {
  const place = issue.path === '' ? translate(lang, 'catalogue.place.file') : catalogueNames(issue.path, lang);
  return `${place}: ${translate(lang, `catalogue.fault.${issue.fault}` as MessageKey, { detail: issue.detail })}`;
}

/** "tasks[3].activities[0].lead" → "nhiệm vụ 4, hoạt động 1, chủ trì". */
function catalogueNames(path: string, lang: Language): string {
  return [...path.matchAll(/([a-zA-Z]+)(?:\[(\d+)\])?/g)]
    .map(([, name, index]) => {
      const word = translate(lang, `catalogue.field.${name}` as MessageKey);
      const label = word.startsWith('catalogue.field.') ? name : word;
      return index === undefined ? label : `${label} ${Number(index) + 1}`;
    })
    .join(', ');
}
