import { parseArgs } from 'node:util';
import { DocumentError } from '../hosts/errors';
import { languageOf, translate } from '../i18n';
import { FIXABLE, planFixes } from '../plan/fixes';
import { FINDING_CODES, SEVERITIES, type FindingCode } from '../plan/findings';
import { parseUnitNames } from '../plan/metadata';
import { validate } from '../plan/validate';
import { recognise } from '../plan/recognise';
import { listOption, loadCatalogue, loadPlanToChange, type CatalogueOptions } from './input';
import type { CliIo } from './main';
import { writeChangedPlan, type PlanChange } from './output';

/** `cchc fix FILE [--code CODE…] [--out FILE | --in-place] [--json]`: the corrections the plan itself determines, in one write. */
export async function fix(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      code: { type: 'string', multiple: true },
      out: { type: 'string' },
      'in-place': { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
      catalogue: { type: 'string' },
      edition: { type: 'string' },
      'old-unit': { type: 'string', multiple: true },
    },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const file = positionals[0];
  if (!file || positionals.length > 1 || (values.out && values['in-place'])) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const codes = listOption(values.code);
  const unknown = codes.filter((code) => !FINDING_CODES.includes(code as FindingCode));
  if (unknown.length > 0) throw new DocumentError('error.unknownCode', { codes: unknown.join(', '), fixable: FIXABLE.join(', ') });
  const oldUnits = (values['old-unit'] ?? []).flatMap(parseUnitNames);
  const { change, changes, catalogue } = await fixEdits(file, codes.length > 0 ? (codes as FindingCode[]) : FIXABLE, oldUnits, values);
  let recheck: string | null = null;
  if (change.edits.length > 0) {
    const { target, written } = await writeChangedPlan(change, values.out, values['in-place']);
    if (!values.json) io.out(translate(lang, 'cli.written', { name: target }));
    // Checked again as written (the document the write was verified with): what is left for the clerk.
    const rewritten = recognise(written);
    const left = rewritten ? validate(rewritten, catalogue, { oldUnits }) : [];
    recheck = translate(lang, 'cli.afterFix', Object.fromEntries(SEVERITIES.map((s) => [s, left.filter((f) => f.severity === s).length])));
  }
  if (values.json) io.out(JSON.stringify(changes, null, 2));
  else {
    if (changes.length === 0 && codes.length === 1 && codes[0] === 'old-encoding') io.out(translate(lang, 'cli.alreadyUnicode'));
    for (const change of changes) io.out(translate(lang, 'cli.fixed', { code: change.code, before: change.before.replace(/\n/g, ' / '), after: change.after.replace(/\n/g, ' / ') }));
    io.out(translate(lang, 'cli.fixCount', { count: changes.length }));
    if (recheck) io.out(recheck);
  }
  return 0;
}

/** The plan read and the edits of its fixes; the document and plan stay here (they can go before the written file is read back). */
async function fixEdits(file: string, codes: readonly FindingCode[], oldUnits: readonly string[], values: CatalogueOptions & { 'in-place'?: boolean }) {
  const { doc, plan, name, write } = await loadPlanToChange(file, values['in-place']);
  const catalogue = await loadCatalogue(values, plan.year);
  const findings = validate(plan, catalogue, { oldUnits });
  const { edits, changes } = planFixes(plan, doc.tables, findings, codes);
  const change: PlanChange = { name, write, edits };
  return { change, changes, catalogue };
}
