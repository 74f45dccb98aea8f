import type { Edit, NewRow } from '../../plan/edits';
import { newPlanRows, type NewPlan } from '../../plan/new-plan';
import { fontEncoding, LegacyDecoder, type LegacyEncoding } from '../../plan/legacy-encoding';
import { STATUS } from '../../plan/status';
import type { GridCell, SourceDocument, Table } from '../../plan/types';
import { DocumentError } from '../errors';
import type { PlanHost, Supports } from '../host';
import { TABLE_LIMITS } from '../limits';
import { parseSheetCellAddress, sheetCellAddress, spreadMerge } from '../xlsx/sheet-grid';
import { columnName, parseRangeAddress } from '../xlsx/a1';
import { UNICODE_FONT } from '../ooxml/unicode-fonts';

/** Excel.run with its options, or a fake of it in tests. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A batch waits while the clerk is typing in a cell instead of failing (ExcelApi 1.11; older Excel ignores it). */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The active sheet as read: its grid and where the grid starts on the sheet (0-based). */
interface SheetGrid {
  sheet: string;
  top: number;
  left: number;
  /** The used range's texts as read, to tell whether the sheet changed before a write. */
  texts: string[][];
  table: Table;
  /** Cells ("row:col" of the grid) a TCVN3 or VNI font draws: their texts in `table` are decoded. */
  legacy: ReadonlySet<string>;
  legacyEncoding?: LegacyEncoding;
}

const STATUS_VALUES: readonly string[] = Object.values(STATUS);

/**
 * The plan on the active worksheet. Read: the used range's displayed texts and its
 * merged areas in one sync. Apply: the sheet read again and compared with what was read
 * (a sheet changed since, or protected, is refused with a clear message), then every
 * edit queued and one sync (one undo step in Excel): rows inserted with Range.insert,
 * shaped like their template row, cells written as text, and on a status column a
 * drop-down of the allowed statuses (ExcelApi 1.8) and one highlight rule for undone
 * activities (ExcelApi 1.6). Only A1 addresses (ExcelApi 1.1) are used, so Excel 2016 works.
 */
export function excelHost(run: ExcelRun, supports: Supports, name: string): PlanHost {
  let last: SheetGrid | null = null;

  const grid = (): SheetGrid => {
    if (!last) throw new DocumentError('error.noPlanTable');
    return last;
  };

  return {
    kind: 'excel',
    name,

    read: () =>
      run(RUN_OPTIONS, async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
        const used = sheet.getUsedRange().load('text,rowIndex,columnIndex');
        const merged = supports('ExcelApi', '1.13') ? used.getMergedAreasOrNullObject().load('address') : null;
        // Each cell's font (ExcelApi 1.9), to read text typed in TCVN3 or VNI fonts; Excel 2016 gives the range's one font, if it has one.
        const cellFonts = supports('ExcelApi', '1.9') ? used.getCellProperties({ format: { font: { name: true } } }) : null;
        const rangeFont = cellFonts ? null : used.format.font.load('name');
        await context.sync();
        if (used.text.length > TABLE_LIMITS.maxRows) throw new DocumentError('error.tooManyRows', { max: TABLE_LIMITS.maxRows });
        const areas = merged && !merged.isNullObject ? merged.address.split(',') : [];
        const fontAt = (r: number, c: number): string | null | undefined => (cellFonts ? cellFonts.value[r]?.[c]?.format?.font?.name : rangeFont?.name);
        last = sheetGrid(sheet.name, used.rowIndex, used.columnIndex, used.text, areas, fontAt);
        return { tables: [last.table], text: '', ...(last.legacyEncoding ? { legacyEncoding: last.legacyEncoding } : {}) } satisfies SourceDocument;
      }),

    select: (address) =>
      run(RUN_OPTIONS, async (context) => {
        const cell = parseSheetCellAddress(address);
        if (!cell) return;
        context.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell).select();
        await context.sync();
      }),

    apply: (edits) =>
      run(RUN_OPTIONS, async (context) => {
        const at = grid();
        const sheet = context.workbook.worksheets.getItem(at.sheet);
        // Sync 1: the sheet as it is now. Edits were planned on what was read; a sheet typed in since would get them in the wrong places.
        const used = sheet.getUsedRange().load('text,rowIndex,columnIndex');
        const protection = supports('ExcelApi', '1.2') ? sheet.protection.load('protected') : null;
        await context.sync();
        if (protection?.protected) throw new DocumentError('error.sheetProtected', { name: at.sheet });
        if (used.rowIndex !== at.top || used.columnIndex !== at.left || !sameTexts(used.text, at.texts)) throw new DocumentError('error.documentChanged');
        // Sync 2: every edit at once (one undo step).
        new SheetWriter(sheet, at, supports).write(edits);
        await context.sync();
      }),
  };
}

