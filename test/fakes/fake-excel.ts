import { cellText, loadWorkbook } from '../../src/hosts/xlsx/exceljs-workbook';
import type { ExcelRun } from '../../src/hosts/excel/excel-host';
import type { Supports } from '../../src/hosts/host';
import { supportsFrom } from './requirements';
import { columnName, parseRangeAddress } from '../../src/hosts/xlsx/a1';
import type { Bounds } from '../../src/hosts/xlsx/sheet-grid';

/**
 * A stand-in for Excel's request context over one worksheet, enough for the Excel
 * host: writes are queued and run at sync() as in Office.js, loaded values appear
 * after sync(), every call is recorded and syncs are counted.
 */
export class FakeExcel {
  syncs = 0;
  readonly calls: string[] = [];
  private queue: Array<() => void> = [];
  /** What Office would answer at the next sync: an API of a requirement set the host lacks (ApiNotFound). */
  private failure: string | null = null;
  /** Cells formatted as text ("@"), by "row:col" of a range's first cell. */
  readonly textFormatted = new Set<string>();
  /** Conditional-format rules added per column. */
  readonly conditionalRules = new Map<string, number>();
  /** The sheet is protected (Review → Protect Sheet): writes fail. */
  protectedSheet = false;
  /** The clerk is typing in a cell: a batch without delayForCellEdit fails. */
  editingCell = false;
  /** Each cell's font name, 0-based [row][col] (Excel's default, Calibri, where none is given). */
  readonly fonts: string[][] = [];

  constructor(
    readonly sheetName: string,
    /** Cell texts, 0-based [row][col]. */
    readonly cells: string[][],
    readonly merges: Bounds[],
    sets: Record<string, string> = { ExcelApi: '1.13' },
  ) {
    this.supports = supportsFrom(sets);
  }

