import { XMLSerializer } from '@xmldom/xmldom';
import type { Edit, NewRow } from '../../plan/edits';
import { isEvaluationHeading } from '../../plan/metadata';
import { DocumentError } from '../errors';
import { evaluationRowsXml } from './evaluation-rows';
import { readStyleFonts, type StyleFonts } from './fonts';
import { contentChildren, legacyFonts, openWordPackage, paragraphText, readWordDocument, type WordTableElements } from './read-docx';
import { readBackStart, readDocxAfter, type WrittenPart } from './read-back';
import { readWithSpans, spliceWordEdits, type Span } from './splice-docx';
import type { WordReader } from './word-reader';
import { convertLegacyRuns, keepUnicodeReadable } from './unicode-fonts';
import { childElements, isW, W_NS } from './xml';
import { parseXml } from './dom';
import { planBlocksXml } from './new-docx';
import { xmlText } from './xml-text';
import type JSZip from 'jszip';
import { asUtf8Declared, openPackage, putPart, readOptionalPart, readPart } from './zip';
import type { SourceDocument } from '../../plan/types';

/** Parts besides the body whose text a conversion to Unicode converts as well. */
const TEXT_PARTS = /^word\/(header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/**
 * Applies edits to a .docx; every part but word/document.xml is carried over unchanged
 * (a conversion to Unicode also converts headers, footers, notes and the styles' fonts).
 */
export async function writeDocx(bytes: Uint8Array, edits: readonly Edit[]): Promise<Uint8Array> {
  const zip = await openPackage(bytes);
  const xml = await readPart(zip, 'word/document.xml');
  const stylesXml = await readOptionalPart(zip, 'word/styles.xml');
  await putEditedParts(zip, xml, stylesXml, edits, { legacy: legacyFonts(xml, stylesXml) !== null });
  return generateDocx(zip);
}

/** A file a command wrote: its bytes, and a reader of them (what any reader of the file gets, read faster when the bytes are these). */
export interface WrittenFile {
  bytes: Uint8Array;
  readBack: (bytes: Uint8Array) => Promise<SourceDocument>;
}

/** A .docx read by a command that will change it: the document, and the writer of its changed bytes. */
export interface DocxToEdit {
  source: SourceDocument;
  /**
   * Writes the edits once, from this read: the package, the part and each element's place in it
   * are not read again, and reading the written file back reads only what differs from this read.
   */
  write: (edits: readonly Edit[]) => Promise<WrittenFile>;
}

/** Reads a .docx as {@link readDocx} does, keeping what {@link writeDocx} would read again (a part of 20,000 activities is read once, not twice). */
export async function readDocxToEdit(bytes: Uint8Array): Promise<DocxToEdit> {
  const { zip, xml, stylesXml, numberingXml, lists, fonts } = await openWordPackage(bytes);
  const spans = readWithSpans(xml, fonts, lists, { checkpoints: true });
  if (!spans.bodyRead) throw new DocumentError('error.notOfficeFile');
  // Let go once written: the part, the places of its elements. Reading back keeps only where it can start.
  let kept: { zip: JSZip; xml: string; spans: WordReader<Span> } | null = { zip, xml, spans };
  const legacy = fonts !== null;
  /** The package with the edited parts, and where reading it back can start: the read is let go (its function returns) before the package is compressed. */
  const putEdits = async (read: NonNullable<typeof kept>, edits: readonly Edit[]) => {
    const written = await putEditedParts(read.zip, read.xml, stylesXml, edits, { legacy, spans: read.spans });
    const { tables, paragraphs, checkpoints } = read.spans;
    return { zip: read.zip, start: readBackStart({ xml: read.xml, stylesXml, numberingXml, legacy, tables, paragraphs, checkpoints: checkpoints ?? [] }, written) };
  };
  return {
    source: spans.source(),
    write: async (edits) => {
      if (!kept) throw new Error('readDocxToEdit: written already');
      const putting = putEdits(kept, edits);
      kept = null;
      const { zip: edited, start } = await putting;
      return { bytes: await generateDocx(edited), readBack: (written) => readDocxAfter(start, written) };
    },
  };
}

/**
 * Puts the edited document part (and, for a conversion, the converted parts) in the package; gives the document part as put, text and bytes.
 * `read.legacy`: the part or its styles name a TCVN3 or VNI font; `read.spans`: the part as read with each element's place, when it was.
 */
async function putEditedParts(zip: JSZip, xml: string, stylesXml: string | null, edits: readonly Edit[], read: { legacy: boolean; spans?: WordReader<Span> }): Promise<WrittenPart> {
  const fonts = readStyleFonts(stylesXml);
  // Row edits (insert, fixes) splice only the rows they touch into the part; the rest goes through a DOM of it.
  const [first, ...rest] = spliceWordEdits(xml, edits, fonts, editWordDocument, read) ?? [applyWordXmlEdits(xml, edits, fonts)];
  // The first piece holds the XML declaration.
  const part = [asUtf8Declared(first), ...rest];
  const bytes = putPart(zip, 'word/document.xml', part);
  if (edits.some((edit) => edit.kind === 'convert-encoding')) {
    for (const name of Object.keys(zip.files).filter((part) => TEXT_PARTS.test(part))) putPart(zip, name, asUtf8Declared(convertPart(await readPart(zip, name), fonts)));
    if (stylesXml) putPart(zip, 'word/styles.xml', asUtf8Declared(convertPart(stylesXml, fonts)));
  }
  return { text: part, bytes };
}

function generateDocx(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/**
 * Applies edits to WordprocessingML (a document part, or the package Word's
 * `getOoxml()` returns): rows are copies of a plan row with new texts, so borders,
 * fonts and widths follow the clerk's table. Nothing outside the edited cells changes.
 */
export function applyWordXmlEdits(xml: string, edits: readonly Edit[], fonts: StyleFonts | null = null): string {
  const doc = parseXml(xml);
  editWordDocument(doc, edits, readWordDocument(doc), fonts);
  return serializeXml(doc);
}

function convertPart(xml: string, fonts: StyleFonts): string {
  const doc = parseXml(xml);
  convertLegacyRuns(doc.documentElement, fonts);
  return serializeXml(doc);
}

function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
}

/**
 * Applies edits to a parsed document in place (the Word add-in then takes the blocks it needs);
 * a caller that has already read the document passes what it read. With the document's
 * style fonts, text written where a TCVN3 or VNI font would draw it is given a Unicode font.
 */
export function editWordDocument(doc: Document, edits: readonly Edit[], read: ReturnType<typeof readWordDocument> = readWordDocument(doc), fonts: StyleFonts | null = null): void {
  const { elements, body } = read;
  if (fonts && edits.some((edit) => edit.kind === 'convert-encoding')) convertLegacyRuns(doc.documentElement, fonts);
  const writer = new WordWriter(doc, elements, body, fonts);
  for (const edit of edits) if (edit.kind === 'set-cell') writer.setCell(edit.table, edit.row, edit.col, edit.text);
  for (const edit of edits) if (edit.kind === 'insert-rows') writer.insertRows(edit.table, edit.after, edit.rows);
  for (const edit of edits) if (edit.kind === 'delete-rows') writer.deleteRows(edit.table, edit.rows);
  for (const edit of edits) {
    if (edit.kind === 'append-plan') appendBlocks(doc, body, planBlocksXml(edit.plan));
    if (edit.kind === 'append-table') writer.appendTable(edit);
    if (edit.kind === 'set-summary') writer.setSummary(edit.afterTable, edit.replaces, edit.text);
  }
  for (const run of writer.written) keepUnicodeReadable(run, fonts);
}

class WordWriter {
  /** Tables appended after a plan table, so that a summary goes below them. */
  private readonly appendedAfter = new Map<number, Element>();
  /** Runs this writer wrote (Unicode text). */
  readonly written: Element[] = [];

  constructor(
    private readonly doc: Document,
    private readonly tables: readonly WordTableElements[],
    private readonly body: Element,
    private readonly fonts: StyleFonts | null,
  ) {}

  private table(index: number): WordTableElements {
    const table = this.tables[index];
    if (!table) throw new DocumentError('error.corruptFile');
    return table;
  }

  setCell(table: number, row: number, col: number, text: string): void {
    const elements = this.table(table);
    if (col >= (elements.slots[0]?.length ?? 0)) this.widen(elements, col + 1);
    const tc = elements.slots[row]?.[col];
    if (tc) setCellText(this.written, tc, text);
  }

  /** Adds empty columns at the right (evaluation columns), each cell shaped like the row's last one. */
  private widen(table: WordTableElements, width: number): void {
    const grid = child(table.tbl, 'tblGrid');
    const lastCol = grid && childElements(grid).at(-1);
    table.rows.forEach((tr, r) => {
      const slots = table.slots[r];
      const last = contentChildren(tr).filter((c) => isW(c, 'tc')).at(-1);
      while (slots.length < width) {
        const tc = this.w('tc');
        const tcPr = last && child(last, 'tcPr');
        if (tcPr) {
          tc.appendChild(tcPr.cloneNode(true));
          for (const name of ['gridSpan', 'vMerge', 'hMerge']) dropProperty(tc, 'tcPr', name);
        }
        const model = last && child(last, 'p');
        tc.appendChild(model ? (model.cloneNode(true) as Element) : this.w('p'));
        setCellText(this.written, tc, '');
        tr.appendChild(tc);
        slots.push(tc);
        if (r === 0 && grid && lastCol) grid.appendChild(lastCol.cloneNode(true));
      }
    });
  }

  insertRows(table: number, after: number, rows: readonly NewRow[]): void {
    let anchor = this.table(table).rows[after];
    let previous: Map<number, Element> | null = null;
    for (const row of rows) {
      const template = this.table(row.template.table);
      const tr = template.rows[row.template.row].cloneNode(true) as Element;
      dropProperty(tr, 'trPr', 'tblHeader');
      if (row.plain) plainRow(tr);
      // The clone's cells in order, keyed by the grid column each starts at.
      const slots = template.slots[row.template.row];
      const starts = slots.map((source, col) => (source && source !== slots[col - 1] ? col : -1)).filter((col) => col >= 0);
      const clones = contentChildren(tr).filter((c) => isW(c, 'tc'));
      const byCol = new Map<number, Element>(starts.map((col, i) => [col, clones[i]]));
      for (const [col, tc] of byCol) {
        dropProperty(tc, 'tcPr', 'vMerge');
        if (row.mergeUp.includes(col)) {
          setVMerge(this.doc, tc, null);
          setCellText(this.written, tc, '');
          const above = previous?.get(col);
          if (above && !hasProperty(above, 'tcPr', 'vMerge')) setVMerge(this.doc, above, 'restart');
        } else {
          setCellText(this.written, tc, row.cells[col] ?? '');
        }
      }
      anchor.parentNode?.insertBefore(tr, anchor.nextSibling);
      anchor = tr;
      previous = byCol;
    }
  }

  /**
   * Removes rows (w:tr). A vertical merge that starts on a removed row and goes on below starts
   * on the next row instead, with the removed cell's paragraphs, so the task keeps its text.
   */
  deleteRows(table: number, rows: readonly number[]): void {
    const elements = this.table(table);
    for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
      const tr = elements.rows[row];
      if (!tr) continue;
      const seen = new Set<Element>();
      elements.slots[row].forEach((tc, col) => {
        if (!tc || seen.has(tc)) return;
        seen.add(tc);
        const next = elements.slots[row + 1]?.[col];
        if (!next || next === tc || !hasProperty(next, 'tcPr', 'vMerge') || !isRestart(tc)) return;
        for (const old of childElements(next).filter((c) => !isW(c, 'tcPr'))) next.removeChild(old);
        for (const moved of childElements(tc).filter((c) => !isW(c, 'tcPr'))) next.appendChild(moved);
        if (isContinued(elements, row + 2, col, next)) setVMerge(this.doc, next, 'restart');
        else dropProperty(next, 'tcPr', 'vMerge');
      });
      tr.parentNode?.removeChild(tr);
    }
  }

  /** The evaluation table with its heading: after the plan, or in place of the one written before. */
  appendTable(edit: Extract<Edit, { kind: 'append-table' }>): void {
    const tbl = this.newTable(edit.header, edit.rows);
    const heading = this.w('p');
    setParagraphText(this.written, heading, edit.heading, true);
    if (edit.replaces !== null) {
      const old = this.blockAfter(edit.replaces);
      const previous = previousElement(old);
      if (previous && isW(previous, 'p') && isEvaluationHeading(paragraphText(previous, this.fonts))) setParagraphText(this.written, previous, edit.heading, true);
      else old.parentNode?.insertBefore(heading, old);
      old.parentNode?.replaceChild(tbl, old);
    } else {
      const after = this.blockAfter(edit.afterTable);
      const spacer = this.w('p');
      after.parentNode?.insertBefore(spacer, after.nextSibling);
      spacer.parentNode?.insertBefore(heading, spacer.nextSibling);
      heading.parentNode?.insertBefore(tbl, heading.nextSibling);
    }
    this.appendedAfter.set(edit.afterTable, tbl);
  }

  /** A bordered full-width table with a repeated, bold header row. */
  private newTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): Element {
    const tbl = this.w('tbl');
    const tblPr = this.w('tblPr');
    tblPr.appendChild(this.w('tblW', { type: 'pct', w: '5000' }));
    const borders = this.w('tblBorders');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) borders.appendChild(this.w(side, { val: 'single', sz: '4', space: '0', color: 'auto' }));
    tblPr.appendChild(borders);
    tbl.appendChild(tblPr);
    const grid = this.w('tblGrid');
    for (let i = 0; i < header.length; i++) grid.appendChild(this.w('gridCol'));
    tbl.appendChild(grid);
    const tr = this.w('tr');
    const trPr = this.w('trPr');
    trPr.appendChild(this.w('tblHeader'));
    tr.appendChild(trPr);
    for (const text of header) {
      const tc = this.w('tc');
      tc.appendChild(this.w('p'));
      setCellText(this.written, tc, text, true);
      tr.appendChild(tc);
    }
    tbl.appendChild(tr);
    // The rows as text, parsed once: the splice writes the same text without a DOM (evaluationRowsXml).
    if (rows.length > 0) {
      const parsed = parseXml(`<w:tbl xmlns:w="${W_NS}">${evaluationRowsXml(rows, this.fonts)}</w:tbl>`);
      for (const row of childElements(parsed.documentElement)) tbl.appendChild(this.doc.importNode(row, true));
    }
    return tbl;
  }

  /** Writes the summary over the paragraphs that stated one, or in a new paragraph below the plan. */
  setSummary(afterTable: number, replaces: readonly string[], text: string): void {
    const stated = statedParagraphs(this.body, replaces, this.blockAfter(afterTable), this.fonts);
    if (stated.length > 0) {
      setParagraphText(this.written, stated[0], text);
      for (const p of stated.slice(1)) {
        // A table cell must keep at least one paragraph.
        const parent = p.parentNode as Element | null;
        if (parent && isW(parent, 'tc') && childElements(parent).filter((c) => isW(c, 'p')).length === 1) setParagraphText(this.written, p, '');
        else parent?.removeChild(p);
      }
      return;
    }
    const p = this.w('p');
    setParagraphText(this.written, p, text);
    const after = this.appendedAfter.get(afterTable) ?? this.blockAfter(afterTable);
    after.parentNode?.insertBefore(p, after.nextSibling);
  }

  /** The body-level block holding a table (the table itself, or the content control around it). */
  private blockAfter(table: number): Element {
    let node: Element = this.table(table).tbl;
    while (node.parentNode && node.parentNode !== this.body) node = node.parentNode as Element;
    return node;
  }

  private w(name: string, attributes: Record<string, string> = {}): Element {
    const element = this.doc.createElementNS(W_NS, `w:${name}`);
    for (const [key, value] of Object.entries(attributes)) element.setAttributeNS(W_NS, `w:${key}`, value);
    return element;
  }
}