/**
 * The grid of a used range: merged areas give every covered slot the first cell's text and
 * address; text in a TCVN3 or VNI font is read as the letters the font draws.
 */
function sheetGrid(sheet: string, top: number, left: number, text: string[][], mergedAreas: readonly string[], fontAt: (row: number, col: number) => string | null | undefined): SheetGrid {
  const legacy = new Set<string>();
  const decoder = new LegacyDecoder();
  const rows: GridCell[][] = text.map((cells, r) =>
    cells.map((value, c) => {
      const encoding = value === '' ? null : fontEncoding(fontAt(r, c));
      if (encoding) legacy.add(`${r}:${c}`);
      return { text: decoder.decode(value, encoding), hMerged: false, vMerged: false, address: sheetCellAddress(sheet, `${columnName(left + c)}${top + r + 1}`) };
    }),
  );
  for (const area of mergedAreas) {
    const range = parseRangeAddress(area);
    if (range) spreadMerge(rows, { top: range.top - top, left: range.left - left, bottom: range.bottom - top, right: range.right - left });
  }
  const legacyEncoding = decoder.mostUsed();
  return { sheet, top, left, texts: text, table: { index: 0, name: sheet, rows }, legacy, ...(legacyEncoding ? { legacyEncoding } : {}) };
}

function sameTexts(a: readonly string[][], b: readonly string[][]): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((text, c) => text === b[r][c]));
}

/** The A1 address of a block of cells (0-based sheet row and column): getRange works from ExcelApi 1.1, getRangeByIndexes needs 1.7. */
export function blockAddress(top: number, left: number, rows = 1, cols = 1): string {
  const first = `${columnName(left)}${top + 1}`;
  return rows === 1 && cols === 1 ? first : `${first}:${columnName(left + cols - 1)}${top + rows}`;
}

/** Texts as a clerk wrote them: "- Do thiếu kinh phí", "=…", "01/2025" stay text, not formulas, numbers or dates. */
function asText(range: Excel.Range, values: string[][]): void {
  range.numberFormat = values.map((row) => row.map(() => '@'));
  range.values = values;
}

