import type JSZip from 'jszip';
import { DocumentError } from '../errors';
import { streamXml } from '../ooxml/stream-xml';
import { openPackage, readPart } from '../ooxml/zip';
import { columnName, parseRangeAddress } from './a1';
import type { Bounds } from './sheet-grid';
import { openWorkbook } from './workbook-parts';

/**
 * The merged ranges of one sheet (0-based bounds), kept by the writer instead of
 * exceljs: exceljs checks every new merge against all the others, on load and on
 * each insertion, which makes a 20,000-row plan take minutes.
 */
export class SheetMerges {
  private masters: Map<string, Bounds> | null = null;

  constructor(readonly ranges: Bounds[]) {}

  /** The range holding a cell, or null when the cell is not merged. */
  rangeAt(row: number, col: number): Bounds | null {
    this.masters ??= this.index();
    return this.masters.get(`${row}:${col}`) ?? null;
  }

  /** Horizontal merges crossing a row, as [left, right] columns. */
  spansOfRow(row: number): Array<[number, number]> {
    return this.ranges.filter((m) => m.top <= row && m.bottom >= row && m.right > m.left).map((m): [number, number] => [m.left, m.right]);
  }

  /** Moves the ranges for `count` rows inserted at `at`: those below move down, those crossing it grow. */
  insertRows(at: number, count: number): void {
    for (const m of this.ranges) {
      if (m.top >= at) [m.top, m.bottom] = [m.top + count, m.bottom + count];
      else if (m.bottom >= at) m.bottom += count;
    }
    this.masters = null;
  }

  /** Moves the ranges for the rows removed (0-based): those below move up, those crossing one shrink, those on it alone go. */
  deleteRow(row: number): void {
    const kept = this.ranges.filter((m) => !(m.top === row && m.bottom === row));
    for (const m of kept) {
      if (m.top > row) [m.top, m.bottom] = [m.top - 1, m.bottom - 1];
      else if (m.bottom >= row) m.bottom -= 1;
    }
    this.ranges.splice(0, this.ranges.length, ...kept.filter((m) => m.bottom > m.top || m.right > m.left));
    this.masters = null;
  }

  /** Drops every range (the sheet is written anew). */
  clear(): void {
    this.ranges.length = 0;
    this.masters = null;
  }

  add(range: Bounds): void {
    if (range.bottom > range.top || range.right > range.left) this.ranges.push(range);
    this.masters = null;
  }

  private index(): Map<string, Bounds> {
    const masters = new Map<string, Bounds>();
    for (const m of this.ranges) {
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) masters.set(`${r}:${c}`, m);
    }
    return masters;
  }
}

/** A package's sheets by name, with the path of each sheet part. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const { sheets } = await openWorkbook(zip);
  return new Map(sheets.flatMap((sheet) => (sheet.part ? [[sheet.name, sheet.part] as const] : [])));
}

const MERGE_CELLS = /<(?:\w+:)?mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?mergeCells>)/;

/**
 * Takes the `<mergeCells>` element out of every sheet part, so that exceljs loads
 * no merge; gives the package without them (stored, not compressed: it is only
 * read back) and the ranges by sheet name.
 */
export async function takeMerges(bytes: Uint8Array): Promise<{ bytes: Uint8Array; merges: Map<string, SheetMerges> }> {
  const zip = await openPackage(bytes);
  const merges = new Map<string, SheetMerges>();
  for (const [name, path] of await sheetParts(zip)) {
    const xml = await readPart(zip, path);
    const element = MERGE_CELLS.exec(xml);
    merges.set(name, new SheetMerges(element ? mergeRanges(element[0]) : []));
    if (element) zip.file(path, xml.slice(0, element.index) + xml.slice(element.index + element[0].length));
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), merges };
}

function mergeRanges(element: string): Bounds[] {
  const ranges: Bounds[] = [];
  streamXml(element, {
    open: (tag) => {
      const range = tag.local === 'mergeCell' ? parseRangeAddress(tag.attribute('ref') ?? '') : null;
      if (range) ranges.push(range);
    },
    text: () => undefined,
    close: () => undefined,
  });
  return ranges;
}

/**
 * Elements that come after `<mergeCells>` in a worksheet (ECMA-376 CT_Worksheet);
 * in exceljs's output, only self-closing sheetProtection and autoFilter stand
 * between `</sheetData>` and the first of them.
 */
const AFTER_MERGE_CELLS = /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s/>]|<\/worksheet>/g;

/** Writes the ranges back into the sheet parts of a package written by exceljs (which holds no merge). */
export async function putMerges(bytes: Uint8Array, merges: ReadonlyMap<string, SheetMerges>): Promise<Uint8Array> {
  const zip = await openPackage(bytes);
  for (const [name, path] of await sheetParts(zip)) {
    const ranges = merges.get(name)?.ranges ?? [];
    if (ranges.length === 0) continue;
    const xml = await readPart(zip, path);
    const dataEnd = Math.max(xml.indexOf('</sheetData>'), xml.indexOf('<sheetData/>'));
    if (dataEnd < 0) throw new DocumentError('error.corruptFile');
    AFTER_MERGE_CELLS.lastIndex = dataEnd;
    const at = AFTER_MERGE_CELLS.exec(xml)?.index ?? xml.length;
    zip.file(path, xml.slice(0, at) + mergeCellsElement(ranges) + xml.slice(at));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function mergeCellsElement(ranges: readonly Bounds[]): string {
  const cells = ranges.map((m) => `<mergeCell ref="${columnName(m.left)}${m.top + 1}:${columnName(m.right)}${m.bottom + 1}"/>`);
  return `<mergeCells count="${ranges.length}">${cells.join('')}</mergeCells>`;
}
