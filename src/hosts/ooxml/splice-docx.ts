import { XMLSerializer } from '@xmldom/xmldom';
import type { Edit } from '../../plan/edits';
import { parseXml } from './dom';
import { evaluationRowsXml } from './evaluation-rows';
import type { StyleFonts } from './fonts';
import { ListCounter, type ListDefinitions } from './numbering';
import { ReaderTag, readWordDocument } from './read-docx';
import { streamXml } from './stream-xml';
import { WordReader } from './word-reader';
import { childElements, isW } from './xml';
import { elementText } from './xml-text';

/** Where an element stands in the part: from its "<" to just after its end. */
export interface Span {
  start: number;
  end: number;
}

/** Edits that touch only the rows they name: cell texts, rows inserted after a row, rows removed. */
const ROW_EDITS = new Set<Edit['kind']>(['set-cell', 'insert-rows', 'delete-rows']);
/** Edits that add or replace blocks next to a table: the evaluation table, the summary paragraph. */
const BLOCK_EDITS = new Set<Edit['kind']>(['append-table', 'set-summary']);

/** The whole-part writer's edit of a parsed document (write-docx's editWordDocument), given so that this module does not import it back. */
export type EditDocument = (doc: Document, edits: readonly Edit[], read: ReturnType<typeof readWordDocument>, fonts: StyleFonts | null) => void;

/**
 * Applies row edits to a document part without a DOM of the whole part: the part is read
 * once more with each table's and row's place in it, the rows the edits touch (and the
 * rows they copy) are parsed alone into a small document and edited by the same writer as
 * always, and only those rows are put back in the text — every other byte stays as it was.
 * Null when the edits or the tables are not of that kind (the whole-part writer is used).
 * `legacy`: whether the part or its styles name a TCVN3 or VNI font (a cell's text is then not
 * replaced in place: the writer gives it a Unicode font). A caller that read the part with its
 * places already ({@link readWithSpans}) passes that read. The part comes in pieces, to be joined
 * (or encoded one after the other); the first holds everything before the body's first block.
 */
