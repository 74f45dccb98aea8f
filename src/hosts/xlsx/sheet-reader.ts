import type { GridCell, Table } from '../../plan/types';
import { DocumentError } from '../errors';
import { TABLE_LIMITS } from '../limits';
import { streamXml } from '../ooxml/stream-xml';
import { columnIndex, columnName, parseRangeAddress } from './a1';
import { dateText, sheetCellAddress, spreadMerge, type Bounds } from './sheet-grid';
import type { LegacyCells } from './legacy-cells';
import { StringItemText } from './workbook-parts';

/** What the cells of every sheet refer to: shared strings, date styles, the date system. */
export interface WorkbookContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  /** Cells in TCVN3 or VNI fonts, decoded as they are read; absent when the workbook has none. */
  legacy?: LegacyCells | null;
}

/** A cell being read: where it is, its type and style, and its value's text so far. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string;
}

/**
 * Reads one worksheet part into a grid anchored at A1 (row and column indices are
 * the sheet's, 0-based), streaming: cells keep the text Excel shows for their value,
 * and every cell of a merged range carries its first cell's text and address.
 */
export function readSheetXml(xml: string, name: string, index: number, context: WorkbookContext): Table {
  const texts = new Map<number, Map<number, string>>();
  const merges: Bounds[] = [];
  const open: string[] = [];
  const inline = new StringItemText();
  let rowNumber = -1;
  let nextCol = 0;
  let cell: OpenCell | null = null;
  let height = 0;
  let width = 0;

  streamXml(xml, {
    open: (tag) => {
      const parent = open[open.length - 1];
      open.push(tag.local);
      if (inline.active) return void inline.open(tag);
      if (tag.local === 'row' && parent === 'sheetData') {
        const stated = Number(tag.attribute('r'));
        rowNumber = Number.isInteger(stated) && stated > 0 ? stated - 1 : rowNumber + 1;
        if (rowNumber >= TABLE_LIMITS.maxRows) throw new DocumentError('error.tooManyRows', { max: TABLE_LIMITS.maxRows });
        nextCol = 0;
        height = Math.max(height, rowNumber + 1);
      } else if (tag.local === 'c' && parent === 'row') {
        const letters = /^([A-Z]{1,3})\d*$/i.exec(tag.attribute('r') ?? '');
        const col = letters ? columnIndex(letters[1]) : nextCol;
        nextCol = col + 1;
        width = Math.max(width, col + 1);
        cell = { row: rowNumber, col, type: tag.attribute('t') ?? 'n', style: Number(tag.attribute('s') ?? 0), value: '' };
      } else if (tag.local === 'is' && cell) inline.start();
      else if (tag.local === 'mergeCell') {
        const bounds = parseRangeAddress(tag.attribute('ref') ?? '');
        if (bounds) merges.push(bounds);
        if (merges.length > TABLE_LIMITS.maxMerges) throw new DocumentError('error.tooLarge');
      }
    },
    text: (text) => {
      if (inline.active) inline.text(text);
      else if (cell && open[open.length - 1] === 'v') cell.value += text;
    },
    close: () => {
      const closed = open.pop();
      if (inline.active) {
        if (inline.close() && cell) cell.value = inline.value;
      } else if (closed === 'c' && cell) {
        const text = cellText(cell, context);
        if (text !== '') rowTexts(texts, cell.row).set(cell.col, text);
        cell = null;
      }
    },
  });

  // A merged range reaching far down or covering much is refused before any cell is spread (2,000 copies of A1:CV50000).
  let covered = 0;
  for (const merge of merges) {
    height = Math.max(height, merge.bottom + 1);
    width = Math.max(width, merge.right + 1);
    covered += (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
  }
  if (height * width > TABLE_LIMITS.maxSheetCells || covered > TABLE_LIMITS.maxSheetCells) throw new DocumentError('error.tooLarge');
  if (height > TABLE_LIMITS.maxRows) throw new DocumentError('error.tooManyRows', { max: TABLE_LIMITS.maxRows });
  const rows = grid(name, texts, height, width);
  for (const merge of merges) spreadMerge(rows, merge);
  return { index, name, rows };
}

function rowTexts(texts: Map<number, Map<number, string>>, row: number): Map<number, string> {
  let cells = texts.get(row);
  if (!cells) texts.set(row, (cells = new Map()));
  return cells;
}

function grid(sheet: string, texts: Map<number, Map<number, string>>, height: number, width: number): GridCell[][] {
  const letters = Array.from({ length: width }, (_, c) => columnName(c));
  const rows: GridCell[][] = [];
  for (let r = 0; r < height; r++) {
    const cells = texts.get(r);
    const row: GridCell[] = [];
    for (let c = 0; c < width; c++) {
      row.push({ text: cells?.get(c) ?? '', hMerged: false, vMerged: false, address: sheetCellAddress(sheet, `${letters[c]}${r + 1}`) });
    }
    rows.push(row);
  }
  return rows;
}

/** The text Excel shows for a cell's value: shared or inline strings, numbers, dates as d/m/yyyy, TRUE/FALSE; errors read as empty. */
function cellText(cell: OpenCell, context: WorkbookContext): string {
  const value = cell.value;
  switch (cell.type) {
    case 's': {
      const text = context.strings[Number(value)] ?? '';
      return context.legacy ? context.legacy.text(text, cell.style, Number(value)) : text;
    }
    case 'inlineStr':
    case 'str':
      return context.legacy ? context.legacy.text(value, cell.style, null) : value;
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : '';
    case 'e':
      return '';
    case 'd':
      return dateText(new Date(hasTimeZone(value) ? value : `${value}Z`)) ?? value;
    default:
      return numberText(value, context.dateStyles[cell.style] === true, context.date1904);
  }
}

function hasTimeZone(iso: string): boolean {
  return !iso.includes('T') || /(Z|[+-]\d\d:?\d\d)$/i.test(iso);
}

function numberText(value: string, isDate: boolean, date1904: boolean): string {
  const number = Number(value);
  if (value === '' || !Number.isFinite(number)) return value;
  return (isDate && serialDate(number, date1904)) || String(number);
}

/** Days between Excel's day 0 (1899-12-30, counting its fictitious 29/2/1900) and 1/1/1970. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days from 1/1/1900 to 1/1/1904, for workbooks in the 1904 date system. */
const DAYS_1900_TO_1904 = 1462;

function serialDate(serial: number, date1904: boolean): string | null {
  const days = date1904 ? serial + DAYS_1900_TO_1904 : serial < 60 ? serial + 1 : serial;
  return dateText(new Date(Math.round((days - UNIX_EPOCH_SERIAL) * 86400) * 1000));
}
