import { useCallback, useEffect, useState } from 'react';
import { DocumentError } from '../hosts/errors';
import type { PlanHost } from '../hosts/host';
import { recognise } from '../plan/recognise';
import type { Plan, SourceDocument } from '../plan/types';
import { useT } from './i18n-context';

export type DocumentState =
  | { status: 'reading' }
  | { status: 'ready'; doc: SourceDocument; plan: Plan }
  | { status: 'failed'; message: string };

/** The host's document read in bulk and recognised; `reload` reads it again (after an edit, or on "Kiểm tra lại"). */
export function useDocument(host: PlanHost): { state: DocumentState; reload: () => Promise<void> } {
  const t = useT();
  const [state, setState] = useState<DocumentState>({ status: 'reading' });
  const reload = useCallback(async () => {
    // A plan already shown stays on screen (and the tabs keep their messages) while it is read again.
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'reading' }));
    try {
      const doc = await host.read();
      const plan = recognise(doc);
      setState(plan ? { status: 'ready', doc, plan } : { status: 'failed', message: t('error.noPlanTable') });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof DocumentError ? t(error.key, error.params) : t('error.corruptFile') });
    }
  }, [host, t]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
