import { parseArgs } from 'node:util';
import { DocumentError } from '../hosts/errors';
import { languageOf, translate } from '../i18n';
import { planInsertion } from '../plan/insert';
import { standardTasksInPlan } from '../plan/standard-tasks';
import { listOption, loadCatalogue, loadPlanToChange, type CatalogueOptions } from './input';
import type { CliIo } from './main';
import { writeChangedPlan, type PlanChange } from './output';

/** `cchc insert FILE --task ID[,ID…] [--out FILE | --in-place] [--allow-duplicate] [--catalogue FILE]`: a task already in the plan is refused. */
export async function insert(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      task: { type: 'string', multiple: true },
      out: { type: 'string' },
      'in-place': { type: 'boolean' },
      'allow-duplicate': { type: 'boolean' },
      lang: { type: 'string' },
      catalogue: { type: 'string' }, edition: { type: 'string' },
    },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const file = positionals[0];
  const ids = listOption(values.task);
  if (file && positionals.length === 1 && ids.length === 0) {
    io.err(translate(lang, 'cli.insertNeedsTask'));
    return 2;
  }
  if (!file || positionals.length > 1 || (values.out && values['in-place'])) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const { change, inserted, notAssessed } = await insertionEdits(file, ids, values);
  const { target } = await writeChangedPlan(change, values.out, values['in-place']);
  for (const task of inserted) {
    const key = task.sectionCreated ? 'insert.addedNewSection' : 'insert.added';
    io.out(translate(lang, key, { task: task.task, section: task.section, numbers: task.numbers.join(', ') || '–' }));
  }
  // A plan already assessed: the new activities have no progress yet.
  if (notAssessed !== null) io.out(translate(lang, 'insert.notAssessed', { count: notAssessed }));
  io.out(translate(lang, 'cli.written', { name: target }));
  return 0;
}

/**
 * The plan read and the edits that insert the tasks. Only the edits, the file's writer and what
 * is reported leave this function: the document and plan can go before the written file is read back.
 */
async function insertionEdits(file: string, ids: readonly string[], values: CatalogueOptions & { 'in-place'?: boolean; 'allow-duplicate'?: boolean }) {
  const { doc, plan, name, write } = await loadPlanToChange(file, values['in-place']);
  const catalogue = await loadCatalogue(values, plan.year);
  const unknown = ids.filter((id) => !catalogue.tasks.some((task) => task.id === id));
  if (unknown.length > 0) throw new DocumentError('error.unknownTask', { ids: unknown.join(', '), edition: catalogue.edition ?? catalogue.version });
  const tasks = ids.map((id) => catalogue.tasks.find((task) => task.id === id)).filter((task) => task !== undefined);
  const present = standardTasksInPlan(plan, tasks);
  if (present.size > 0 && !values['allow-duplicate']) throw new DocumentError('error.taskInPlan', { ids: [...present].join(', ') });
  const { edits, inserted } = planInsertion(plan, doc.tables, tasks);
  const change: PlanChange = { name, write, edits };
  const activities = tasks.reduce((count, task) => count + task.activities.length, 0);
  return { change, inserted, notAssessed: plan.evaluation !== null ? activities : null };
}
