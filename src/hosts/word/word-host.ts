import type { Edit } from '../../plan/edits';
import { sameDocument } from '../../plan/same-document';
import { DocumentError } from '../errors';
import type { HostNotice, PlanHost, Supports } from '../host';
import { packageFonts, packageLists, parseWordCellAddress, readWordBody } from '../ooxml/read-docx';
import { parseXml } from '../ooxml/dom';
import { planBlocksXml } from '../ooxml/new-docx';
import { W_NS } from '../ooxml/xml';
import { editRegion, SEARCH_LIMIT, type RegionEnd } from './region';

/** Word.run, or a fake of it in tests. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The plan in the open Word document. Each operation is one Word.run batch with a
 * fixed number of syncs whatever the plan's size: read 1 (the body's OOXML, parsed
 * by the .docx reader), select 2, apply 2 (the OOXML of the blocks the edits touch,
 * replaced as one undo step). WordApi 1.3 gives the smallest range (the plan's
 * tables and the paragraphs of its summary); Word 2016 without it (WordApi 1.1)
 * replaces the body's content with the same content edited. On Word on the web, where
 * insertOoxml shows a wait dialog and leaves undo broken, cell texts are written cell by cell.
 */
export function wordHost(run: WordRun, supports: Supports, name: string, { onTheWeb = false }: { onTheWeb?: boolean } = {}): PlanHost {
  let last: ReturnType<typeof readWordBody> | null = null;
  let notices: HostNotice[] = [];
  const tablesApi = supports('WordApi', '1.3');

  return {
    kind: 'word',
    name,
    notices: () => notices,

    read: () =>
      run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        const tracking = supports('WordApi', '1.4') ? context.document.load('changeTrackingMode') : null;
        await context.sync();
        last = readWordBody(ooxml.value);
        // Without WordApi 1.4 the mode cannot be asked: revisions left in the body say changes are (or were) tracked.
        if (tracking) notices = tracking.changeTrackingMode !== 'Off' ? ['notice.trackChanges'] : [];
        else notices = /<w:(ins|del|moveFrom|moveTo)\b/.test(ooxml.value) ? ['notice.trackedRevisions'] : [];
        // Word on the web: insertOoxml (rows, the evaluation table) shows a wait dialog and can leave undo broken (OfficeDev/office-js#6423).
        if (onTheWeb) notices = [...notices, 'notice.webUndo'];
        return last.source;
      }),

    select: (address) =>
      run(async (context) => {
        const cell = parseWordCellAddress(address);
        const table = cell && last?.topLevel[cell.table];
        if (!cell || table === null || table === undefined || !last) return;
        if (!tablesApi) throw new DocumentError('error.hostTooOld', { set: 'WordApi 1.3' });
        const tables = context.document.body.tables;
        tables.load('items');
        await context.sync();
        // Word's own indexes: every w:tr (tracked-deleted ones too) and each row's w:tc, never grid placeholders (gridBefore).
        const at = last.wordCells.get(address);
        if (!at) return;
        tables.items[table].getCell(at.row, at.cell).body.select();
        await context.sync();
      }),

    apply: (edits: readonly Edit[]) =>
      run(async (context) => {
        const body = context.document.body;
        const bodyOoxml = context.document.body.getOoxml();
        // Only what is used: a table's range needs the item, not its values.
        const tables = tablesApi ? body.tables.load('items/rowCount') : null;
        // Summary lines are looked for now, so that the edit needs no third sync.
        const lines = tablesApi ? summaryLines(edits).map((text) => ({ text, found: body.search(text.slice(0, SEARCH_LIMIT)).load('items') })) : [];
        const tracking = supports('WordApi', '1.4') ? context.document.load('changeTrackingMode') : null;
        await context.sync();
        // getOoxml() gives a ClientResult, which has no load(): its value is there after the sync above.
        // eslint-disable-next-line office-addins/load-object-before-read
        const fresh = bodyOoxml.value;
        // The edits were planned on what was read: a document typed in since would get them in the wrong places.
        // The package's style fonts serve the comparison and the edit alike.
        const fonts = packageFonts(fresh);
        if (!last || !sameDocument(readWordBody(fresh, packageLists(fresh), fonts).source, last.source)) throw new DocumentError('error.documentChanged');
        // With Track Changes on, corrections of cell texts are made cell by cell, so that Word records
        // only those cells as changed, not the whole table as deleted and inserted again; on Word on
        // the web too, where insertOoxml blocks the page with a wait dialog and breaks undo.
        const tracked = tracking !== null && tracking.changeTrackingMode !== 'Off';
        const cells = tables && (tracked || onTheWeb) && !last.source.legacyEncoding ? wordCellsOf(edits, last) : null;
        if (cells && tables) {
          for (const { table, row, cell, text } of cells) tables.items[table].getCell(row, cell).body.insertText(text, 'Replace');
          await context.sync();
          return;
        }
        // A new plan in a document without one goes at its end; nothing of the document is replaced.
        const appended = edits.filter((edit) => edit.kind === 'append-plan');
        if (appended.length === edits.length) {
          for (const edit of appended) body.insertOoxml(blocksPackage(planBlocksXml(edit.plan)), 'End');
          await context.sync();
          return;
        }
        const region = editRegion(parseXml(fresh), edits, fonts);
        // Text in TCVN3 or VNI fonts is not what Word's search finds: such a document (and its conversion) is edited as a whole body.
        const wholeBody = last.source.legacyEncoding !== undefined || edits.some((edit) => edit.kind === 'convert-encoding');
        // A search hit is a text range that stops before the paragraph mark: its whole paragraph is the region's end.
        const rangeOf = (end: RegionEnd): Word.Range | undefined =>
          end.kind === 'table'
            ? tables?.items[end.index]?.getRange('Whole')
            : lines.find((line) => line.text === end.text)?.found.items[end.occurrence]?.paragraphs.getFirst().getRange('Whole');
        const firstEnd = region.ends && rangeOf(region.ends.first);
        const lastEnd = region.ends && rangeOf(region.ends.last);
        const oneEnd = region.ends && JSON.stringify(region.ends.first) === JSON.stringify(region.ends.last);
        if (wholeBody) body.insertOoxml(region.wholeBodyOoxml(), 'Replace');
        else if (firstEnd && lastEnd) (oneEnd ? firstEnd : firstEnd.expandTo(lastEnd)).insertOoxml(region.regionOoxml(), 'Replace');
        // Word 2016 has no table ranges: the body is replaced with itself edited. With them, a region not found is said, never papered over.
        else if (!tablesApi) body.insertOoxml(region.wholeBodyOoxml(), 'Replace');
        else throw new DocumentError('error.regionNotFound');
        await context.sync();
      }),
  };
}


