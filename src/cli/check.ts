import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { findingMessage, findingPlace } from '../i18n/findings';
import { languageOf, translate, type Language } from '../i18n';
import { groupBySection, SEVERITIES, type Finding } from '../plan/findings';
import { parseUnitNames } from '../plan/metadata';
import { planReport, progressSummary } from '../plan/report';
import { sectionCounts } from '../plan/sections';
import type { Catalogue } from '../catalogue/schema';
import { ROLES, type Plan } from '../plan/types';
import { hasErrors, validate } from '../plan/validate';
import { loadCatalogue, loadPlan } from './input';
import type { CliIo } from './main';

/** `cchc check FILE [--json] [--lang vi|en] [--catalogue FILE] [--old-unit NAME…] [--hints]` (DESIGN §7): the catalogue's missing tasks in one line unless --hints. */
export async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, catalogue: { type: 'string' }, edition: { type: 'string' }, 'old-unit': { type: 'string', multiple: true }, hints: { type: 'boolean' } },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const { plan } = await loadPlan(file);
  const catalogue = await loadCatalogue(values, plan.year);
  const findings = validate(plan, catalogue, { oldUnits: (values['old-unit'] ?? []).flatMap(parseUnitNames) });
  io.out(values.json ? JSON.stringify(checkReport(file, plan, findings, lang), null, 2) : describePlan(plan, findings, lang, catalogue, values.hints === true));
  return hasErrors(findings) ? 1 : 0;
}

export function checkReport(file: string, plan: Plan, findings: readonly Finding[], lang: Language) {
  return {
    file: basename(file),
    plan: planReport(plan),
    summary: progressSummary(plan),
    findings: findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      row: finding.row,
      field: finding.field,
      message: findingMessage(finding, lang),
      cell: finding.cell,
    })),
  };
}

/** The human-readable report: plan, columns, sections, then findings grouped by section. */
function describePlan(plan: Plan, findings: readonly Finding[], lang: Language, catalogue: Catalogue, allHints: boolean): string {
  const sections = sectionCounts(plan);
  const unknown = translate(lang, 'check.unknown');
  const lines = [
    translate(lang, 'cli.plan', { commune: plan.commune === null ? unknown : `${plan.unit ?? 'xã'} ${plan.commune}`, year: plan.year ?? unknown }),
    translate(lang, 'cli.counts', { tasks: plan.tasks.length, activities: plan.rows.length, sections: sections.length }),
    `${translate(lang, 'cli.columns')}: ${ROLES.filter((role) => plan.columns[role] !== null)
      .map((role) => `${translate(lang, `role.${role}`)}=${(plan.columns[role] ?? 0) + 1}`)
      .join(', ')}`,
    // A title that carries its own number ("I. CẢI CÁCH THỂ CHẾ") is not numbered again.
    ...sections.map((section, i) =>
      translate(lang, /^[IVXL]+\s*[.)\-–:]/.test(section.title) ? 'cli.sectionNumbered' : 'cli.section', { index: i + 1, title: section.title, tasks: section.tasks, activities: section.activities }),
    ),
    '',
    translate(lang, 'cli.findingCounts', Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]))),
  ];
  // Errors first, then warnings, each by section; the catalogue's missing tasks are one line unless --hints.
  const missing = findings.filter((f) => f.code === 'missing-standard-task');
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((f) => f.severity === severity && (allHints || f.code !== 'missing-standard-task'));
    for (const group of groupBySection(ofSeverity, (row) => plan.rows[row].section)) {
      lines.push(group.section === null ? translate(lang, 'finding.place.plan') : plan.sections[group.section].title);
      for (const finding of group.findings) {
        const place = finding.row === null ? '' : `${findingPlace(finding, plan, lang)}: `;
        const id = finding.code === 'missing-standard-task' ? ` [${String(finding.params.id)}]` : '';
        lines.push(`  [${translate(lang, `severity.${finding.severity}`)}] ${place}${findingMessage(finding, lang)}${id}`);
      }
    }
  }
  if (!allHints && missing.length > 0) {
    lines.push(translate(lang, 'cli.missingTasks', { count: missing.length, edition: catalogue.edition ?? catalogue.version, tasks: missing.map((f) => `${String(f.params.task)} [${String(f.params.id)}]`).join('; ') }));
  }
  return lines.join('\n');
}
