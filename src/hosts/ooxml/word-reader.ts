import { fontEncoding, LegacyDecoder, type FontEncoding, type LegacyEncoding } from '../../plan/legacy-encoding';
import type { GridCell, SourceDocument, Table } from '../../plan/types';
import { DocumentError } from '../errors';
import { TABLE_LIMITS } from '../limits';
import { effectiveFont, rFontsName, type StyleFonts } from './fonts';
import type { ListCounter, ListCounterState, ParagraphList } from './numbering';
import { W_NS } from './xml';

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Wrappers whose content counts as if it stood in their place. */
export const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'dir', 'bdo']);
/** Content that is not part of the accepted text. */
export const SKIPPED = new Set(['del', 'moveFrom', 'sdtPr', 'sdtEndPr', 'rPr', 'pPr', 'instrText', 'delText']);

/**
 * A paragraph's text copied out of the part it was read from. A run's text is a slice of the
 * part, and V8 keeps a sliced string's whole parent alive: one cell text still referenced (a
 * plan row, a cache of folded texts) would hold a part of tens of megabytes after it was read.
 * Concatenating and slicing again copies the characters into a string of their own.
 */
function detached(text: string): string {
  // V8 copies a slice shorter than 13 characters anyway.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Address of a cell of a Word table: table index in document order, row, grid column. */
export function wordCellAddress(table: number, row: number, col: number): string {
  return addressInRow(rowAddress(table, row), col);
}

function addressInRow(rowAddress: string, col: number): string {
  return `${rowAddress}${col}`;
}

/** What the addresses of a row's cells start with: made once a row, the numbers of a big table are not turned into text again for every cell. */
function rowAddress(table: number, row: number): string {
  return `w:${table}:${row}:`;
}

/** The XML nodes behind a table as read: its rows, and the w:tc at each grid slot (null where none). */
export interface WordTableNodes<N> {
  tbl: N;
  rows: N[];
  slots: Array<Array<N | null>>;
}

/** An opening tag as a driver reports it; `val` reads its w:val attribute (null when absent). */
export interface OpenTag<N> {
  local: string;
  uri: string;
  val(): string | null;
  /** Another w: attribute by local name (w:fldCharType, w:char), null when absent. */
  attr(local: string): string | null;
  node: N;
}

const SOFT_HYPHEN = '\u00ad';

/** Characters Word does not show: zero-width spaces and joiners, word joiner, byte order marks. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A w:sym character (Symbol/Wingdings private-use codes) as the character it stands for, or "" when none does. */
export function symbolCharacter(hex: string | null): string {
  const code = Number.parseInt(hex ?? '', 16);
  if (!Number.isFinite(code)) return '';
  if (code === 0xf0b7 || code === 0xf09f || code === 0xf06c) return '•';
  if (code === 0xf0a7 || code === 0xf06e) return '▪';
  if (code === 0xf0d8 || code === 0xf0e0) return '→';
  if (code >= 0xf020 && code <= 0xf07e) return String.fromCharCode(code - 0xf000);
  return code < 0xe000 || code > 0xf8ff ? String.fromCharCode(code) : '';
}

/**
 * Where the reader stands: outside the body (a document part, or the package Word's
 * getOoxml() returns), body-level content, a table, a row, a cell, a paragraph,
 * the first choice of an mc:AlternateContent, the text of a w:t, the properties of a
 * row or cell, the column grid, or a subtree that is not read.
 */
type Mode = 'root' | 'block' | 'table' | 'grid' | 'row' | 'rowProps' | 'cell' | 'cellProps' | 'para' | 'paraProps' | 'runProps' | 'choice' | 'text' | 'skip';

/** What closing an element completes (null: nothing). */
type Ends = 'body' | 'table' | 'row' | 'cell' | 'paragraph' | 'run' | null;

/**
 * An open element as the reader stands in it. Every frame has the same fields (a class, not
 * literals of several shapes): the reader asks each of a part's elements for its frame's mode
 * and end, and one shape keeps those reads monomorphic, so V8's optimised reader is not thrown
 * away on the first frame of a shape it had not yet seen.
 */
class Frame {
  constructor(
    readonly mode: Mode,
    /** A transparent wrapper: its children are read as the parent's. */
    readonly wrapper: boolean = false,
    /** What closing this element completes. */
    readonly ends: Ends = null,
    /** mc:AlternateContent: its first mc:Choice has been read. */
    public choiceTaken: boolean = false,
  ) {}
}

/** Frames that never change, shared by every element that opens one (only mc:AlternateContent and wrappers get their own). */
const SKIP = new Frame('skip');
const TEXT = new Frame('text');
const PARA = new Frame('para');
const ROOT = new Frame('root');
const BODY = new Frame('block', false, 'body');
const TABLE = new Frame('table', false, 'table');
const GRID = new Frame('grid');
const ROW = new Frame('row', false, 'row');
const ROW_PROPS = new Frame('rowProps');
const CELL = new Frame('cell', false, 'cell');
const CELL_PROPS = new Frame('cellProps');
const PARAGRAPH = new Frame('para', false, 'paragraph');
const PARA_PROPS = new Frame('paraProps');
const RUN = new Frame('para', false, 'run');
const RUN_PROPS = new Frame('runProps');

interface CellBuilder<N> {
  node: N;
  lines: string[];
  span: number;
  vMerge: string | null;
  hMergeContinue: boolean;
  /** The cell's first paragraph has Word's list number. */
  listNumbered: boolean;
}

interface TableBuilder<N> {
  table: Table;
  nodes: WordTableNodes<N>;
  gridColumns: number;
  row: { node: N; slots: GridCell[]; cellNodes: Array<N | null>; deleted: boolean; gridBefore: number; started: boolean; wordRow: number; wordCells: number; address: string } | null;
  cell: CellBuilder<N> | null;
  /** Rows Word counts in the table so far, tracked-deleted ones included (Table.getCell's row index). */
  wordRows: number;
}

/** Where Word itself finds a cell: Table.getCell(row, cell) counts every w:tr and each row's w:tc, not grid slots. */
export interface WordCellIndex {
  row: number;
  cell: number;
}

/**
 * Where a reader stood as a block of the body began: what it had read before (counts of
 * tables and paragraphs, list numbers, decoded legacy text). A part that is the same up to
 * that block can be read on from there (see {@link ReaderOptions.continuing}).
 */
export interface ReaderCheckpoint<N> {
  /** The block's node (its place in the part, for a reader with places). */
  node: N;
  tables: number;
  paragraphs: number;
  topLevelTables: number;
  lists: ListCounterState | null;
  legacy: ReadonlyArray<readonly [LegacyEncoding, number]>;
}

export interface ReaderOptions {
  /** Whether Word's own cell indexes are kept (the Word host selects and writes cells by them; a file reader does not). */
  indexWordCells?: boolean;
  /** Keep a checkpoint at each block of the body (a reader that reads a whole part). */
  checkpoints?: boolean;
  /**
   * Read as if the part before this checkpoint's block had been read already: tables are numbered
   * after its tables, lists and decoded text go on from its counts. The events start at the
   * document root and go on with that block (the blocks between are left out); the reader's own
   * tables, paragraphs and nodes are those it reads.
   */
  continuing?: ReaderCheckpoint<unknown>;
}

/**
 * Reads WordprocessingML from a stream of open/text/close events, so that the same
 * rules serve a streamed .docx (fast, nothing kept) and a parsed DOM the writer edits
 * (the nodes behind each cell kept). Tracked changes are read as accepted, content
 * controls and other wrappers are transparent, nested tables are read after their
 * parent's position in document order, and the text of a nested table is not part
 * of its cell's text.
 */
export class WordReader<N> {
  readonly tables: Table[] = [];
  readonly nodes: Array<WordTableNodes<N>> = [];
  readonly paragraphs: string[] = [];
  /** Each table's index among the body's top-level tables (as Word's body.tables counts them), null when nested. */
  readonly topLevel: Array<number | null> = [];
  /** Word's own row and cell index of each cell address (gridBefore placeholders are not cells; deleted rows are rows). */
  readonly wordCells = new Map<string, WordCellIndex>();
  private topLevelCount = 0;
  private readonly frames: Frame[] = [];
  private readonly openTables: Array<TableBuilder<N>> = [];
  private paragraph: string | null = null;
  /**
   * Complex fields open around the text (w:fldChar begin … separate … end), innermost last:
   * true once past "separate". Text shows only where every open field shows its result, so a
   * field nested in another's instruction leaks nothing.
   */
  private fields: boolean[] = [];
  /** The document's w:body has been read (only the first one is). */
  bodyRead = false;

  /** The list properties of the paragraph being read (w:pPr/w:numPr, w:pStyle). */
  private readonly paragraphList: ParagraphList = { numId: null, ilvl: null, style: null };
  /** The node of each entry of `paragraphs` (paragraphs outside tables). */
  readonly paragraphNodes: N[] = [];
  private paragraphNode: N | null = null;
  /** The run being read (its own font and character style), when the document has legacy fonts to decode. */
  private run: { font: string | null; style: string | null; encoding?: FontEncoding | null } | null = null;
  private readonly decoder: LegacyDecoder;
  /** The checkpoint at each block of the body, when asked for. */
  readonly checkpoints: Array<ReaderCheckpoint<N>> | null;
  /** Index of the first table this reader reads (after the tables of the checkpoint it goes on from). */
  private readonly firstTable: number;
  private readonly indexWordCells: boolean;

  /**
   * Starts outside the body, or (for one paragraph or cell content) as if inside it; with
   * the document's lists, automatic numbers are read as the labels Word shows; with the
   * fonts of a document that uses TCVN3 or VNI fonts, their runs are read as Unicode.
   */
  constructor(
    start: 'root' | 'block' = 'root',
    private readonly lists: ListCounter | null = null,
    private readonly fonts: StyleFonts | null = null,
    { indexWordCells = false, checkpoints = false, continuing }: ReaderOptions = {},
  ) {
    this.frames.push(new Frame(start));
    this.indexWordCells = indexWordCells;
    this.checkpoints = checkpoints ? [] : null;
    this.firstTable = continuing?.tables ?? 0;
    this.topLevelCount = continuing?.topLevelTables ?? 0;
    this.decoder = new LegacyDecoder(continuing?.legacy);
  }

  /**
   * The source document read so far (complete once the body has closed); a reader that went on
   * from a checkpoint is given the tables and paragraphs read before it.
   */
  source(before: { tables: readonly Table[]; paragraphs: readonly string[] } | null = null): SourceDocument {
    const legacy = this.decoder.mostUsed();
    const tables = before ? [...before.tables, ...this.tables] : this.tables;
    const paragraphs = before ? [...before.paragraphs, ...this.paragraphs] : this.paragraphs;
    return { tables, text: paragraphs.join('\n'), ...(legacy ? { legacyEncoding: legacy } : {}) };
  }

  /** True when nothing inside the element is read (a driver may then leave its content out). */
  open(tag: OpenTag<N>): boolean {
    const parent = this.frames[this.frames.length - 1];
    // A field left open across blocks would have to be carried over too: no checkpoint inside one.
    if (this.checkpoints && parent.ends === 'body' && this.fields.length === 0) this.checkpoints.push(this.checkpoint(tag.node));
    const frame = this.frameFor(parent, tag);
    this.frames.push(frame);
    return frame === SKIP;
  }

  private checkpoint(node: N): ReaderCheckpoint<N> {
    return {
      node,
      tables: this.firstTable + this.tables.length,
      paragraphs: this.paragraphs.length,
      topLevelTables: this.topLevelCount,
      lists: this.lists?.state() ?? null,
      legacy: this.decoder.counted(),
    };
  }

  text(value: string, inRun = false): void {
    if ((!inRun && this.frames[this.frames.length - 1].mode !== 'text') || !this.fieldsShowing()) return;
    this.paragraph += this.decoder.decode(value, this.runEncoding()).replace(INVISIBLE, '');
  }

  /** The legacy encoding of the run being read, resolved once per run. */
  private runEncoding(): FontEncoding | null {
    const run = this.run;
    if (!run || !this.fonts) return null;
    if (run.encoding === undefined) run.encoding = fontEncoding(effectiveFont(this.fonts, run, this.paragraphList.style));
    return run.encoding;
  }

  close(): void {
    const frame = this.frames.pop();
    if (frame?.ends === 'body') this.bodyRead = true;
    else if (frame?.ends === 'run') this.run = null;
    else if (frame?.ends === 'paragraph') this.endParagraph();
    else if (frame?.ends === 'cell') this.endCell();
    else if (frame?.ends === 'row') this.endRow();
    else if (frame?.ends === 'table') this.endTable();
  }

  private frameFor(parent: Frame, tag: OpenTag<N>): Frame {
    const { local, uri } = tag;
    const isW = uri === W_NS;
    switch (parent.mode) {
      case 'paraProps':
        if (isW && local === 'numPr') return PARA_PROPS;
        if (isW && local === 'numId') this.paragraphList.numId = tag.val();
        if (isW && local === 'ilvl') this.paragraphList.ilvl = Number(tag.val() ?? 0);
        if (isW && local === 'pStyle') this.paragraphList.style = tag.val();
        return SKIP;
      case 'runProps':
        if (isW && local === 'rFonts' && this.run) this.run.font = rFontsName((name) => tag.attr(name));
        if (isW && local === 'rStyle' && this.run) this.run.style = tag.val();
        return SKIP;
      case 'skip':
      case 'grid':
      case 'rowProps':
      case 'cellProps':
        if (parent.mode === 'grid' && isW && local === 'gridCol') this.currentTable().gridColumns++;
        if (parent.mode === 'rowProps' && isW) this.rowProperty(local, tag);
        if (parent.mode === 'cellProps' && isW) this.cellProperty(local, tag);
        return SKIP;
      case 'text':
        return TEXT;
      case 'para':
      case 'choice':
        return this.inParagraph(parent, tag);
      case 'root':
        if (!isW) return ROOT;
        if (local === 'document') return ROOT;
        if (local === 'body' && !this.bodyRead) return BODY;
        return SKIP;
    }
    if (!isW || SKIPPED.has(local)) return SKIP;
    if (TRANSPARENT.has(local)) return new Frame(parent.mode, true);
    if (parent.mode === 'table') {
      if (local === 'tblGrid' && !parent.wrapper) return GRID;
      if (local === 'tr') return this.startRow(tag.node);
      return SKIP;
    }
    if (parent.mode === 'row') {
      if (local === 'trPr' && !parent.wrapper) return ROW_PROPS;
      if (local === 'tc') return this.startCell(tag.node);
      return SKIP;
    }
    if (parent.mode === 'cell' && local === 'tcPr' && !parent.wrapper) return CELL_PROPS;
    if (local === 'p') {
      this.paragraph = '';
      this.paragraphNode = tag.node;
      // Reset in place: nothing keeps a paragraph's list properties once it has ended.
      this.paragraphList.numId = null;
      this.paragraphList.ilvl = null;
      this.paragraphList.style = null;
      return PARAGRAPH;
    }
    if (local === 'tbl') return this.startTable(tag.node);
    return SKIP;
  }

  /** Text shows here: no field is open around it (nearly always), or each open one shows its result. */
  private fieldsShowing(): boolean {
    return this.fields.length === 0 || this.fields.every((showing) => showing);
  }

  private fieldChar(type: string | null): void {
    if (type === 'begin') this.fields.push(false);
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = true;
    else if (type === 'end') this.fields.pop();
  }

  private inParagraph(parent: Frame, tag: OpenTag<N>): Frame {
    const { local, uri } = tag;
    if (uri === MC_NS) {
      if (local === 'AlternateContent') return new Frame('choice');
      if (parent.mode === 'choice' && local === 'Choice' && !parent.choiceTaken) {
        parent.choiceTaken = true;
        return PARA;
      }
      return SKIP;
    }
    if (local === 'pPr' && uri === W_NS && parent.mode === 'para') return PARA_PROPS;
    if (this.fonts && parent.mode === 'para' && uri === W_NS && local === 'r') {
      this.run = { font: null, style: null };
      return RUN;
    }
    if (this.run && parent.mode === 'para' && uri === W_NS && local === 'rPr') return RUN_PROPS;
    if (parent.mode === 'choice' || SKIPPED.has(local) || local === 'tbl') return SKIP;
    if (local === 'fldChar') this.fieldChar(tag.attr('fldCharType'));
    const shown = this.fieldsShowing();
    if (local === 't') return TEXT;
    if (!shown) return PARA;
    if (local === 'tab') this.paragraph += '\t';
    else if (local === 'br' || local === 'cr') this.paragraph += '\n';
    else if (local === 'noBreakHyphen') this.paragraph += '-';
    else if (local === 'sym') this.paragraph += symbolCharacter(tag.attr('char'));
    // In TCVN3 the soft hyphen's code is the letter ư, and Word and LibreOffice keep it as w:softHyphen.
    else if (local === 'softHyphen' && this.runEncoding()) this.text(SOFT_HYPHEN, true);
    // Elsewhere w:softHyphen shows only where Word breaks the line: nothing in the text.
    return PARA;
  }

  private endParagraph(): void {
    // Word shows a numbered paragraph's label ("1.", "II.") before its text; the label is not in w:t.
    const label = this.lists?.label(this.paragraphList) ?? null;
    const own = detached(this.paragraph ?? '');
    const text = label ? (own.trim() === '' ? label : `${label} ${own}`) : own;
    this.paragraph = null;
    const builder = this.openTables.at(-1);
    const cell = builder?.cell;
    if (cell && builder?.row) {
      if (label && cell.lines.length === 0) cell.listNumbered = true;
      cell.lines.push(text);
    } else {
      this.paragraphs.push(text);
      this.paragraphNodes.push(this.paragraphNode as N);
    }
  }

  private currentTable(): TableBuilder<N> {
    const table = this.openTables.at(-1);
    if (!table) throw new Error('Word reader: table content outside a table');
    return table;
  }

  private startTable(node: N): Frame {
    const index = this.firstTable + this.tables.length;
    const table: Table = { index, name: `Bảng ${index + 1}`, rows: [] };
    const nodes: WordTableNodes<N> = { tbl: node, rows: [], slots: [] };
    this.tables.push(table);
    this.nodes.push(nodes);
    this.topLevel.push(this.openTables.length === 0 ? this.topLevelCount++ : null);
    this.openTables.push({ table, nodes, gridColumns: 0, row: null, cell: null, wordRows: 0 });
    return TABLE;
  }

  private endTable(): void {
    const { table, gridColumns } = this.currentTable();
    this.openTables.pop();
    const width = table.rows.reduce((widest, row) => Math.max(widest, row.length), gridColumns);
    table.rows.forEach((row, r) => {
      while (row.length < width) row.push(emptySlot(table.index, r, row.length));
    });
  }

  private startRow(node: N): Frame {
    const builder = this.currentTable();
    builder.row = { node, slots: [], cellNodes: [], deleted: false, gridBefore: 0, started: false, wordRow: builder.wordRows++, wordCells: 0, address: rowAddress(builder.table.index, builder.table.rows.length) };
    return ROW;
  }

  private rowProperty(local: string, tag: OpenTag<N>): void {
    const row = this.currentTable().row;
    if (!row) return;
    if (local === 'del') row.deleted = true;
    if (local === 'gridBefore') row.gridBefore = Math.min(TABLE_LIMITS.maxColumns, Number(tag.val() ?? 0) || 0);
  }

  /** Grid columns skipped before the first cell (w:gridBefore) become empty slots. */
  private startRowCells(builder: TableBuilder<N>): void {
    const row = builder.row;
    if (!row || row.started) return;
    row.started = true;
    const r = builder.table.rows.length;
    for (let i = 0; i < row.gridBefore; i++) {
      row.slots.push(emptySlot(builder.table.index, r, row.slots.length));
      row.cellNodes.push(null);
    }
  }

  private endRow(): void {
    const builder = this.currentTable();
    this.startRowCells(builder);
    const row = builder.row;
    builder.row = null;
    if (!row || row.deleted) return;
    if (builder.table.rows.length >= TABLE_LIMITS.maxRows) throw new DocumentError('error.tooManyRows', { max: TABLE_LIMITS.maxRows });
    builder.table.rows.push(row.slots);
    builder.nodes.rows.push(row.node);
    builder.nodes.slots.push(row.cellNodes);
  }

  private startCell(node: N): Frame {
    const builder = this.currentTable();
    this.startRowCells(builder);
    builder.cell = { node, lines: [], span: 1, vMerge: null, hMergeContinue: false, listNumbered: false };
    // A field never spans cells: one left open by a damaged file does not hide the rest of the table.
    if (this.fields.length > 0) this.fields = [];
    return CELL;
  }

  private cellProperty(local: string, tag: OpenTag<N>): void {
    const cell = this.currentTable().cell;
    if (!cell) return;
    if (local === 'gridSpan') cell.span = Math.max(1, Number(tag.val() ?? 1) || 1);
    if (local === 'vMerge') cell.vMerge = tag.val() ?? '';
    if (local === 'hMerge') cell.hMergeContinue = tag.val() === 'continue';
  }

  private endCell(): void {
    const builder = this.currentTable();
    const { table, row, cell } = builder;
    builder.cell = null;
    if (!row || !cell) return;
    const r = table.rows.length;
    const col = row.slots.length;
    const text = cell.lines.join('\n');
    // Cells past Word's own column limit (only a crafted file has them) are not read.
    const span = Math.min(cell.span, TABLE_LIMITS.maxColumns - col);
    const continuesAbove = cell.vMerge !== null && cell.vMerge !== 'restart';
    const own = addressInRow(row.address, col);
    if (!row.deleted && this.indexWordCells) this.wordCells.set(own, { row: row.wordRow, cell: row.wordCells });
    row.wordCells++;
    for (let s = 0; s < span; s++) {
      const above = continuesAbove ? table.rows[r - 1]?.[col + s] : undefined;
      const slot: GridCell = { text: above ? above.text : text, hMerged: s > 0 || cell.hMergeContinue, vMerged: above !== undefined, address: above ? above.address : own };
      if (cell.listNumbered && !above) slot.listNumbered = true;
      row.slots.push(slot);
      row.cellNodes.push(cell.node);
    }
  }
}

function emptySlot(table: number, row: number, col: number): GridCell {
  return { text: '', hMerged: false, vMerged: false, address: wordCellAddress(table, row, col) };
}