/** Queues the edits on the sheet; nothing here syncs. */
class SheetWriter {
  /** Rows inserted so far: [grid row after which, count], to find rows below them. */
  private readonly inserted: Array<[number, number]> = [];
  /** Texts written into cells ("row:col" of the grid), which a removed row's merged cell passes on. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly sheet: Excel.Worksheet,
    private readonly at: SheetGrid,
    private readonly supports: Supports,
  ) {}

  write(edits: readonly Edit[]): void {
    const statusCells: Array<{ row: number; col: number }> = [];
    if (edits.some((edit) => edit.kind === 'convert-encoding')) this.convertLegacyCells();
    for (const edit of edits) {
      if (edit.kind !== 'set-cell') continue;
      const cell = this.cell(edit.row, edit.col);
      asText(cell, [[edit.text]]);
      this.written.set(`${edit.row}:${edit.col}`, edit.text);
      // Unicode text in a TCVN3 or VNI font would show garbled.
      if (this.at.legacy.has(`${edit.row}:${edit.col}`)) cell.format.font.name = UNICODE_FONT;
      if (STATUS_VALUES.includes(edit.text)) statusCells.push(edit);
    }
    for (const edit of edits) if (edit.kind === 'delete-rows') this.deleteRows(edit.rows);
    const inserts = edits.filter((edit): edit is Extract<Edit, { kind: 'insert-rows' }> => edit.kind === 'insert-rows');
    for (const edit of [...inserts].sort((a, b) => b.after - a.after)) this.insertRows(edit.after, edit.rows);
    let below = this.sheetRow(this.at.table.rows.length - 1) + 2;
    for (const edit of edits) if (edit.kind === 'append-plan') below = this.appendPlan(edit.plan);
    for (const edit of edits) {
      if (edit.kind === 'append-table') below = this.appendTable(below, edit.heading, edit.header, edit.rows);
      if (edit.kind === 'set-summary') this.setSummary(below, edit.replaces, edit.text);
    }
    this.statusColumn(statusCells);
  }

  /**
   * A new plan on a sheet without one: from A1 of an empty sheet, else two rows below what it
   * holds: the title lines across the table, then the table as text with borders, the header
   * bold, sections across it and each task's TT and text merged down (ExcelApi 1.2).
   * Returns the first free row under it.
   */
  private appendPlan(plan: NewPlan): number {
    const empty = this.at.texts.every((cells) => cells.every((text) => text === ''));
    let row = empty ? this.at.top : this.sheetRow(this.at.table.rows.length - 1) + 2;
    const left = this.at.left;
    const specs = newPlanRows(plan);
    const width = specs[0].cells.length;
    const canMerge = this.supports('ExcelApi', '1.2');
    for (const line of plan.title) {
      asText(this.block(row, left), [[line]]);
      if (canMerge) this.block(row, left, 1, width).merge(false);
      row++;
    }
    row++;
    const values = specs.map((spec) => Array.from({ length: width }, (_, c) => (spec.kind === 'activity' && !spec.firstOfTask && c < 2 ? '' : (spec.cells[c] ?? ''))));
    const table = this.block(row, left, specs.length, width);
    asText(table, values);
    table.format.wrapText = true;
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) table.format.borders.getItem(edge).style = 'Continuous';
    specs.forEach((spec, r) => {
      if (spec.kind !== 'activity') this.block(row + r, left, 1, width).format.font.bold = true;
      if (!canMerge) return;
      if (spec.kind === 'section') this.block(row + r, left, 1, width).merge(false);
      if (spec.kind === 'activity' && spec.firstOfTask && spec.taskRows > 1) for (const c of [0, 1]) this.block(row + r, left + c, spec.taskRows, 1).merge(false);
    });
    return row + specs.length + 1;
  }

  /** Every cell a TCVN3 or VNI font draws, written again as the Unicode it shows, in Times New Roman (cells as read: nothing inserted yet). */
  private convertLegacyCells(): void {
    for (const key of this.at.legacy) {
      const [row, col] = key.split(':').map(Number);
      const cell = this.cell(row, col);
      const shown = this.at.table.rows[row][col].text;
      if (shown !== this.at.texts[row][col]) asText(cell, [[shown]]);
      cell.format.font.name = UNICODE_FONT;
    }
  }

  private block(top: number, left: number, rows = 1, cols = 1): Excel.Range {
    return this.sheet.getRange(blockAddress(top, left, rows, cols));
  }

  /** Sheet row (0-based) of a grid row as read, counting the rows inserted above it. */
  private sheetRow(row: number): number {
    return this.at.top + row + this.inserted.filter(([after]) => after < row).reduce((sum, [, count]) => sum + count, 0);
  }

  private cell(row: number, col: number): Excel.Range {
    return this.block(this.sheetRow(row), this.at.left + col);
  }

  /**
   * Removes whole rows (Range.delete, ExcelApi 1.1), lowest last. A merged cell that starts on a
   * removed row and goes on below is given its text again on the row that becomes its first.
   */
  private deleteRows(rows: readonly number[]): void {
    const grid = this.at.table.rows;
    for (const row of [...new Set(rows)].sort((a, b) => b - a)) {
      const sheetRow = this.sheetRow(row);
      this.sheet.getRange(`${sheetRow + 1}:${sheetRow + 1}`).delete('Up');
      grid[row].forEach((cell, col) => {
        const below = grid[row + 1]?.[col];
        const text = this.written.get(`${row}:${col}`) ?? this.at.texts[row][col];
        if (!cell.vMerged && !cell.hMerged && below?.vMerged && below.address === cell.address && text !== '') asText(this.block(sheetRow, this.at.left + col), [[text]]);
      });
    }
  }

  private insertRows(after: number, rows: readonly NewRow[]): void {
    const first = this.sheetRow(after) + 1;
    this.sheet.getRange(`${first + 1}:${first + rows.length}`).insert('Down');
    const aboveMaster = (col: number): number => {
      const address = this.at.table.rows[after][col].address;
      const master = this.at.table.rows.findIndex((cells) => cells[col]?.address === address);
      return this.sheetRow(master);
    };
    // Where the merge each column continues starts: the cell above the insertion, then the new rows' own cells.
    const mergeTop = new Map<number, number>();
    rows.forEach((row, k) => {
      const sheetRow = first + k;
      const template = this.at.table.rows[row.template.row];
      const templateRow = this.sheetRow(row.template.row) + (row.template.row > after ? rows.length : 0);
      // Without ExcelApi 1.9 the inserted rows keep the format of the row above, as Excel does.
      if (this.supports('ExcelApi', '1.9')) this.sheet.getRange(`${sheetRow + 1}:${sheetRow + 1}`).copyFrom(`${templateRow + 1}:${templateRow + 1}`, 'Formats');
      if (row.plain) {
        // Under a header the new rows are body rows: not bold, not shaded like it.
        const whole = this.block(sheetRow, this.at.left, 1, template.length);
        whole.format.font.bold = false;
        whole.format.fill.clear();
      }
      template.forEach((slot, col) => {
        if (slot.hMerged) return;
        const width = 1 + template.slice(col + 1).findIndex((next) => !next.hMerged);
        const span = width > 0 ? width : template.length - col;
        const target = this.block(sheetRow, this.at.left + col, 1, span);
        // Excel 2016 before ExcelApi 1.2 cannot merge: a continued task cell is then left empty, which reads the same.
        const canMerge = this.supports('ExcelApi', '1.2');
        if (row.mergeUp.includes(col)) {
          const top = mergeTop.get(col) ?? aboveMaster(col);
          mergeTop.set(col, top);
          if (canMerge) this.block(top, this.at.left + col, sheetRow - top + 1, span).merge(false);
          return;
        }
        mergeTop.set(col, sheetRow);
        if (span > 1 && canMerge) target.merge(false);
        const cell = this.block(sheetRow, this.at.left + col);
        asText(cell, [[row.cells[col] ?? '']]);
        if (this.at.legacy.has(`${row.template.row}:${col}`)) cell.format.font.name = UNICODE_FONT;
      });
    });
    this.inserted.push([after, rows.length]);
  }

  /**
   * Writes the evaluation below the plan (the sheet is read as one table, so it never
   * replaces one: the pane offers the Tiến độ columns in Excel); returns the first free row under it.
   */
  private appendTable(at: number, heading: string, header: readonly string[], rows: ReadonlyArray<readonly string[]>): number {
    asText(this.block(at, this.at.left), [[heading]]);
    const top = at + 1;
    const values = [header, ...rows].map((cells) => [...cells]);
    const range = this.block(top, this.at.left, values.length, header.length);
    asText(range, values);
    range.format.wrapText = true;
    this.block(top, this.at.left, 1, header.length).format.font.bold = true;
    return top + values.length + 1;
  }

  /** The summary over the cells that stated one, or in the first free row below the plan. */
  private setSummary(below: number, replaces: readonly string[], text: string): void {
    const stated: Array<{ row: number; col: number }> = [];
    this.at.table.rows.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (!cell.hMerged && !cell.vMerged && replaces.includes(cell.text.trim())) stated.push({ row, col });
      }),
    );
    if (stated.length === 0) {
      // Across the plan's width, as the .xlsx writer does: one line of text, not a row of the plan.
      const width = this.at.table.rows[0]?.length ?? 1;
      const line = this.block(below, this.at.left, 1, width);
      if (this.supports('ExcelApi', '1.2')) line.merge(false);
      line.format.wrapText = true;
      asText(this.block(below, this.at.left), [[text]]);
      return;
    }
    stated.forEach(({ row, col }, i) => asText(this.cell(row, col), [[i === 0 ? text : '']]));
  }

  /** A drop-down of the allowed statuses and a highlight of undone activities on the status cells written. */
  private statusColumn(cells: ReadonlyArray<{ row: number; col: number }>): void {
    if (cells.length === 0) return;
    const col = cells[0].col;
    const rows = cells.filter((cell) => cell.col === col).map((cell) => this.sheetRow(cell.row));
    const range = this.block(Math.min(...rows), this.at.left + col, Math.max(...rows) - Math.min(...rows) + 1, 1);
    if (this.supports('ExcelApi', '1.8')) {
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: STATUS_VALUES.join(',') } };
    }
    if (this.supports('ExcelApi', '1.6')) {
      // Written again, the column keeps one rule, not one more per report.
      range.conditionalFormats.clearAll();
      const undone = range.conditionalFormats.add('ContainsText');
      undone.textComparison.format.fill.color = '#F8D7DA';
      undone.textComparison.rule = { operator: 'Contains', text: STATUS.notDone };
    }
  }
}
