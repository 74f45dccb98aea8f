import { XMLSerializer } from '@xmldom/xmldom';
import type { Edit } from '../../plan/edits';
import type { StyleFonts } from '../ooxml/fonts';
import { paragraphText, readWordDocument } from '../ooxml/read-docx';
import { editWordDocument, statedParagraphs } from '../ooxml/write-docx';
import { childElements, isW, W_NS } from '../ooxml/xml';
import { keepReferencedParts } from './package-parts';

/**
 * One end of the range Word replaces: a top-level table (`index` among Word's body tables), or the
 * body paragraph holding a summary line (`occurrence`: how many earlier body paragraphs hold that text,
 * so that the search hit on the right paragraph is taken).
 */
export type RegionEnd = { kind: 'table'; index: number } | { kind: 'line'; text: string; occurrence: number };

export interface EditedRegion {
  /** The ends of the smallest run of body blocks holding every edit, or null when Word cannot address them. */
  ends: { first: RegionEnd; last: RegionEnd } | null;
  /** The package with only the edited blocks of that run in its body. */
  regionOoxml: () => string;
  /** The package with the whole body edited (WordApi 1.1). */
  wholeBodyOoxml: () => string;
}

/**
 * Applies edits to the OOXML package Word gave (`body.getOoxml()`) and finds the
 * blocks of the body they touch: the plan's tables, tables and paragraphs added
 * after them, and the paragraphs a summary replaces. The region's package keeps the
 * parts those blocks need (styles, numbering, what they refer to), nothing else.
 */
export function editRegion(doc: Document, edits: readonly Edit[], fonts: StyleFonts | null = null): EditedRegion {
  const read = readWordDocument(doc);
  const { elements, body, topLevel } = read;
  const before = blocksOf(body);
  const blockIndex = (node: Node): number => {
    let block: Node = node;
    while (block.parentNode && block.parentNode !== body) block = block.parentNode;
    return before.indexOf(block as Element);
  };
  const lines = new Set(edits.flatMap((edit) => (edit.kind === 'set-summary' ? edit.replaces : [])));
  const touched = new Set<number>();
  for (const table of tablesOf(edits)) if (elements[table]) touched.add(blockIndex(elements[table].tbl));
  for (const edit of edits) {
    if (edit.kind !== 'set-summary' || !elements[edit.afterTable]) continue;
    for (const p of statedParagraphs(body, edit.replaces, before[blockIndex(elements[edit.afterTable].tbl)], fonts)) touched.add(blockIndex(p));
  }
  touched.delete(-1);

  const sorted = [...touched].sort((a, b) => a - b);
  const paragraphs = [...body.getElementsByTagNameNS(W_NS, 'p')];
  /** Blocks that are a content control holding just a table: Word's range of the table lies inside the control. */
  const unwrapped = new Set<Element>();
  const endOf = (block: number | undefined): RegionEnd | null => {
    if (block === undefined) return null;
    const element = before[block];
    const inner = isW(element, 'sdt') ? soleTable(element) : null;
    const table = elements.findIndex((nodes) => nodes.tbl === (inner ?? element));
    const index = table >= 0 ? topLevel[table] : null;
    if (index !== null && index !== undefined) {
      if (inner) unwrapped.add(element);
      return { kind: 'table', index };
    }
    const line = isW(element, 'p') ? paragraphText(element).trim() : '';
    if (!lines.has(line)) return null;
    const prefix = line.slice(0, SEARCH_LIMIT);
    return { kind: 'line', text: line, occurrence: paragraphs.slice(0, paragraphs.indexOf(element)).filter((p) => paragraphText(p).includes(prefix)).length };
  };
  const first = endOf(sorted[0]);
  const last = endOf(sorted.at(-1));

  editWordDocument(doc, edits, read, fonts);
  const after = blocksOf(body);
  const serialize = (): string => new XMLSerializer().serializeToString(doc as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
  return {
    ends: first && last ? { first, last } : null,
    wholeBodyOoxml: serialize,
    regionOoxml: () => {
      // Blocks added by the edits sit inside the run or right after its last block.
      const end = (sorted.at(-1) ?? 0) + after.length - before.length;
      after.forEach((block, i) => {
        if (i < (sorted[0] ?? 0) || i > end) body.removeChild(block);
        // The range starts or ends inside the content control: only its table goes in, the control stays as it is.
        else if (unwrapped.has(block)) unwrap(block);
      });
      for (const sectPr of childElements(body).filter((c) => isW(c, 'sectPr'))) body.removeChild(sectPr);
      keepReferencedParts(doc, body);
      return serialize();
    },
  };
}

/** Word's search takes at most 255 characters; a summary line's start finds it. */
export const SEARCH_LIMIT = 250;

/** The table a block-level content control holds, when it holds that and nothing else. */
function soleTable(sdt: Element): Element | null {
  const content = childElements(sdt).find((c) => isW(c, 'sdtContent'));
  const blocks = content ? childElements(content) : [];
  return blocks.length === 1 && isW(blocks[0], 'tbl') ? blocks[0] : null;
}

/** Replaces a content control by what it holds. */
function unwrap(sdt: Element): void {
  const content = childElements(sdt).find((c) => isW(c, 'sdtContent'));
  for (const child of content ? childElements(content) : []) sdt.parentNode?.insertBefore(child, sdt);
  sdt.parentNode?.removeChild(sdt);
}

/** Body-level blocks (the section properties at the end are not content). */
function blocksOf(body: Element): Element[] {
  return childElements(body).filter((child) => !isW(child, 'sectPr'));
}

function tablesOf(edits: readonly Edit[]): number[] {
  return edits.flatMap((edit) => {
    if (edit.kind === 'insert-rows') return [edit.table, ...edit.rows.map((row) => row.template.table)];
    if (edit.kind === 'set-cell' || edit.kind === 'delete-rows') return [edit.table];
    if (edit.kind === 'append-table' && edit.replaces !== null) return [edit.afterTable, edit.replaces];
    // A conversion to Unicode is the whole body's: Word replaces the body (wholeBodyOoxml).
    if (edit.kind === 'convert-encoding' || edit.kind === 'append-plan') return [];
    return [edit.afterTable];
  });
}
