import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { SourceDocument } from '../plan/types';
import type { translate } from '../i18n';
import { drawnRows } from './drawn-rows';

/** Rows of a table drawn at most: a plan has hundreds; a huge sheet would make the page crawl. */
const MAX_ROWS_SHOWN = 1000;

interface DocumentViewProps {
  doc: SourceDocument | null;
  selected: string | null;
  t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => string;
}

/** The open document's tables as read, beside the pane; the cell of a clicked finding is highlighted and scrolled into view. */
export function DocumentView({ doc, selected, t }: DocumentViewProps) {
  const view = useRef<HTMLElement>(null);
  // Drawn once per document, not again on every click of a finding.
  const tables = useMemo(() => doc?.tables.map((table) => ({ table, rows: drawnRows(table, MAX_ROWS_SHOWN) })) ?? [], [doc]);

  useEffect(() => {
    if (!selected) return;
    view.current?.querySelector(`[data-address="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected, doc]);

  return (
    <section className="document-view" ref={view} aria-label={t('preview.document')} data-testid="document-view">
      {!doc && <Caption1>{t('preview.noDocument')}</Caption1>}
      {tables.map(({ table, rows }) => (
        <figure key={table.index} className="document-table">
          <Subtitle2 as="h2">{table.name}</Subtitle2>
          <table>
            <tbody>
              {rows.map((cells, r) => (
                <tr key={r}>
                  {cells.map(({ cell, colSpan, rowSpan }) => (
                    <td
                      key={cell.address}
                      colSpan={colSpan}
                      rowSpan={rowSpan}
                      data-address={cell.address}
                      aria-current={cell.address === selected ? 'true' : undefined}
                      className={cell.address === selected ? 'selected' : undefined}
                    >
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
    </section>
  );
}
