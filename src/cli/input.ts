import { readFileSync, statSync } from 'node:fs';
import type { Catalogue } from '../catalogue/schema';
import { EDITIONS, editionFor, isEdition } from '../catalogue/editions';
import { bundledCatalogue } from '../catalogue/load';
import { DocumentError } from '../hosts/errors';
import { languageOf } from '../i18n';
import { catalogueIssueText } from '../i18n/findings';
import { extname } from 'node:path';
import { fileKindOf, readDocumentFile, readDocumentToEdit, type DocumentToEdit } from '../hosts/files';
import { convertibleKind } from './convertible';
import { MAX_FILE_BYTES } from '../hosts/limits';
import { recognise } from '../plan/recognise';
import type { Plan, SourceDocument } from '../plan/types';

/**
 * A file's bytes, after checking it is a readable regular file of a sane size; each failure a
 * one-line message. Read at once: a command reads one file before it can do anything else (and
 * node's promise file system loads its readline too).
 */
export async function readInput(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentError(code === 'EACCES' ? 'error.noAccess' : 'error.fileNotFound', { name: file });
  }
  if (info.isDirectory()) throw new DocumentError('error.isFolder', { name: file });
  if (!info.isFile()) throw new DocumentError('error.notAFile', { name: file });
  if (info.size > MAX_FILE_BYTES) throw new DocumentError('error.fileTooLarge', { name: file, max: MAX_FILE_BYTES / 1024 / 1024 });
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentError(code === 'EACCES' ? 'error.noAccess' : 'error.cannotRead', { name: file, reason: code ?? '' });
  }
}

export interface LoadedPlan {
  doc: SourceDocument;
  plan: Plan;
  /** The name the plan is read and written as: the input's, or its .docx/.xlsx twin for a file LibreOffice converted. */
  name: string;
}

/** A plan a command will change, with the writer of the changed file (DocumentToEdit). */
export interface PlanToChange extends LoadedPlan {
  write: DocumentToEdit['write'];
}

/**
 * Reads a plan file once and recognises its plan, or throws a DocumentError. A .doc, .rtf,
 * .odt, .xls or .ods is read through a .docx/.xlsx copy LibreOffice makes (when installed).
 */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  const { bytes, name } = await planFile(file);
  const doc = await readDocumentFile(name, bytes);
  return { doc, plan: recognised(doc), name };
}

/** A plan a command will change: as `loadPlan`, kept for the write; --in-place is refused for a converted file (its result is a .docx/.xlsx beside it). */
export async function loadPlanToChange(file: string, inPlace: boolean | undefined): Promise<PlanToChange> {
  const { bytes, name } = await planFile(file);
  if (name !== file && inPlace) throw new DocumentError('error.inPlaceConverted', { name: file });
  const { doc, write } = await readDocumentToEdit(name, bytes);
  return { doc, plan: recognised(doc), name, write };
}

async function planFile(file: string): Promise<{ bytes: Uint8Array; name: string }> {
  const converts = convertibleKind(file);
  if (!converts) fileKindOf(file);
  const input = await readInput(file);
  return converts ? converted(file, input) : { bytes: input, name: file };
}

function recognised(doc: SourceDocument): Plan {
  const plan = recognise(doc);
  if (!plan) throw new DocumentError('error.noPlanTable');
  return plan;
}

/** A repeatable option of comma-separated values ("--task a,b --task c") as one list, blanks dropped. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((list) => list.split(',')).map((value) => value.trim()).filter(Boolean);
}

async function converted(file: string, bytes: Uint8Array): Promise<{ bytes: Uint8Array; name: string }> {
  const { convertWithLibreOffice } = await import('./convert');
  const result = await convertWithLibreOffice(file, bytes);
  return { bytes: result.bytes, name: `${file.slice(0, file.length - extname(file).length)}.${result.kind}` };
}

/** What the command line says about the catalogue: `--catalogue FILE` and `--edition YEAR`. */
export interface CatalogueOptions {
  catalogue?: string;
  edition?: string;
  lang?: string;
}

/**
 * The clerk's catalogue file; else the bundled edition asked for; else the edition for
 * the plan's year (DESIGN §8). A bad file lists what is wrong; an unknown edition says which exist.
 */
export async function loadCatalogue(options: CatalogueOptions, planYear: number | null): Promise<Catalogue> {
  const { catalogue: file, edition } = options;
  if (file === undefined) {
    if (edition === undefined) return bundledCatalogue(editionFor(planYear));
    const year = Number(edition);
    if (!isEdition(year)) throw new DocumentError('error.badEdition', { value: edition, editions: EDITIONS.join(', ') });
    return bundledCatalogue(year);
  }
  const text = new TextDecoder().decode(await readInput(file));
  // The validator loads only for a clerk's own catalogue file.
  const { parseCatalogue } = await import('../catalogue/parse');
  const result = parseCatalogue(text);
  if (result.ok) return result.catalogue;
  // A broken file can hold hundreds of thousands of faults: the first ones say enough, on one line.
  const shown = result.issues.slice(0, 20).map((issue) => `${catalogueIssueText(issue, languageOf(options.lang ?? 'vi'))} [${issue.path || '/'}]`);
  if (result.issues.length > shown.length) shown.push(`… (+${result.issues.length - shown.length})`);
  const issues = shown.join('; ');
  throw new DocumentError('error.badCatalogue', { name: file, issues });
}