export function spliceWordEdits(
  xml: string,
  edits: readonly Edit[],
  fonts: StyleFonts | null,
  editDocument: EditDocument,
  { legacy, spans = null }: { legacy: boolean; spans?: WordReader<Span> | null },
): string[] | null {
  if (edits.length === 0 || !edits.every((edit) => ROW_EDITS.has(edit.kind) || BLOCK_EDITS.has(edit.kind))) return null;
  if (edits.some((edit) => edit.kind === 'insert-rows') && edits.some((edit) => edit.kind === 'delete-rows')) return null;
  const reader = spans ?? readWithSpans(xml, fonts);
  const rowEdits = edits.filter((edit) => ROW_EDITS.has(edit.kind));
  // Rows inserted or removed need the writer's DOM; a cell's text elsewhere is replaced in place where it is one plain run.
  const structural = neededRows(reader, rowEdits.filter((edit) => edit.kind !== 'set-cell'));
  if (rowEdits.some((edit) => edit.kind !== 'set-cell') && !structural) return null;
  const blocks = neededBlocks(xml, reader, edits.filter((edit) => BLOCK_EDITS.has(edit.kind)));
  if (!blocks) return null;
  // Text written where a TCVN3 or VNI font would draw it must get a Unicode font: the writer does that.
  const candidates = rowEdits.map((edit) => ({ edit, cell: edit.kind === 'set-cell' && !legacy ? cellInPlace(xml, reader, edit) : null }));
  // A row the writer's DOM rewrites takes all its edits: its cells are not also replaced in place.
  const domRows = new Set<string>([...(structural ?? new Map<number, Set<number>>())].flatMap(([table, rowSet]) => [...rowSet].map((row) => `${table}:${row}`)));
  for (const { edit, cell } of candidates) if (!cell && edit.kind === 'set-cell') domRows.add(`${edit.table}:${edit.row}`);
  // One cell set twice keeps the last text, as the writer does.
  const byCell = new Map<number, { span: Span; text: string }>();
  const viaDom: Edit[] = [];
  for (const { edit, cell } of candidates) {
    if (cell && edit.kind === 'set-cell' && !domRows.has(`${edit.table}:${edit.row}`)) byCell.set(cell.span.start, cell);
    else viaDom.push(edit);
  }
  const inPlace = [...byCell.values()];
  const rows = viaDom.length > 0 ? neededRows(reader, viaDom) : new Map<number, Set<number>>();
  if (!rows) return null;
  // Tables the rows of which are written back (not the ones only there to anchor a block or replaced whole).
  const rowTables = new Set(rows.keys());
  for (const [table, needed] of blocks.tables) for (const row of needed) (rows.get(table) ?? rows.set(table, new Set()).get(table))?.add(row);
  const rootOpen = /<w:document\b[^>]*>/.exec(xml)?.[0];
  if (!rootOpen) return null;

  // The small document: each table's properties and grid, then just the rows needed, and the paragraphs needed, in order.
  const order = [...rows.keys()].sort((a, b) => reader.nodes[a].tbl.start - reader.nodes[b].tbl.start);
  const paragraphs = [...blocks.paragraphs].sort((a, b) => a - b);
  const parts = [
    ...order.map((t) => {
      const { tbl, rows: spans } = reader.nodes[t];
      const selected = [...(rows.get(t) as Set<number>)].sort((a, b) => a - b);
      return { start: tbl.start, text: `${xml.slice(tbl.start, spans[0].start)}${selected.map((r) => xml.slice(spans[r].start, spans[r].end)).join('')}</w:tbl>` };
    }),
    ...paragraphs.map((i) => ({ start: reader.paragraphNodes[i].start, text: xml.slice(reader.paragraphNodes[i].start, reader.paragraphNodes[i].end) })),
  ].sort((a, b) => a.start - b.start);
  if (parts.length === 0) return splice(xml, inPlace);
  let doc: Document;
  try {
    doc = parseXml(`${rootOpen}<w:body>${parts.map((part) => part.text).join('')}</w:body></w:document>`);
  } catch {
    return null;
  }
  const read = readWordDocument(doc, fonts);
  // Reduced table k is the k-th top-level table; its rows are the selected ones, in order.
  const reducedOf = new Map<number, { index: number; rows: number[] }>();
  for (const [k, t] of order.entries()) {
    const index = read.topLevel.indexOf(k);
    const selected = [...(rows.get(t) as Set<number>)].sort((a, b) => a - b);
    const table = read.elements[index];
    // A row inside a wrapper (a content control around rows) or a row read otherwise: not spliced.
    if (!table || table.rows.length !== selected.length || table.rows.some((tr) => tr.parentNode !== table.tbl)) return null;
    reducedOf.set(t, { index, rows: selected });
  }
  const remapped = [...viaDom, ...edits.filter((edit) => BLOCK_EDITS.has(edit.kind))].map((edit) => remap(edit, reducedOf));
  if (remapped.some((edit) => edit === null)) return null;
  const originals = order.map((t) => [...read.elements[(reducedOf.get(t) as { index: number }).index].rows]);
  // The body's blocks as read: each table and paragraph with where it stands in the part.
  const bodyBlocks = childElements(read.body).filter((c) => c.localName !== 'sectPr');
  const reducedParagraphs = bodyBlocks.filter((c) => isW(c, 'p'));
  if (reducedParagraphs.length !== paragraphs.length) return null;
  const spanOf = new Map<Element, Span>([
    ...order.map((t): [Element, Span] => [read.elements[(reducedOf.get(t) as { index: number }).index].tbl, reader.nodes[t].tbl]),
    ...reducedParagraphs.map((p, i): [Element, Span] => [p, reader.paragraphNodes[paragraphs[i]]]),
  ]);
  const tableElements = new Set(order.map((t) => read.elements[(reducedOf.get(t) as { index: number }).index].tbl));
  // An evaluation table goes through the DOM with its header alone; its rows are written as text after it (evaluationRowsXml).
  const evaluationRows = (remapped as Edit[]).flatMap((edit) => (edit.kind === 'append-table' ? [edit.rows] : []));
  editDocument(doc, (remapped as Edit[]).map((edit) => (edit.kind === 'append-table' ? { ...edit, rows: [] } : edit)), read, fonts);

  const serializer = new XMLSerializer();
  const serialize = (node: Element) => {
    const text = serializer.serializeToString(node as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
    // A table the edits added is an evaluation table, in the order of its edits.
    if (!isW(node, 'tbl') || spanOf.has(node)) return text;
    const rows = evaluationRows.shift();
    return rows ? `${text.slice(0, -'</w:tbl>'.length)}${evaluationRowsXml(rows, fonts)}</w:tbl>` : text;
  };
  const replacements: Array<{ span: Span; text: string }> = [...inPlace];
  // Blocks: a paragraph kept or changed is written again, one gone is removed, a new block goes after the block before it.
  const after = childElements(read.body).filter((c) => c.localName !== 'sectPr');
  const present = new Set(after);
  for (const [element, span] of spanOf) if (!present.has(element)) replacements.push({ span, text: '' });
  let anchor: number | null = null;
  let pending = '';
  const firstStart = Math.min(...[...spanOf.values()].map((span) => span.start));
  for (const element of after) {
    const span = spanOf.get(element);
    if (!span) {
      pending += serialize(element);
      continue;
    }
    if (pending) replacements.push({ span: { start: anchor ?? firstStart, end: anchor ?? firstStart }, text: pending });
    pending = '';
    if (!tableElements.has(element)) replacements.push({ span, text: serialize(element) });
    anchor = span.end;
  }
  if (pending) replacements.push({ span: { start: anchor ?? firstStart, end: anchor ?? firstStart }, text: pending });
  order.forEach((t, k) => {
    if (!rowTables.has(t) || !present.has(read.elements[(reducedOf.get(t) as { index: number }).index].tbl)) return;
    const { rows: selected, index } = reducedOf.get(t) as { index: number; rows: number[] };
    const spans = reader.nodes[t].rows;
    const known = new Map(originals[k].map((tr, i) => [tr, i]));
    const texts = selected.map(() => '');
    let leading = '';
    let last = -1;
    for (const tr of childElements(read.elements[index].tbl).filter((c) => isW(c, 'tr'))) {
      const i = known.get(tr);
      if (i !== undefined) last = i;
      if (last < 0) leading += serialize(tr);
      else texts[last] += serialize(tr);
    }
    texts[0] = leading + texts[0];
    selected.forEach((r, i) => replacements.push({ span: spans[r], text: texts[i] }));
  });
  return splice(xml, replacements);
}

/**
 * The part with each span replaced by its text (the spans do not overlap; an insertion is an empty
 * span, put first), in pieces: the stretches kept are slices of the part, and the part is not copied
 * whole (50 MB at 20,000 activities) before it is encoded.
 */
function splice(xml: string, replacements: Array<{ span: Span; text: string }>): string[] {
  replacements.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: string[] = [];
  let at = 0;
  for (const { span, text } of replacements) {
    out.push(xml.slice(at, span.start), text);
    at = span.end;
  }
  out.push(xml.slice(at));
  return out;
}

/**
 * A cell's new text put in place of its old one, when the cell holds a single run of text
 * (one w:t, no nested table, no field or line break): the text of that w:t is replaced and
 * everything else of the cell stays. Null otherwise (the writer's DOM rewrites the cell).
 */
function cellInPlace(xml: string, reader: WordReader<Span>, edit: Extract<Edit, { kind: 'set-cell' }>): { span: Span; text: string } | null {
  const tc = reader.nodes[edit.table]?.slots[edit.row]?.[edit.col];
  if (!tc || reader.topLevel[edit.table] === null || edit.text.includes('\n') || edit.text === '') return null;
  const cell = xml.slice(tc.start, tc.end);
  const texts = cell.match(/<w:t(?:\s[^>]*)?>/g) ?? [];
  if (texts.length !== 1 || /<w:(tbl|fldChar|fldSimple|instrText|br|tab|cr|sym|noBreakHyphen|softHyphen|del|ins)\b/.test(cell)) return null;
  const open = cell.indexOf(texts[0]);
  const close = cell.indexOf('</w:t>', open);
  if (close < 0) return null;
  const start = tc.start + open;
  const text = elementText(edit.text);
  return { span: { start, end: tc.start + close }, text: `<w:t xml:space="preserve">${text}` };
}

/**
 * The part read with each table's, row's and cell's place in it (and, given the lists, their
 * numbers as Word shows them), and with a checkpoint at each body block when asked for.
 */
export function readWithSpans(xml: string, fonts: StyleFonts | null, lists: ListDefinitions | null = null, { checkpoints = false } = {}): WordReader<Span> {
  const reader = new WordReader<Span>('root', lists && new ListCounter(lists), fonts, { checkpoints });
  const open: Span[] = [];
  streamXml(xml, {
    open: (tag) => {
      const span = { start: tag.start(), end: -1 };
      open.push(span);
      return reader.open(new ReaderTag(span).of(tag));
    },
    text: (text) => reader.text(text),
    close: (end) => {
      const span = open.pop();
      if (span) span.end = end;
      reader.close();
    },
  });
  return reader;
}

/** The rows of each top-level table the edits touch or copy; null where one is beyond what is read, or nested, or a new column. */
function neededRows(reader: WordReader<Span>, edits: readonly Edit[]): Map<number, Set<number>> | null {
  const rows = new Map<number, Set<number>>();
  let valid = true;
  const need = (table: number, row: number, required = true) => {
    const nodes = reader.nodes[table];
    if (!nodes || reader.topLevel[table] === null || reader.topLevel[table] === undefined) valid = false;
    else if (row >= 0 && row < nodes.rows.length) (rows.get(table) ?? rows.set(table, new Set()).get(table))?.add(row);
    else if (required) valid = false;
  };
  for (const edit of edits) {
    if (edit.kind === 'set-cell') {
      // A cell beyond the table's columns widens every row: the whole-part writer does that.
      if (edit.col >= (reader.tables[edit.table]?.rows[0]?.length ?? 0)) return null;
      need(edit.table, edit.row);
    } else if (edit.kind === 'insert-rows') {
      need(edit.table, edit.after);
      for (const row of edit.rows) need(row.template.table, row.template.row);
    } else if (edit.kind === 'delete-rows') {
      // The two rows below: a merge starting on a removed row moves to the next and may go on.
      for (const row of edit.rows) [0, 1, 2].forEach((k) => need(edit.table, row + k, k === 0));
    }
  }
  return valid && rows.size > 0 ? rows : null;
}

/** Whether a top-level table stands directly in the body: a block put after it then stays outside any wrapper. */
function inBody(xml: string, reader: WordReader<Span>, table: number): boolean {
  const nodes = reader.nodes[table];
  if (!nodes || reader.topLevel[table] === null || reader.topLevel[table] === undefined || nodes.rows.length === 0) return false;
  return /^\s*(<w:(p|tbl|sectPr|sdt|bookmarkStart|bookmarkEnd)[\s>/]|<\/w:body>)/.test(xml.slice(nodes.tbl.end, nodes.tbl.end + 200));
}

/**
 * What the evaluation table and the summary need in the small document: the table they go
 * after (its first row anchors it), an evaluation written before (whole, with the heading
 * paragraph right before it) and the body paragraphs that state the summary. Null where
 * they stand otherwise (in a content control, a summary in a table cell).
 */
function neededBlocks(xml: string, reader: WordReader<Span>, edits: readonly Edit[]): { tables: Map<number, Set<number>>; paragraphs: Set<number> } | null {
  const tables = new Map<number, Set<number>>();
  const paragraphs = new Set<number>();
  const add = (table: number, rows: number[]) => rows.forEach((row) => (tables.get(table) ?? tables.set(table, new Set()).get(table))?.add(row));
  for (const edit of edits) {
    if (edit.kind !== 'append-table' && edit.kind !== 'set-summary') return null;
    if (!inBody(xml, reader, edit.afterTable)) return null;
    add(edit.afterTable, [0]);
    if (edit.kind === 'append-table' && edit.replaces !== null) {
      if (!inBody(xml, reader, edit.replaces)) return null;
      const old = reader.nodes[edit.replaces];
      add(edit.replaces, old.rows.map((_row, r) => r));
      // The block right before it must be a body paragraph (the heading the writer looks at), or the writer's DOM decides.
      const before = reader.paragraphNodes.findIndex((p) => p.end <= old.tbl.start && xml.slice(p.end, old.tbl.start).trim() === '');
      if (before < 0) return null;
      paragraphs.add(before);
    }
    if (edit.kind === 'set-summary') {
      const stated = new Set(edit.replaces);
      if (reader.tables.some((table) => table.rows.some((cells) => cells.some((cell) => stated.has(cell.text.trim()))))) return null;
      reader.paragraphs.forEach((text, i) => {
        if (stated.has(text.trim())) paragraphs.add(i);
      });
    }
  }
  return { tables, paragraphs };
}

/** An edit in the small document's table and row numbers, or null when it names a row not there. */
function remap(edit: Edit, reducedOf: ReadonlyMap<number, { index: number; rows: number[] }>): Edit | null {
  const at = (table: number, row: number): { table: number; row: number } | null => {
    const reduced = reducedOf.get(table);
    const index = reduced ? reduced.rows.indexOf(row) : -1;
    return reduced && index >= 0 ? { table: reduced.index, row: index } : null;
  };
  if (edit.kind === 'set-cell') {
    const place = at(edit.table, edit.row);
    return place && { ...edit, ...place };
  }
  if (edit.kind === 'insert-rows') {
    const anchor = at(edit.table, edit.after);
    const rows = edit.rows.map((row) => {
      const template = at(row.template.table, row.template.row);
      return template && { ...row, template };
    });
    if (!anchor || rows.some((row) => row === null)) return null;
    return { ...edit, table: anchor.table, after: anchor.row, rows: rows as typeof edit.rows };
  }
  if (edit.kind === 'delete-rows') {
    const places = edit.rows.map((row) => at(edit.table, row));
    if (places.some((place) => place === null)) return null;
    return { ...edit, table: (places[0] as { table: number }).table, rows: places.map((place) => (place as { row: number }).row) };
  }
  const tableOf = (table: number) => reducedOf.get(table)?.index;
  if (edit.kind === 'append-table') {
    const afterTable = tableOf(edit.afterTable);
    const replaces = edit.replaces === null ? null : tableOf(edit.replaces);
    return afterTable === undefined || replaces === undefined ? null : { ...edit, afterTable, replaces };
  }
  if (edit.kind === 'set-summary') {
    const afterTable = tableOf(edit.afterTable);
    return afterTable === undefined ? null : { ...edit, afterTable };
  }
  return null;
}
