import type { Edit } from '../plan/edits';
import type { SourceDocument } from '../plan/types';
import { readDocumentFile, writeDocumentFile } from './files';
import type { PlanHost } from './host';

/** What the page holding the file hears from it. */
export interface FileHostEvents {
  /** The document as read, each time the pane reads it. */
  onRead: (doc: SourceDocument) => void;
  onSelect: (address: string) => void;
  /** The new file after edits. */
  onChange: (bytes: Uint8Array) => void;
}

/**
 * A .docx/.xlsx file held in memory (the preview page). Edits produce a new file,
 * handed to `onChange`; showing the document and the selection is the page's job.
 */
export function fileHost(name: string, bytes: Uint8Array, events: FileHostEvents): PlanHost {
  return {
    kind: 'file',
    name,
    read: async (): Promise<SourceDocument> => {
      const doc = await readDocumentFile(name, bytes);
      events.onRead(doc);
      return doc;
    },
    select: async (address: string) => events.onSelect(address),
    apply: async (edits: readonly Edit[]) => events.onChange(await writeDocumentFile(name, bytes, edits)),
  };
}
