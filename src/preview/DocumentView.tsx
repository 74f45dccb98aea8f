import { Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SourceDocument } from '../plan/types';
import type { translate } from '../i18n';
import { drawnRows } from './drawn-rows';
import { RenderedDocx } from './RenderedDocx';

/** Rows of a table drawn at most: a plan has hundreds; a huge sheet would make the page crawl. */
const MAX_ROWS_SHOWN = 1000;

/** A file and the document read from those very bytes (a view never pairs new bytes with an old reading). */
export interface ReadDocument {
  name: string;
  bytes: Uint8Array;
  doc: SourceDocument;
}

interface DocumentViewProps {
  read: ReadDocument | null;
  selected: string | null;
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;
}

/**
 * The open document beside the pane: a .docx rendered as Word lays it out
 * (docx-preview), a workbook (or a document too big or too odd to render) as the
 * tables read. The cell of a clicked finding is marked and scrolled into view.
 */
export function DocumentView({ read, selected, t }: DocumentViewProps) {
  const view = useRef<HTMLElement>(null);
  const [failedBytes, setFailedBytes] = useState<Uint8Array | null>(null);
  const [renderedBytes, setRenderedBytes] = useState<Uint8Array | null>(null);
  const rendering = read !== null && read.name.toLowerCase().endsWith('.docx') && read.doc.tables.every((table) => table.rows.length <= MAX_ROWS_SHOWN) && failedBytes !== read.bytes;

  useEffect(() => {
    const root = view.current;
    if (!root) return;
    for (const marked of root.querySelectorAll('[aria-current="true"]')) marked.removeAttribute('aria-current');
    if (!selected) return;
    const cell = root.querySelector(`[data-address="${CSS.escape(selected)}"]`);
    cell?.setAttribute('aria-current', 'true');
    if (cell instanceof HTMLElement) scrollWithin(root, cell);
  }, [selected, read, renderedBytes]);

  return (
    <section className="document-view" ref={view} aria-label={t('preview.document')} data-testid="document-view">
      {!read && <Caption1>{t('preview.noDocument')}</Caption1>}
      {rendering && renderedBytes !== read.bytes && <Spinner size="small" label={t('preview.rendering')} />}
      {rendering && <RenderedDocx bytes={read.bytes} tableCount={read.doc.tables.length} onRendered={setRenderedBytes} onFailed={setFailedBytes} />}
      {read && !rendering && <ReadTables doc={read.doc} t={t} />}
    </section>
  );
}

/**
 * Brings the cell into the document view's own scroll area, both ways, and moves nothing
 * else: scrollIntoView would also scroll the page, taking the pane out of sight where the
 * view stands under it (narrow windows).
 */
function scrollWithin(view: HTMLElement, cell: HTMLElement): void {
  const box = view.getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  view.scrollTop += at.top - box.top - (view.clientHeight - at.height) / 2;
  if (at.left < box.left || at.right > box.right) view.scrollLeft += at.left - box.left - (view.clientWidth - at.width) / 2;
}

/** The tables as read, each merged cell drawn once. */
function ReadTables({ doc, t }: Pick<DocumentViewProps, 't'> & { doc: SourceDocument }) {
  // Drawn once per document, not again on every click of a finding.
  const tables = useMemo(() => doc.tables.map((table) => ({ table, rows: drawnRows(table, MAX_ROWS_SHOWN) })), [doc]);
  return (
    <>
      {tables.map(({ table, rows }) => (
        <figure key={table.index} className="document-table">
          <Subtitle2 as="h2">{table.name}</Subtitle2>
          <table>
            <tbody>
              {rows.map((cells, r) => (
                <tr key={r}>
                  {cells.map(({ cell, colSpan, rowSpan }) => (
                    <td key={cell.address} colSpan={colSpan} rowSpan={rowSpan} data-address={cell.address}>
                      {cell.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length > MAX_ROWS_SHOWN && <Caption1>{t('preview.moreRows', { count: table.rows.length - MAX_ROWS_SHOWN })}</Caption1>}
        </figure>
      ))}
    </>
  );
}
