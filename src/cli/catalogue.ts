import { parseArgs } from 'node:util';
import { searchTasks } from '../catalogue/search';
import { languageOf, translate, type MessageKey } from '../i18n';
import { fillPlaceholders } from '../plan/placeholders';
import { AREAS, type Area } from '../plan/types';
import { loadCatalogue } from './input';
import type { CliIo } from './main';

/** `cchc catalogue [--json] [--search TEXT] [--area AREA] [--edition YEAR] [--catalogue FILE]`: the newest edition unless asked, most relevant first. */
export async function catalogue(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: false,
    options: { json: { type: 'boolean' }, search: { type: 'string' }, area: { type: 'string' }, lang: { type: 'string' }, catalogue: { type: 'string' }, edition: { type: 'string' } },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const area = values.area ?? null;
  if (positionals.length > 0 || (area !== null && !AREAS.includes(area as Area))) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  const loaded = await loadCatalogue(values, null);
  const tasks = searchTasks(loaded.tasks, values.search ?? '', area as Area | null);
  if (values.json) {
    io.out(JSON.stringify({ version: loaded.version, edition: loaded.edition ?? null, tasks }, null, 2));
    return 0;
  }
  // Placeholders shown for a plan of the edition's first year (or next year's plan), in a xã.
  const year = Math.max(loaded.edition ?? 0, new Date().getFullYear() + 1);
  for (const task of tasks) {
    const mandatory = task.mandatory ? ` (${translate(lang, 'catalogue.mandatory')})` : '';
    io.out(`${task.id}  [${translate(lang, `area.${task.area}` as MessageKey)}] ${fillPlaceholders(task.task, { year, commune: '…', unit: 'xã' })}${mandatory}`);
  }
  io.out(translate(lang, 'cli.catalogueCount', { count: tasks.length, total: loaded.tasks.length, edition: loaded.edition ?? loaded.version }));
  return 0;
}
