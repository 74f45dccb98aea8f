import { useCallback, useEffect, useRef, useState } from 'react';
import { DocumentError } from '../hosts/errors';
import type { PlanHost } from '../hosts/host';
import { recognise } from '../plan/recognise';
import type { ColumnMap, Plan, Role, SourceDocument } from '../plan/types';
import { useT } from './i18n-context';
import { readTickets } from './latest-read';

export type DocumentState =
  | { status: 'reading' }
  | { status: 'ready'; doc: SourceDocument; plan: Plan }
  /** With the document as read when it holds no plan table (a plan can be started in it). */
  | { status: 'failed'; message: string; doc?: SourceDocument };

type Corrections = Partial<ColumnMap>;

/** Corrections are remembered per document: its name and the header it has. */
function storageKey(host: PlanHost, plan: Plan): string {
  return `cchc.columns:${host.name}:${plan.headerLabels.join('|')}`;
}

function stored(key: string): Corrections {
  try {
    return JSON.parse(globalThis.localStorage?.getItem(key) ?? '{}') as Corrections;
  } catch {
    return {};
  }
}

/**
 * The host's document read in bulk and recognised with the clerk's column
 * corrections; `reload` reads it again (after an edit, or on "Kiểm tra lại").
 */
export function useDocument(host: PlanHost): { state: DocumentState; reload: () => Promise<void>; correct: (role: Role, col: number | null) => void } {
  const t = useT();
  const [state, setState] = useState<DocumentState>({ status: 'reading' });
  // A write hands the preview a new host (the new file) while the old one's re-read is still running:
  // only the latest read, of the host now shown, may replace what is on screen.
  const currentHost = useRef(host);
  const [takeTicket] = useState(readTickets);
  useEffect(() => {
    currentHost.current = host;
  }, [host]);
  const reload = useCallback(async () => {
    const isLatest = takeTicket();
    const stale = () => !isLatest() || currentHost.current !== host;
    // A plan already shown stays on screen (and the tabs keep their messages) while it is read again.
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'reading' }));
    try {
      const doc = await host.read();
      if (stale()) return;
      const found = recognise(doc);
      const corrections = found ? stored(storageKey(host, found)) : {};
      const plan = found && Object.keys(corrections).length > 0 ? recognise(doc, { columns: corrections }) : found;
      setState(plan ? { status: 'ready', doc, plan } : { status: 'failed', message: t('error.noPlanTable'), doc });
    } catch (error) {
      if (stale()) return;
      setState({ status: 'failed', message: error instanceof DocumentError ? t(error.key, error.params) : t('error.corruptFile') });
    }
  }, [host, t, takeTicket]);
  const correct = useCallback(
    (role: Role, col: number | null) => {
      if (state.status !== 'ready') return;
      const key = storageKey(host, state.plan);
      const corrections = { ...stored(key), [role]: col };
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(corrections));
      } catch {
        // Storage can be off: the correction then lasts until the pane closes.
      }
      const plan = recognise(state.doc, { columns: corrections });
      if (plan) setState({ status: 'ready', doc: state.doc, plan });
    },
    [host, state],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload, correct };
}
