import type { GridCell, SourceDocument, Table } from '../../plan/types';
import { DocumentError } from '../errors';
import { childElements, isW, parseXml, propValue, W_NS } from './xml';
import { openPackage, readPart } from './zip';

/** Address of a cell of a Word table: table index in document order, row, grid column. */
export function wordCellAddress(table: number, row: number, col: number): string {
  return `w:${table}:${row}:${col}`;
}

/** Parses `w:${table}:${row}:${col}` back; null for anything else. */
export function parseWordCellAddress(address: string): { table: number; row: number; col: number } | null {
  const match = /^w:(\d+):(\d+):(\d+)$/.exec(address);
  return match ? { table: Number(match[1]), row: Number(match[2]), col: Number(match[3]) } : null;
}

/** Reads a .docx file into tables and outside text. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const zip = await openPackage(bytes);
  const xml = await readPart(zip, 'word/document.xml');
  return readWordXml(xml);
}

/**
 * Reads WordprocessingML (a package's document.xml, or the document part of the
 * OOXML that Word's `body.getOoxml()` returns) into tables and outside text.
 * Tracked changes are read as accepted; content controls are transparent.
 */
export function readWordXml(xml: string): SourceDocument {
  return readWordDocument(parseXml(xml)).source;
}

/** The XML elements behind a table as read: its rows, and the w:tc at each grid slot (null where none). */
export interface WordTableElements {
  tbl: Element;
  rows: Element[];
  slots: Array<Array<Element | null>>;
}

/** Reads a parsed WordprocessingML document, keeping the elements so that a writer can edit them. */
export function readWordDocument(doc: Document): { source: SourceDocument; elements: WordTableElements[]; body: Element } {
  const body = doc.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new DocumentError('error.notOfficeFile');
  const reader = new WordReader();
  reader.readBlock(body);
  return { source: { tables: reader.tables, text: reader.paragraphs.join('\n') }, elements: reader.elements, body };
}

/** Wrappers whose content counts as if it stood in their place. */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'dir', 'bdo']);
/** Content that is not part of the accepted text. */
const SKIPPED = new Set(['del', 'moveFrom', 'sdtPr', 'sdtEndPr', 'rPr', 'pPr', 'instrText', 'delText']);

class WordReader {
  readonly tables: Table[] = [];
  readonly elements: WordTableElements[] = [];
  readonly paragraphs: string[] = [];

  /** Body-level content: paragraphs go to the outside text, tables are read. */
  readBlock(container: Element): void {
    for (const child of contentChildren(container)) {
      if (isW(child, 'p')) this.paragraphs.push(paragraphText(child));
      else if (isW(child, 'tbl')) this.readTable(child);
    }
  }

  private readTable(tbl: Element): void {
    const index = this.tables.length;
    const table: Table = { index, name: `Bảng ${index + 1}`, rows: [] };
    this.tables.push(table);
    const elements: WordTableElements = { tbl, rows: [], slots: [] };
    this.elements.push(elements);
    const gridColumns = childElements(tbl).filter((c) => isW(c, 'tblGrid')).flatMap((g) => childElements(g)).length;
    const nested: Element[] = [];
    const rows = contentChildren(tbl).filter((c) => isW(c, 'tr') && !isDeletedRow(c));
    rows.forEach((tr, r) => {
      const trPr = childElements(tr).find((c) => isW(c, 'trPr'));
      const slots: GridCell[] = [];
      const cellElements: Array<Element | null> = [];
      elements.rows.push(tr);
      elements.slots.push(cellElements);
      const skip = Number(propValue(trPr, 'gridBefore') ?? 0);
      for (let i = 0; i < skip; i++) {
        slots.push(emptySlot(index, r, slots.length));
        cellElements.push(null);
      }
      for (const tc of contentChildren(tr).filter((c) => isW(c, 'tc'))) {
        const tcPr = childElements(tc).find((c) => isW(c, 'tcPr'));
        const span = Math.max(1, Number(propValue(tcPr, 'gridSpan') ?? 1) || 1);
        const vMerge = propValue(tcPr, 'vMerge');
        const hMergeContinue = propValue(tcPr, 'hMerge') === 'continue';
        const text = cellText(tc, nested);
        const col = slots.length;
        const continuesAbove = vMerge !== null && vMerge !== 'restart';
        for (let s = 0; s < span; s++) {
          const above = continuesAbove ? table.rows[r - 1]?.[col + s] : undefined;
          slots.push({
            text: above ? above.text : text,
            hMerged: s > 0 || hMergeContinue,
            vMerged: above !== undefined,
            address: above ? above.address : wordCellAddress(index, r, col),
          });
          cellElements.push(tc);
        }
      }
      table.rows.push(slots);
    });
    const width = Math.max(gridColumns, ...table.rows.map((row) => row.length));
    table.rows.forEach((row, r) => {
      while (row.length < width) row.push(emptySlot(index, r, row.length));
    });
    for (const inner of nested) this.readTable(inner);
  }
}

function emptySlot(table: number, row: number, col: number): GridCell {
  return { text: '', hMerged: false, vMerged: false, address: wordCellAddress(table, row, col) };
}

function isDeletedRow(tr: Element): boolean {
  const trPr = childElements(tr).find((c) => isW(c, 'trPr'));
  return trPr !== undefined && childElements(trPr).some((c) => isW(c, 'del'));
}

/** Children of a container with transparent wrappers (content controls, tracked insertions) opened. */
export function contentChildren(container: Element): Element[] {
  const out: Element[] = [];
  for (const child of childElements(container)) {
    if (child.namespaceURI !== W_NS) continue;
    if (SKIPPED.has(child.localName)) continue;
    if (TRANSPARENT.has(child.localName)) out.push(...contentChildren(child));
    else out.push(child);
  }
  return out;
}

/** Paragraphs of a cell joined by newlines; nested tables are collected, not read as text. */
function cellText(tc: Element, nested: Element[]): string {
  const lines: string[] = [];
  for (const child of contentChildren(tc)) {
    if (isW(child, 'p')) lines.push(paragraphText(child));
    else if (isW(child, 'tbl')) nested.push(child);
  }
  return lines.join('\n');
}

export function paragraphText(p: Element): string {
  let text = '';
  const walk = (node: Element): void => {
    for (const child of childElements(node)) {
      const name = child.localName;
      if (child.namespaceURI === 'http://schemas.openxmlformats.org/markup-compatibility/2006') {
        if (name === 'AlternateContent') {
          const choice = childElements(child).find((c) => c.localName === 'Choice');
          if (choice) walk(choice);
        }
        continue;
      }
      if (SKIPPED.has(name)) continue;
      if (name === 't') text += child.textContent ?? '';
      else if (name === 'tab') text += '\t';
      else if (name === 'br' || name === 'cr') text += '\n';
      else if (name !== 'tbl') walk(child);
    }
  };
  walk(p);
  return text;
}