/**
 * The paragraphs that state the summary a progress write replaces: those after the plan
 * (its last table's block) when there are any, so that the same words in a title or a letter
 * before the table are left alone.
 */
export function statedParagraphs(body: Element, replaces: readonly string[], planBlock: Element, fonts: StyleFonts | null = null): Element[] {
  const stated = [...body.getElementsByTagNameNS(W_NS, 'p')].filter((p) => replaces.includes(paragraphText(p, fonts).trim()));
  const after = stated.filter((p) => (planBlock.compareDocumentPosition(p) & 4) !== 0 && (planBlock.compareDocumentPosition(p) & 16) === 0);
  return after.length > 0 ? after : stated;
}

function previousElement(node: Element): Element | null {
  let sibling = node.previousSibling;
  while (sibling && sibling.nodeType !== 1) sibling = sibling.previousSibling;
  return sibling as Element | null;
}

function child(parent: Element, name: string): Element | undefined {
  return childElements(parent).find((c) => isW(c, name));
}

function hasProperty(element: Element, props: string, name: string): boolean {
  const container = child(element, props);
  return container !== undefined && child(container, name) !== undefined;
}

function dropProperty(element: Element, props: string, name: string): void {
  const container = child(element, props);
  const prop = container && child(container, name);
  if (container && prop) container.removeChild(prop);
}

