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
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c);
        row.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell));
      }
      cells.push(row);
    }
    const merges = (sheet.model.merges ?? []).map((a1) => parseRangeAddress(a1) as Bounds);
    return new FakeExcel(sheet.name, cells, merges, sets);
  }

  readonly supports: Supports;

  readonly run: ExcelRun = (batch) => batch(this.context() as unknown as Excel.RequestContext);

  private text(row: number, col: number): string {
    return this.cells[row]?.[col] ?? '';
  }

  private setText(row: number, col: number, text: string): void {
    while (this.cells.length <= row) this.cells.push([]);
    const cells = this.cells[row];
    while (cells.length <= col) cells.push('');
    cells[col] = text;
  }

  private used(): Bounds {
    let bottom = 0;
    let right = 0;
    this.cells.forEach((row, r) => row.forEach((text, c) => {
      if (text) [bottom, right] = [Math.max(bottom, r), Math.max(right, c)];
    }));
    for (const m of this.merges) [bottom, right] = [Math.max(bottom, m.bottom), Math.max(right, m.right)];
    return { top: 0, left: 0, bottom, right };
  }

  private insertRows(top: number, count: number): void {
    this.cells.splice(top, 0, ...Array.from({ length: count }, () => [] as string[]));
    for (const m of this.merges) {
      if (m.top >= top) [m.top, m.bottom] = [m.top + count, m.bottom + count];
      else if (m.bottom >= top) m.bottom += count;
    }
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
        fake.queue.push(() => values.forEach((row, r) => row.forEach((text, c) => fake.setText(area.top + r, area.left + c, text))));
      },
      insert: (shift: string) => {
        record(`range.insert(${shift})`);
        this.queue.push(() => this.insertRows(area.top, area.bottom - area.top + 1));
      },
      copyFrom: (source: string, type: string) => record(`range.copyFrom(${source},${type})`),
      merge: () => {
        record('range.merge');
        this.queue.push(() => this.merge({ ...area }));
      },
      select: () => record(`range.select(${columnName(area.left)}${area.top + 1})`),
      format: { set wrapText(_: boolean) { record('format.wrapText'); }, font: { set bold(_: boolean) { record('format.font.bold'); } } },
      dataValidation: { clear: () => record('dataValidation.clear'), set rule(rule: object) { record(`dataValidation.rule ${JSON.stringify(rule)}`); } },
      conditionalFormats: {
        add: (type: string) => {
          record(`conditionalFormats.add(${type})`);
          return { textComparison: { format: { fill: { set color(_: string) { record('conditionalFormat.fill'); } } }, set rule(_: object) { record('conditionalFormat.rule'); } } };
        },
      },
    };
  }

  private sheet(): object {
    const target = { name: '' };
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
              used.text = Array.from({ length: b.bottom + 1 }, (_, r) => Array.from({ length: b.right + 1 }, (_, c) => this.text(r, c)));
            });
            return used;
          },
          getMergedAreasOrNullObject: () => {
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
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => this.range({ top, left, bottom: top + rows - 1, right: left + cols - 1 }),
    });
  }

  private context(): object {
    return {
      workbook: { worksheets: { getActiveWorksheet: () => this.sheet(), getItem: () => this.sheet() } },
      sync: async () => {
        this.syncs++;
        const queued = this.queue;
        this.queue = [];
        for (const operation of queued) operation();
      },
    };
  }
}

