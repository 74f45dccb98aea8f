import { useEffect, useRef } from 'react';
import { neutralise } from './neutralise';
import { renderedCellAddresses } from './rendered-cells';

/**
 * The body only: the reader's table indexes count body tables, not those of headers and
 * footers. No alt-chunks (docx-preview puts their HTML in an iframe of this origin) and no
 * embedded fonts: nothing the file holds runs or is fetched (see neutralise).
 */
const RENDER_OPTIONS = {
  renderAltChunks: false,
  ignoreFonts: true,
  renderComments: false,
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  renderHeaders: false,
  renderFooters: false,
  renderFootnotes: false,
  renderEndnotes: false,
  useBase64URL: true,
};

interface RenderedDocxProps {
  bytes: Uint8Array;
  /** Tables the reader found: a rendering with another count cannot be addressed, and is given up. */
  tableCount: number;
  onRendered: (bytes: Uint8Array) => void;
  onFailed: (bytes: Uint8Array) => void;
}

/**
 * A .docx laid out by docx-preview, each table cell given the reader's address
 * (`data-address`) so that a finding can point at it. Rendered off-screen and
 * swapped in, so that a later file never shows an earlier rendering.
 */
export function RenderedDocx({ bytes, tableCount, onRendered, onFailed }: RenderedDocxProps) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const { renderAsync } = await import('docx-preview');
        const target = document.createElement('div');
        await renderAsync(bytes, target, target, RENDER_OPTIONS);
        neutralise(target);
        if (!current) return;
        if (!addressCells(target, tableCount)) throw new Error('tables do not match the reader');
        box.current?.replaceChildren(target);
        onRendered(bytes);
      } catch {
        if (current) onFailed(bytes);
      }
    })();
    return () => {
      current = false;
    };
  }, [bytes, tableCount, onRendered, onFailed]);

  return <div ref={box} className="rendered-docx" data-testid="rendered-docx" />;
}

/** Gives each rendered cell its address; false when the rendering has another number of tables than the reader read. */
function addressCells(root: HTMLElement, tableCount: number): boolean {
  const tables = [...root.querySelectorAll('table')];
  if (tables.length !== tableCount) return false;
  tables.forEach((table, index) => {
    const rows = [...table.rows].map((row) => [...row.cells]);
    const addresses = renderedCellAddresses(index, rows.map((cells) => cells.map((cell) => cell.colSpan)));
    rows.forEach((cells, r) => cells.forEach((cell, c) => cell.setAttribute('data-address', addresses[r][c])));
  });
  return true;
}
