import type { Edit } from '../plan/edits';
import type { SourceDocument } from '../plan/types';
import { DocumentError } from './errors';
import type { WrittenFile } from './ooxml/write-docx';

export type FileKind = 'docx' | 'xlsx';

/** The kind of a plan file from its name, or an error naming what is supported. */
export function fileKindOf(name: string): FileKind {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'docx' || extension === 'xlsx') return extension;
  throw new DocumentError('error.unsupportedType', { name });
}

/** Reads a .docx or .xlsx file; the readers load only when needed (they are large). */
export async function readDocumentFile(name: string, bytes: Uint8Array): Promise<SourceDocument> {
  if (fileKindOf(name) === 'docx') {
    const { readDocx } = await import('./ooxml/read-docx');
    return readDocx(bytes);
  }
  const { readXlsx } = await import('./xlsx/read-xlsx');
  return readXlsx(bytes);
}

/** A file read by a command that will change it: its document and the writer of its changed bytes. */
export interface DocumentToEdit {
  doc: SourceDocument;
  /**
   * The file with the edits applied, and the document it reads back as; once. A .docx is written
   * from this read, not read again, and read back from where it differs from it.
   */
  write: (edits: readonly Edit[]) => Promise<WrittenFile>;
}

export async function readDocumentToEdit(name: string, bytes: Uint8Array): Promise<DocumentToEdit> {
  if (fileKindOf(name) === 'docx') {
    const { readDocxToEdit } = await import('./ooxml/write-docx');
    const { source, write } = await readDocxToEdit(bytes);
    return { doc: source, write };
  }
  const { readXlsx } = await import('./xlsx/read-xlsx');
  return {
    doc: await readXlsx(bytes),
    write: async (edits) => {
      const written = await writeDocumentFile(name, bytes, edits);
      return { bytes: written, readBack: readXlsx };
    },
  };
}

/** Applies edits to a .docx or .xlsx file's bytes and returns the new file. */
export async function writeDocumentFile(name: string, bytes: Uint8Array, edits: readonly Edit[]): Promise<Uint8Array> {
  if (fileKindOf(name) === 'docx') {
    const { writeDocx } = await import('./ooxml/write-docx');
    return writeDocx(bytes, edits);
  }
  const { writeXlsx } = await import('./xlsx/write-xlsx');
  return writeXlsx(bytes, edits);
}