/**
 * Where Word finds the cell of each edit, when every edit sets a cell's text in a top-level
 * table (Table.getCell counts every w:tr and each row's w:tc); null otherwise.
 */
function wordCellsOf(edits: readonly Edit[], read: ReturnType<typeof readWordBody>): Array<{ table: number; row: number; cell: number; text: string }> | null {
  const cells: Array<{ table: number; row: number; cell: number; text: string }> = [];
  for (const edit of edits) {
    if (edit.kind !== 'set-cell') return null;
    const address = read.source.tables[edit.table]?.rows[edit.row]?.[edit.col]?.address;
    const table = read.topLevel[edit.table];
    const at = address === undefined ? undefined : read.wordCells.get(address);
    if (table === null || table === undefined || !at) return null;
    cells.push({ table, row: at.row, cell: at.cell, text: edit.text });
  }
  return cells.length > 0 ? cells : null;
}

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** WordprocessingML blocks as the flat OOXML package insertOoxml takes. */
export function blocksPackage(blocksXml: string): string {
  const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return (
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>${rels}</pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${W_NS}"><w:body>${blocksXml}</w:body></w:document></pkg:xmlData></pkg:part>` +
    '</pkg:package>'
  );
}

function summaryLines(edits: readonly Edit[]): string[] {
  return edits.flatMap((edit) => (edit.kind === 'set-summary' ? edit.replaces : []));
}
