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
}

export type HostNotice = 'notice.trackChanges';

/** Office.context.requirements.isSetSupported, or a fake of it in tests. */
export type Supports = (set: string, version: string) => boolean;