  /** The fake over the sheet of an .xlsx that holds the given table (visible sheets in order). */
  static async fromXlsx(bytes: Uint8Array, sheetIndex: number, sets?: Record<string, string>): Promise<FakeExcel> {
    const { sheets } = await loadWorkbook(bytes);
    const sheet = sheets[sheetIndex];
    const cells: string[][] = [];
    const fonts: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: string[] = [];
      const rowFonts: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c);
        row.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell));
        rowFonts.push(cell.font?.name ?? 'Calibri');
      }
      cells.push(row);
      fonts.push(rowFonts);
    }
    const merges = (sheet.model.merges ?? []).map((a1) => parseRangeAddress(a1) as Bounds);
    const fake = new FakeExcel(sheet.name, cells, merges, sets);
    fake.fonts.push(...fonts);
    return fake;
  }

  readonly supports: Supports;

  readonly run: ExcelRun = async (options, batch) => {
    if (this.editingCell && !options.delayForCellEdit) throw new Error('InvalidOperationInCellEditMode');
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  /** The clerk types in the sheet (between the pane's read and its write). */
  typeInto(row: number, col: number, text: string): void {
    this.setText(row, col, text);
  }

  /** An API of a requirement set the host does not have fails at sync, as Office's ApiNotFound does. */
  private need(set: string, version: string, api: string): void {
    if (!this.supports(set, version)) this.failure ??= `ApiNotFound: ${api} needs ${set} ${version}`;
  }

  private write(action: () => void): void {
    this.queue.push(() => {
      if (this.protectedSheet) throw new Error('AccessDenied: the sheet is protected');
      action();
    });
  }

  private text(row: number, col: number): string {
    return this.cells[row]?.[col] ?? '';
  }

  fontAt(row: number, col: number): string {
    return this.fonts[row]?.[col] ?? 'Calibri';
  }

  private setFont(area: Bounds, name: string): void {
    for (let r = area.top; r <= area.bottom; r++) {
      while (this.fonts.length <= r) this.fonts.push([]);
      for (let c = area.left; c <= area.right; c++) {
        while (this.fonts[r].length <= c) this.fonts[r].push('Calibri');
        this.fonts[r][c] = name;
      }
    }
  }

  private setText(row: number, col: number, text: string): void {
    while (this.cells.length <= row) this.cells.push([]);
    const cells = this.cells[row];
    while (cells.length <= col) cells.push('');
    cells[col] = text;
  }

  /** The used range as Excel gives it: from the first used row and column (not always A1) to the last. */
  private used(): Bounds {
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    const use = (r: number, c: number) => ([top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)]);
    this.cells.forEach((row, r) => row.forEach((text, c) => text && use(r, c)));
    for (const m of this.merges) {
      use(m.top, m.left);
      use(m.bottom, m.right);
    }
    return top === Infinity ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }

  private insertRows(top: number, count: number): void {
    this.cells.splice(top, 0, ...Array.from({ length: count }, () => [] as string[]));
    // Inserted rows take the format of the row above, as Excel does.
    this.fonts.splice(top, 0, ...Array.from({ length: count }, () => [...(this.fonts[top - 1] ?? [])]));
    for (const m of this.merges) {
      if (m.top >= top) [m.top, m.bottom] = [m.top + count, m.bottom + count];
      else if (m.bottom >= top) m.bottom += count;
    }
  }

  /** Rows removed as Excel removes them: the rows below move up, merged areas crossing them shrink, those on them alone go. */
  private deleteRows(top: number, count: number): void {
    this.cells.splice(top, count);
    this.fonts.splice(top, count);
    const bottom = top + count - 1;
    const kept = this.merges.filter((m) => !(m.top >= top && m.bottom <= bottom));
    for (const m of kept) {
      if (m.top > bottom) [m.top, m.bottom] = [m.top - count, m.bottom - count];
      else if (m.bottom >= top) m.bottom -= Math.min(count, m.bottom - Math.max(m.top, top) + 1);
    }
    this.merges.splice(0, this.merges.length, ...kept.filter((m) => m.bottom > m.top || m.right > m.left));
  }

  private merge(area: Bounds): void {
    const overlaps = (m: Bounds) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left;
    const kept = this.merges.filter((m) => !overlaps(m));
    this.merges.splice(0, this.merges.length, ...kept, area);
    for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) this.setText(r, c, '');
  }

  private range(area: Bounds): object {
    const fake = this;
    const record = (call: string) => this.calls.push(call);
    return {
      set values(values: string[][]) {
        record('range.values');
        // Excel reads "=…", "- …", numbers and dates as such unless the cells are formatted as text.
        const asText = fake.textFormatted.has(`${area.top}:${area.left}`);
        fake.write(() => values.forEach((row, r) => row.forEach((text, c) => fake.setText(area.top + r, area.left + c, asText || !/^[=+\-@]|^\d+([./]\d+)*$/.test(text) ? text : `(converted) ${text}`))));
      },
      set numberFormat(formats: string[][]) {
        record('range.numberFormat');
        if (formats.every((row) => row.every((format) => format === '@'))) fake.textFormatted.add(`${area.top}:${area.left}`);
      },
      delete: (shift: string) => {
        record(`range.delete(${shift})`);
        this.write(() => this.deleteRows(area.top, area.bottom - area.top + 1));
      },
      insert: (shift: string) => {
        record(`range.insert(${shift})`);
        this.write(() => this.insertRows(area.top, area.bottom - area.top + 1));
      },
      copyFrom: (source: string, type: string) => {
        this.need('ExcelApi', '1.9', 'Range.copyFrom');
        record(`range.copyFrom(${source},${type})`);
      },
      merge: () => {
        this.need('ExcelApi', '1.2', 'Range.merge');
        record('range.merge');
        this.write(() => this.merge({ ...area }));
      },
      select: () => record(`range.select(${columnName(area.left)}${area.top + 1})`),
      format: {
        set wrapText(_: boolean) { record('format.wrapText'); },
        fill: { clear: () => record('format.fill.clear') },
        borders: { getItem: (edge: string) => ({ set style(style: string) { record(`format.borders.${edge}=${style}`); } }) },
        font: {
          set bold(_: boolean) { record('format.font.bold'); },
          set name(name: string) {
            record(`format.font.name=${name}`);
            fake.write(() => fake.setFont(area, name));
          },
        },
      },
      dataValidation: {
        clear: () => {
          fake.need('ExcelApi', '1.8', 'Range.dataValidation');
          record('dataValidation.clear');
        },
        set rule(rule: object) {
          record(`dataValidation.rule ${JSON.stringify(rule)}`);
        },
      },
      conditionalFormats: {
        clearAll: () => {
          fake.need('ExcelApi', '1.6', 'Range.conditionalFormats');
          record('conditionalFormats.clearAll');
          fake.write(() => fake.conditionalRules.delete(`${area.left}`));
        },
        add: (type: string) => {
          fake.need('ExcelApi', '1.6', 'Range.conditionalFormats');
          record(`conditionalFormats.add(${type})`);
          fake.write(() => fake.conditionalRules.set(`${area.left}`, (fake.conditionalRules.get(`${area.left}`) ?? 0) + 1));
          return { textComparison: { format: { fill: { set color(_: string) { record('conditionalFormat.fill'); } } }, set rule(_: object) { record('conditionalFormat.rule'); } } };
        },
      },
    };
  }

  private sheet(): object {
    const target = { name: '' };
    const protection = { protected: false };
    return Object.assign(target, {
      load: (props: string) => {
        this.calls.push(`sheet.load(${props})`);
        this.queue.push(() => (target.name = this.sheetName));
        return target;
      },
      getUsedRange: () => {
        this.calls.push('sheet.getUsedRange');
        const used = { text: [] as string[][], rowIndex: 0, columnIndex: 0 };
        return Object.assign(used, {
          load: (props: string) => {
            this.calls.push(`usedRange.load(${props})`);
            this.queue.push(() => {
              const b = this.used();
              [used.rowIndex, used.columnIndex] = [b.top, b.left];
              used.text = Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => this.text(b.top + r, b.left + c)));
            });
            return used;
          },
          getCellProperties: (wanted: object) => {
            this.need('ExcelApi', '1.9', 'Range.getCellProperties');
            this.calls.push(`usedRange.getCellProperties(${JSON.stringify(wanted)})`);
            const result = { value: [] as Array<Array<{ format: { font: { name: string } } }>> };
            this.queue.push(() => {
              const b = this.used();
              result.value = Array.from({ length: b.bottom - b.top + 1 }, (_, r) => Array.from({ length: b.right - b.left + 1 }, (_, c) => ({ format: { font: { name: this.fontAt(b.top + r, b.left + c) } } })));
            });
            return result;
          },
          format: {
            font: {
              load: (props: string) => {
                this.calls.push(`usedRange.format.font.load(${props})`);
                const font = { name: null as string | null };
                this.queue.push(() => {
                  const b = this.used();
                  const names = new Set<string>();
                  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) names.add(this.fontAt(r, c));
                  font.name = names.size === 1 ? [...names][0] : null;
                });
                return font;
              },
            },
          },
          getMergedAreasOrNullObject: () => {
            this.need('ExcelApi', '1.13', 'Range.getMergedAreasOrNullObject');
            const areas = { address: '', isNullObject: false };
            return Object.assign(areas, {
              load: (props: string) => {
                this.calls.push(`mergedAreas.load(${props})`);
                this.queue.push(() => {
                  areas.isNullObject = this.merges.length === 0;
                  areas.address = this.merges.map((m) => `${this.sheetName}!${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}`).join(', ');
                });
                return areas;
              },
            });
          },
        });
      },
      getRange: (address: string) => {
        const rows = /^(\d+):(\d+)$/.exec(address);
        return this.range(rows ? { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: 16383 } : (parseRangeAddress(address) as Bounds));
      },
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => {
        this.need('ExcelApi', '1.7', 'Worksheet.getRangeByIndexes');
        return this.range({ top, left, bottom: top + rows - 1, right: left + cols - 1 });
      },
      protection: Object.assign(protection, {
        load: (props: string) => {
          this.need('ExcelApi', '1.2', 'Worksheet.protection');
          this.calls.push(`protection.load(${props})`);
          this.queue.push(() => (protection.protected = this.protectedSheet));
          return protection;
        },
      }),
    });
  }

  private context(): object {
    return {
      workbook: { worksheets: { getActiveWorksheet: () => this.sheet(), getItem: () => this.sheet() } },
      sync: async () => {
        this.syncs++;
        const queued = this.queue;
        this.queue = [];
        const failure = this.failure;
        this.failure = null;
        if (failure) throw new Error(failure);
        for (const operation of queued) operation();
      },
    };
  }
}

