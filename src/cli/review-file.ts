import { basename } from 'node:path';
import type { Language } from '../i18n';
import { reviewedFile, unreadableFile, type ReviewedFile } from '../review/reviewed-file';
import { loadCatalogue, loadPlan } from './input';

/** Reads, recognises and checks one file; a file that cannot be read gives its one-line reason instead. */
export async function reviewFile(file: string, asOf: string | null, lang: Language): Promise<ReviewedFile> {
  try {
    const { plan } = await loadPlan(file);
    return reviewedFile(file, plan, await loadCatalogue({}, plan.year), asOf, lang);
  } catch (error) {
    return unreadableFile(file, basename(file), error, lang);
  }
}
