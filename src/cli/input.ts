import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/schema';
import { bundledCatalogue, EDITIONS, editionFor, isEdition, parseCatalogue } from '../catalogue/load';
import { DocumentError } from '../hosts/errors';
import { fileKindOf, readDocumentFile } from '../hosts/files';
import { recognise } from '../plan/recognise';
import type { Plan, SourceDocument } from '../plan/types';

export async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    throw new DocumentError('error.fileNotFound', { name: file });
  }
}

export interface LoadedPlan {
  bytes: Uint8Array;
  doc: SourceDocument;
  plan: Plan;
}

/** Reads a plan file once and recognises its plan, or throws a DocumentError. */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  fileKindOf(file);
  const bytes = await readInput(file);
  const doc = await readDocumentFile(file, bytes);
  const plan = recognise(doc);
  if (!plan) throw new DocumentError('error.noPlanTable');
  return { bytes, doc, plan };
}

/** What the command line says about the catalogue: `--catalogue FILE` and `--edition YEAR`. */
export interface CatalogueOptions {
  catalogue?: string;
  edition?: string;
}

/**
 * The clerk's catalogue file; else the bundled edition asked for; else the edition for
 * the plan's year (DESIGN §8). A bad file lists what is wrong; an unknown edition says which exist.
 */
export async function loadCatalogue({ catalogue: file, edition }: CatalogueOptions, planYear: number | null): Promise<Catalogue> {
  if (file === undefined) {
    if (edition === undefined) return bundledCatalogue(editionFor(planYear));
    const year = Number(edition);
    if (!isEdition(year)) throw new DocumentError('error.badEdition', { value: edition, editions: EDITIONS.join(', ') });
    return bundledCatalogue(year);
  }
  const text = new TextDecoder().decode(await readInput(file));
  const result = parseCatalogue(text);
  if (result.ok) return result.catalogue;
  const issues = result.issues.map((issue) => `${issue.path || '(gốc)'}: ${issue.message}`).join('; ');
  throw new DocumentError('error.badCatalogue', { name: file, issues });
}
