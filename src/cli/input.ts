import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/schema';
import { bundledCatalogue, parseCatalogue } from '../catalogue/load';
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

/** The clerk's catalogue file, or the bundled one. A bad file lists what is wrong. */
export async function loadCatalogue(file: string | undefined): Promise<Catalogue> {
  if (file === undefined) return bundledCatalogue();
  const text = new TextDecoder().decode(await readInput(file));
  const result = parseCatalogue(text);
  if (result.ok) return result.catalogue;
  const issues = result.issues.map((issue) => `${issue.path || '(gốc)'}: ${issue.message}`).join('; ');
  throw new DocumentError('error.badCatalogue', { name: file, issues });
}
