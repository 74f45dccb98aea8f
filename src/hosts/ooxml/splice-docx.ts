import { XMLSerializer } from '@xmldom/xmldom';
import type { Edit } from '../../plan/edits';
import { parseXml } from './dom';
import { mayUseLegacyFonts, type StyleFonts } from './fonts';
import { readWordDocument } from './read-docx';
import { streamXml } from './stream-xml';
import { WordReader } from './word-reader';
import { childElements, isW, W_NS } from './xml';
import { xmlText } from './xml-text';

/** Where an element stands in the part: from its "<" to just after its end. */
interface Span {
  start: number;
  end: number;
}

/** Edits that touch only the rows they name: cell texts, rows inserted after a row, rows removed. */
const ROW_EDITS = new Set<Edit['kind']>(['set-cell', 'insert-rows', 'delete-rows']);

/** The whole-part writer's edit of a parsed document (write-docx's editWordDocument), given so that this module does not import it back. */
export type EditDocument = (doc: Document, edits: readonly Edit[], read: ReturnType<typeof readWordDocument>, fonts: StyleFonts | null) => void;

/**
 * Applies row edits to a document part without a DOM of the whole part: the part is read
 * once more with each table's and row's place in it, the rows the edits touch (and the
 * rows they copy) are parsed alone into a small document and edited by the same writer as
 * always, and only those rows are put back in the text — every other byte stays as it was.
 * Null when the edits or the tables are not of that kind (the whole-part writer is used).
 */
export function spliceWordEdits(xml: string, edits: readonly Edit[], fonts: StyleFonts | null, editDocument: EditDocument): string | null {
  if (edits.length === 0 || !edits.every((edit) => ROW_EDITS.has(edit.kind))) return null;
  if (edits.some((edit) => edit.kind === 'insert-rows') && edits.some((edit) => edit.kind === 'delete-rows')) return null;
  const reader = readWithSpans(xml, fonts);
  // Rows inserted or removed need the writer's DOM; a cell's text elsewhere is replaced in place where it is one plain run.
  const structural = neededRows(reader, edits.filter((edit) => edit.kind !== 'set-cell'));
  if (edits.some((edit) => edit.kind !== 'set-cell') && !structural) return null;
  // Text written where a TCVN3 or VNI font would draw it must get a Unicode font: the writer does that.
  const legacy = mayUseLegacyFonts(xml);
  const candidates = edits.map((edit) => ({ edit, cell: edit.kind === 'set-cell' && !legacy ? cellInPlace(xml, reader, edit) : null }));
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
  const rootOpen = /<w:document\b[^>]*>/.exec(xml)?.[0];
  if (!rootOpen) return null;

  // The small document: each table's properties and grid, then just the rows needed, in order.
  const order = [...rows.keys()].sort((a, b) => reader.nodes[a].tbl.start - reader.nodes[b].tbl.start);
  const parts = order.map((t) => {
    const { tbl, rows: spans } = reader.nodes[t];
    const selected = [...(rows.get(t) as Set<number>)].sort((a, b) => a - b);
    return `${xml.slice(tbl.start, spans[0].start)}${selected.map((r) => xml.slice(spans[r].start, spans[r].end)).join('')}</w:tbl>`;
  });
  if (order.length === 0) return splice(xml, inPlace);
  let doc: Document;
  try {
    doc = parseXml(`${rootOpen}<w:body>${parts.join('')}</w:body></w:document>`);
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
  const remapped = viaDom.map((edit) => remap(edit, reducedOf));
  if (remapped.some((edit) => edit === null)) return null;
  const originals = order.map((t) => [...read.elements[(reducedOf.get(t) as { index: number }).index].rows]);
  editDocument(doc, remapped as Edit[], read, fonts);

  const serializer = new XMLSerializer();
  const serialize = (node: Element) => serializer.serializeToString(node as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
  const replacements: Array<{ span: Span; text: string }> = [...inPlace];
  order.forEach((t, k) => {
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

/** The part with each span replaced by its text (the spans do not overlap). */
function splice(xml: string, replacements: Array<{ span: Span; text: string }>): string {
  replacements.sort((a, b) => a.span.start - b.span.start);
  const out: string[] = [];
  let at = 0;
  for (const { span, text } of replacements) {
    out.push(xml.slice(at, span.start), text);
    at = span.end;
  }
  out.push(xml.slice(at));
  return out.join('');
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
  const text = xmlText(edit.text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return { span: { start, end: tc.start + close }, text: `<w:t xml:space="preserve">${text}` };
}

/** The part read with each table's, row's and cell's place in it. */
function readWithSpans(xml: string, fonts: StyleFonts | null): WordReader<Span> {
  const reader = new WordReader<Span>('root', null, fonts);
  const open: Span[] = [];
  streamXml(xml, {
    open: (tag) => {
      const span = { start: tag.start(), end: -1 };
      open.push(span);
      reader.open({ local: tag.local, uri: tag.uri, val: () => tag.attribute('val', W_NS), attr: (name) => tag.attribute(name, W_NS), node: span });
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
  return null;
}
