import type { Finding } from '../plan/findings';
import type { Plan } from '../plan/types';
import { translate, type Language, type MessageKey } from './index';

/** The message of a finding in a language: what is wrong and what to do (DESIGN §5). */
export function findingMessage(finding: Finding, lang: Language): string {
  const params = { ...finding.params };
  if (finding.field) params.field = translate(lang, `role.${finding.field}`).toLocaleLowerCase(lang);
  if (typeof params.area === 'string') params.areaName = translate(lang, `area.${params.area}` as MessageKey);
  const key: MessageKey = finding.code === 'no-plan-table' ? 'error.noPlanTable' : (`finding.${finding.code}` as MessageKey);
  return translate(lang, key, params);
}

/** Where a finding is, as the clerk sees it: "TT 5", "dòng 12 của bảng" or the whole plan. */
export function findingPlace(finding: Finding, plan: Plan, lang: Language): string {
  if (finding.row === null) return translate(lang, 'finding.place.plan');
  const row = plan.rows[finding.row];
  return row.number
    ? translate(lang, 'finding.place.row', { number: row.number })
    : translate(lang, 'finding.place.tableRow', { row: row.source.row + 1 });
}
