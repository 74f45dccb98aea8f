import { extname } from 'node:path';
import type { FileKind } from '../hosts/files';

/** Older or other office formats LibreOffice turns into the two the product reads. */
const CONVERTIBLE: Record<string, FileKind> = { doc: 'docx', rtf: 'docx', odt: 'docx', xls: 'xlsx', ods: 'xlsx' };

/**
 * The .docx/.xlsx kind a file converts to, or null when it is not one LibreOffice converts for
 * us. Apart from the conversion itself (./convert), which every command would otherwise load
 * with node's child_process (4 ms) to read a .docx.
 */
export function convertibleKind(name: string): FileKind | null {
  return CONVERTIBLE[extname(name).slice(1).toLowerCase()] ?? null;
}
