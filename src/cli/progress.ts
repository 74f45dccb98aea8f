import { parseArgs } from 'node:util';
import { DocumentError } from '../hosts/errors';
import { fileKindOf } from '../hosts/files';
import { languageOf, translate, type Language } from '../i18n';
import { readDate } from '../plan/dates';
import { defaultProgressMode, planProgress, type ProgressMode } from '../plan/progress';
import { recognise } from '../plan/recognise';
import { standardStatus, statusCategory } from '../plan/status';
import type { Plan } from '../plan/types';
import { hasErrors, validate } from '../plan/validate';
import { checkReport } from './check';
import type { Catalogue } from '../catalogue/schema';
import { loadCatalogue, loadPlanToChange, type CatalogueOptions } from './input';
import type { CliIo } from './main';
import { writeChangedPlan, type PlanChange } from './output';

/** `cchc progress FILE --as-of YYYY-MM-DD [--status ROW=VALUE…] [--mode columns|appendix] [--out FILE | --in-place] [--json]`. */
export async function progress(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      status: { type: 'string', multiple: true },
      explanation: { type: 'string', multiple: true },
      mode: { type: 'string' },
      out: { type: 'string' },
      'in-place': { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      catalogue: { type: 'string' }, edition: { type: 'string' },
    },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const file = positionals[0];
  const asOf = values['as-of'];
  if (!file || positionals.length > 1 || !asOf || (values.out && values['in-place'])) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const reportDate = readDate(asOf);
  if (reportDate === null) throw new DocumentError('error.badDate', { value: asOf });
  if (values.mode !== undefined && values.mode !== 'columns' && values.mode !== 'appendix') throw new DocumentError('error.badMode', { value: values.mode });
  const { change, catalogue } = await progressEdits(file, values, reportDate, lang, io);
  // What is reported is the plan as the written file reads back (read once already, to check the write).
  const { target, written } = await writeChangedPlan(change, values.out, values['in-place']);
  const evaluated = recognise(written) as Plan;
  const findings = validate(evaluated, catalogue, { asOf: reportDate });
  if (values.json) {
    io.out(JSON.stringify({ output: target, ...checkReport(file, evaluated, findings, lang) }, null, 2));
  } else {
    io.out(evaluated.statedSummary?.text ?? '');
    io.out(translate(lang, 'cli.written', { name: target }));
    const missing = findings.filter((f) => f.code === 'status-missing').length;
    if (missing > 0) io.out(translate(lang, 'cli.statusesToChoose', { count: missing }));
  }
  return hasErrors(findings) ? 1 : 0;
}


type ProgressValues = Partial<Record<'status' | 'explanation', string[]>> & { mode?: string; 'in-place'?: boolean } & CatalogueOptions;

/**
 * The plan read and its progress edits. Only the edits and the file's writer leave this
 * function: the document and plan first read can go before the written file is read back.
 */
async function progressEdits(file: string, values: ProgressValues, asOf: string, lang: Language, io: CliIo): Promise<{ change: PlanChange; catalogue: Catalogue }> {
  const { doc, plan, name, write } = await loadPlanToChange(file, values['in-place']);
  const catalogue = await loadCatalogue(values, plan.year);
  const statuses = rowValues(values.status ?? [], plan, 'error.badStatus');
  for (const [row, typed] of Object.entries(statuses)) {
    const status = standardStatus(typed);
    if (status !== null) statuses[Number(row)] = status;
    else io.err(translate(lang, 'cli.freeStatus', { row, value: typed, counted: translate(lang, `status.counted.${statusCategory(typed)}`) }));
  }
  const explanations = rowValues(values.explanation ?? [], plan, 'error.badExplanation');
  const mode: ProgressMode = (values.mode as ProgressMode | undefined) ?? defaultProgressMode(plan, fileKindOf(name) === 'docx');
  const { edits } = planProgress(plan, doc.tables, { asOf, statuses, explanations, mode });
  return { change: { name, write, edits }, catalogue };
}

/** "3=xong", "12=Hoàn thành" → texts by plan row index (the `row` of check --json). */
function rowValues(items: readonly string[], plan: Plan, error: 'error.badStatus' | 'error.badExplanation'): Record<number, string> {
  const values: Record<number, string> = {};
  for (const item of items) {
    const match = /^(\d+)=(.*\S.*)$/s.exec(item.trim());
    const row = match ? Number(match[1]) : -1;
    if (!match || row >= plan.rows.length) throw new DocumentError(error, { value: item, rows: plan.rows.length - 1 });
    values[row] = match[2].trim();
  }
  return values;
}
