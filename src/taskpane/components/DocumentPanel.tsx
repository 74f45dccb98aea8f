import type { PlanHost } from '../../hosts/host';
import { useDocument } from '../use-document';
import { CheckTab } from './CheckTab';
import { InsertTab } from './InsertTab';
import { ProgressTab } from './ProgressTab';

/** The tabs that work on the open document. */
export type DocumentTab = 'check' | 'insert' | 'progress';

/** The document read once and shared by the tabs; re-read after each change. */
export function DocumentPanel({ host, tab }: { host: PlanHost; tab: DocumentTab }) {
  const { state, reload, correct } = useDocument(host);
  if (tab === 'check' || state.status !== 'ready') return <CheckTab host={host} state={state} reload={reload} onCorrect={correct} />;
  if (tab === 'insert') return <InsertTab host={host} doc={state.doc} plan={state.plan} onChanged={reload} />;
  return <ProgressTab key={state.plan.rows.length} host={host} doc={state.doc} plan={state.plan} onChanged={reload} />;
}
