import type { Edit } from '../plan/edits';
import type { SourceDocument } from '../plan/types';
import { readDocumentFile, writeDocumentFile } from './files';
import type { PlanHost } from './host';

/**
 * A .docx/.xlsx file held in memory (the preview page). Edits produce a new file,
 * handed to `onChange`; selection is the page's job.
 */
export function fileHost(name: string, bytes: Uint8Array, onSelect: (address: string) => void, onChange: (bytes: Uint8Array) => void): PlanHost {
  return {
    kind: 'file',
    name,
    read: (): Promise<SourceDocument> => readDocumentFile(name, bytes),
    select: async (address: string) => onSelect(address),
    apply: async (edits: readonly Edit[]) => onChange(await writeDocumentFile(name, bytes, edits)),
  };
}
