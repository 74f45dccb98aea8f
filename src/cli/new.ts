import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DocumentError } from '../hosts/errors';
import { fileKindOf, readDocumentFile } from '../hosts/files';
import { languageOf, translate } from '../i18n';
import { newPlan, parseUnitName } from '../plan/new-plan';
import { loadCatalogue } from './input';
import type { CliIo } from './main';
import { writeAtomically } from './output';

/** `cchc new --unit "xã NAME" --year YYYY [--tasks mandatory|all|ID,…] [--edition YEAR] [--areas 7|6] --out FILE.docx|.xlsx`. */
export async function newCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { unit: { type: 'string' }, year: { type: 'string' }, tasks: { type: 'string' }, edition: { type: 'string' }, catalogue: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, areas: { type: 'string' } },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const unit = parseUnitName(values.unit ?? '');
  const year = Number(values.year);
  const areas = values.areas ?? '7';
  if (positionals.length > 0 || !unit || !values.out || !Number.isInteger(year) || year < 2000 || year > 2100 || (areas !== '7' && areas !== '6')) {
    io.err(translate(lang, 'cli.newUsage'));
    return 2;
  }
  const kind = fileKindOf(values.out);
  if (await stat(values.out).then(() => true, () => false)) throw new DocumentError('error.outExists', { name: values.out });
  const catalogue = await loadCatalogue(values, year);
  const choice = values.tasks ?? 'mandatory';
  const ids = choice === 'mandatory' || choice === 'all' ? null : choice.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = (ids ?? []).filter((id) => !catalogue.tasks.some((task) => task.id === id));
  if (unknown.length > 0) throw new DocumentError('error.unknownTask', { ids: unknown.join(', '), edition: catalogue.edition ?? catalogue.version });
  const tasks = catalogue.tasks.filter((task) => (ids ? ids.includes(task.id) : choice === 'all' || task.mandatory));
  const plan = newPlan(unit.unit, unit.name, year, tasks, areas === '6' ? 'six' : 'seven');
  const bytes = kind === 'docx' ? await (await import('../hosts/ooxml/new-docx')).newPlanDocx(plan) : await (await import('../hosts/xlsx/new-xlsx')).newPlanXlsx(plan);
  await writeAtomically(values.out, bytes, (written) => readDocumentFile(values.out as string, written));
  const activities = tasks.reduce((count, task) => count + task.activities.length, 0);
  io.out(translate(lang, 'cli.created', { name: values.out, unit: unit.unit, commune: unit.name, year, tasks: tasks.length, activities, edition: catalogue.edition ?? catalogue.version }));
  return 0;
}