/** A row that is not bold and not shaded: its runs and paragraph marks lose w:b, its cells w:shd. */
function plainRow(tr: Element): void {
  for (const tag of ['b', 'bCs', 'shd']) for (const element of [...tr.getElementsByTagNameNS(W_NS, tag)]) element.parentNode?.removeChild(element);
}

/** Blocks (paragraphs, tables) parsed from WordprocessingML and put at the end of the body, before its section properties. */
function appendBlocks(doc: Document, body: Element, blocksXml: string): void {
  const parsed = parseXml(`<w:body xmlns:w="${W_NS}">${blocksXml}</w:body>`);
  const sectPr = childElements(body).find((c) => isW(c, 'sectPr')) ?? null;
  for (const block of childElements(parsed.documentElement)) body.insertBefore(doc.importNode(block, true), sectPr);
}

/** A cell starting a vertical merge (w:vMerge w:val="restart"). */
function isRestart(tc: Element): boolean {
  const tcPr = child(tc, 'tcPr');
  const vMerge = tcPr && child(tcPr, 'vMerge');
  return vMerge !== undefined && vMerge.getAttributeNS(W_NS, 'val') === 'restart';
}

/** Whether the merge goes on at a row: its cell there continues the merge (w:vMerge without restart). */
function isContinued(table: WordTableElements, row: number, col: number, above: Element): boolean {
  const tc = table.slots[row]?.[col];
  return tc !== null && tc !== undefined && tc !== above && hasProperty(tc, 'tcPr', 'vMerge') && !isRestart(tc);
}

