import type { SourceDocument } from '../plan/types';
import { readDocumentFile } from './files';
import type { PlanHost } from './host';

/** A .docx/.xlsx file held in memory (the preview page): reads it, selection is the page's job. */
export function fileHost(name: string, bytes: Uint8Array, onSelect: (address: string) => void): PlanHost {
  return {
    kind: 'file',
    name,
    read: (): Promise<SourceDocument> => readDocumentFile(name, bytes),
    select: async (address: string) => onSelect(address),
  };
}
