import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentError } from '../hosts/errors';
import { fileKindOf, readDocumentFile } from '../hosts/files';
import { languageOf, translate, type Language } from '../i18n';
import { recognise } from '../plan/recognise';
import { planReport } from '../plan/report';
import { sectionCounts } from '../plan/sections';
import { ROLES, type Plan } from '../plan/types';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs `cchc` with its arguments; resolves to the exit code (DESIGN §7). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const lang = languageFromArgs(rest);
  try {
    if (command === 'check') return await check(rest, io);
    io.err(command ? translate(lang, 'cli.unknownCommand', { name: command }) : translate(lang, 'cli.usage'));
    if (command) io.err(translate(lang, 'cli.usage'));
    return 2;
  } catch (error) {
    if (error instanceof DocumentError) {
      io.err(translate(lang, error.key, error.params));
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${translate(lang, 'cli.badOption', { name: error.message })}\n${translate(lang, 'cli.usage')}`);
      return 2;
    }
    throw error;
  }
}

function languageFromArgs(args: readonly string[]): Language {
  const at = args.indexOf('--lang');
  return at >= 0 ? languageOf(args[at + 1]) : 'vi';
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, catalogue: { type: 'string' } },
  });
  const lang = languageOf(values.lang ?? 'vi');
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    io.err(translate(lang, 'cli.usage'));
    return 2;
  }
  fileKindOf(file);
  const bytes = await readInput(file);
  const plan = recognise(await readDocumentFile(file, bytes));
  if (!plan) throw new DocumentError('error.noPlanTable');
  if (values.json) {
    io.out(JSON.stringify({ file: basename(file), plan: planReport(plan), summary: null, findings: [] }, null, 2));
  } else {
    io.out(describePlan(plan, lang));
  }
  return 0;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new DocumentError('error.fileNotFound', { name: file });
  }
}

/** The human-readable summary: plan, columns, and sections with their counts. */
function describePlan(plan: Plan, lang: Language): string {
  const sections = sectionCounts(plan);
  const unknown = translate(lang, 'check.unknown');
  const lines = [
    translate(lang, 'cli.plan', { commune: plan.commune ?? unknown, year: plan.year ?? unknown }),
    translate(lang, 'cli.counts', { tasks: plan.tasks.length, activities: plan.rows.length, sections: sections.length }),
    `${translate(lang, 'cli.columns')}: ${ROLES.filter((role) => plan.columns[role] !== null)
      .map((role) => `${translate(lang, `role.${role}`)}=${(plan.columns[role] ?? 0) + 1}`)
      .join(', ')}`,
    ...sections.map((section, i) =>
      translate(lang, 'cli.section', { index: i + 1, title: section.title, tasks: section.tasks, activities: section.activities }),
    ),
  ];
  return lines.join('\n');
}
