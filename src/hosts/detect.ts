/** The Office application the pane runs in, decided once by Office.onReady. */
export type OfficeHostKind = 'word' | 'excel' | 'none';

/** Waits for Office.js (when it is loaded) and tells which host the pane is in. */
export async function detectHost(): Promise<{ kind: OfficeHostKind; locale: string | null }> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return { kind: 'none', locale: null };
  }
  const info = await Office.onReady();
  const locale = Office.context?.displayLanguage ?? null;
  if (info.host === Office.HostType.Word) return { kind: 'word', locale };
  if (info.host === Office.HostType.Excel) return { kind: 'excel', locale };
  return { kind: 'none', locale };
}