/** Marks a cell as continuing the merge above (value null) or starting one ("restart"). */
function setVMerge(doc: Document, tc: Element, value: 'restart' | null): void {
  let tcPr = child(tc, 'tcPr');
  if (!tcPr) {
    tcPr = doc.createElementNS(W_NS, 'w:tcPr');
    tc.insertBefore(tcPr, tc.firstChild);
  }
  dropProperty(tc, 'tcPr', 'vMerge');
  const vMerge = doc.createElementNS(W_NS, 'w:vMerge');
  if (value) vMerge.setAttributeNS(W_NS, 'w:val', value);
  // CT_TcPr order: tcW, gridSpan, hMerge, vMerge, … — put it after those present.
  const before = childElements(tcPr).find((c) => !['cnfStyle', 'tcW', 'gridSpan', 'hMerge'].includes(c.localName));
  tcPr.insertBefore(vMerge, before ?? null);
}

/**
 * Replaces a cell's paragraphs with the text (one paragraph a line), keeping the
 * first paragraph's properties and first run's formatting.
 */
function setCellText(written: Element[], tc: Element, text: string, bold = false): void {
  const doc = tc.ownerDocument;
  const paragraphs = childElements(tc).filter((c) => isW(c, 'p') || isW(c, 'sdt') || isW(c, 'tbl'));
  const model = childElements(tc).find((c) => isW(c, 'p')) ?? doc.createElementNS(W_NS, 'w:p');
  const lines = text.split('\n');
  for (const line of lines) {
    const p = model.cloneNode(true) as Element;
    setParagraphText(written, p, line, bold);
    tc.appendChild(p);
  }
  for (const old of paragraphs) tc.removeChild(old);
}

function setParagraphText(written: Element[], p: Element, text: string, bold = false): void {
  const doc = p.ownerDocument;
  const pPr = child(p, 'pPr');
  const firstRun = [...p.getElementsByTagNameNS(W_NS, 'r')][0];
  const rPr = firstRun && child(firstRun, 'rPr');
  for (const node of childElements(p)) if (node !== pPr) p.removeChild(node);
  if (text === '') return;
  const run = doc.createElementNS(W_NS, 'w:r');
  const runProps = rPr ? (rPr.cloneNode(true) as Element) : bold ? doc.createElementNS(W_NS, 'w:rPr') : null;
  if (runProps) {
    if (bold && !child(runProps, 'b')) runProps.insertBefore(doc.createElementNS(W_NS, 'w:b'), runProps.firstChild);
    run.appendChild(runProps);
  }
  const t = doc.createElementNS(W_NS, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(xmlText(text)));
  run.appendChild(t);
  p.appendChild(run);
  written.push(run);
}
