import type { Edit } from '../plan/edits';
import type { SourceDocument } from '../plan/types';

/** What the task pane needs from wherever the plan lives (Word, Excel, or a file in the preview). */
export interface PlanHost {
  kind: 'word' | 'excel' | 'file';
  /** Name shown to the clerk (file name or host name). */
  name: string;
  /** Reads the whole document in bulk. */
  read(): Promise<SourceDocument>;
  /** Selects a cell by its opaque address (a finding's `cell`). */
  select(address: string): Promise<void>;
  /** Applies edits in one batch (one undo step in Office); the next read sees them. */
  apply(edits: readonly Edit[]): Promise<void>;
  /** What the clerk should know about the document as last read (e.g. changes are being tracked). */
  notices?: () => HostNotice[];
  /** Settings saved inside the document (Office hosts only). */
  settings?: DocumentSettings;
}

/** Values saved with the document, so that whoever opens it next finds the same choices. */
export interface DocumentSettings {
  /** The value under a key, or null when there is none. */
  get(key: string): unknown;
  /** Sets (or with null removes) a value and saves the settings into the document. */
  set(key: string, value: unknown): Promise<void>;
}

export type HostNotice = 'notice.trackChanges' | 'notice.trackedRevisions' | 'notice.webUndo';

/** Office.context.requirements.isSetSupported, or a fake of it in tests. */
export type Supports = (set: string, version: string) => boolean;
