import type JSZip from 'jszip';
import { DocumentError } from '../errors';
import { streamXml, type XmlTag } from '../ooxml/stream-xml';
import { partPath, relationshipsPath } from '../ooxml/part-paths';
import { readPart } from '../ooxml/zip';

/** Relationship namespaces of transitional and strict OOXML. */
const RELATIONSHIP_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: officeDocument, worksheet, sharedStrings, styles… */
  type: string;
  target: string;
}

export interface SheetEntry {
  name: string;
  visible: boolean;
  relationship: string;
}

/** A sheet with the path of its part in the package (null when its relationship is missing). */
export interface WorkbookSheet extends SheetEntry {
  part: string | null;
}

/** Calls `onOpen` for every element of a part (text ignored). */
function eachElement(xml: string, onOpen: (tag: XmlTag) => void): void {
  streamXml(xml, { open: onOpen, text: () => undefined, close: () => undefined });
}

/** The relationships of a `.rels` part. */
export function readRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  eachElement(xml, (tag) => {
    if (tag.local !== 'Relationship') return;
    const id = tag.attribute('Id');
    const target = tag.attribute('Target');
    const type = tag.attribute('Type') ?? '';
    if (id && target && tag.attribute('TargetMode') !== 'External') out.push({ id, target, type: type.slice(type.lastIndexOf('/') + 1) });
  });
  return out;
}

/** The sheets of workbook.xml in tab order, and whether dates count from 1904. */
export function readWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  eachElement(xml, (tag) => {
    if (tag.local === 'workbookPr') date1904 = isTrue(tag.attribute('date1904'));
    if (tag.local !== 'sheet') return;
    const relationship = RELATIONSHIP_NS.map((uri) => tag.attribute('id', uri)).find((id) => id !== null);
    const state = tag.attribute('state');
    sheets.push({ name: tag.attribute('name') ?? '', visible: state !== 'hidden' && state !== 'veryHidden', relationship: relationship ?? '' });
  });
  return { sheets, date1904 };
}

/** The workbook part of a package (through the package relationships), its sheets in tab order and its relationships. */
export async function openWorkbook(zip: JSZip): Promise<{ path: string; sheets: WorkbookSheet[]; relationships: Relationship[]; date1904: boolean }> {
  const root = readRelationships(await readPart(zip, '_rels/.rels'));
  const target = root.find((r) => r.type === 'officeDocument')?.target;
  if (!target) throw new DocumentError('error.notOfficeFile');
  const path = partPath('', target);
  const { sheets, date1904 } = readWorkbook(await readPart(zip, path));
  if (sheets.length === 0) throw new DocumentError('error.notOfficeFile');
  const relationships = readRelationships(await readPart(zip, relationshipsPath(path)));
  const partOf = (sheet: SheetEntry): string | null => {
    const relationship = relationships.find((r) => r.id === sheet.relationship);
    return relationship ? partPath(path, relationship.target) : null;
  };
  return { path, sheets: sheets.map((sheet) => ({ ...sheet, part: partOf(sheet) })), relationships, date1904 };
}

function isTrue(value: string | null): boolean {
  return value === '1' || value === 'true';
}

/**
 * Collects the text of a string item (`si` or `is`) from the events inside it: runs
 * joined, phonetic guides left out, OOXML's `_xHHHH_` escapes turned back into characters.
 */
export class StringItemText {
  /** Elements open inside the item, the item included; 0 outside any item. */
  private depth = 0;
  private skipFrom = 0;
  private inText = false;
  private parts: string[] = [];

  get active(): boolean {
    return this.depth > 0;
  }

  /** Called at the item's own opening tag. */
  start(): void {
    this.depth = 1;
    this.parts = [];
  }

  open(tag: XmlTag): void {
    this.depth++;
    if (this.skipFrom) return;
    if (tag.local === 'rPh') this.skipFrom = this.depth;
    else if (tag.local === 't') this.inText = true;
  }

  text(text: string): void {
    if (this.inText && !this.skipFrom) this.parts.push(text);
  }

  /** True when this closes the item itself. */
  close(): boolean {
    if (this.skipFrom === this.depth) this.skipFrom = 0;
    this.inText = false;
    this.depth--;
    return this.depth === 0;
  }

  get value(): string {
    return decodeEscapes(this.parts.join(''));
  }
}

/** OOXML's `_xHHHH_` escapes (control characters and the like) as the characters they stand for. */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The shared strings table. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  streamXml(xml, {
    open: (tag) => (tag.local === 'si' ? item.start() : item.active && item.open(tag)),
    text: (text) => item.text(text),
    close: () => {
      if (item.active && item.close()) strings.push(item.value);
    },
  });
  return strings;
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30 and the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a format code shows a date: a day or year token outside quoted text and [brackets]. */
export function isDateFormat(code: string): boolean {
  return /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** For each cell style index (`s` of a cell), whether its number format shows a date. */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  const open: string[] = [];
  streamXml(xml, {
    open: (tag) => {
      if (tag.local === 'numFmt') custom.set(Number(tag.attribute('numFmtId')), tag.attribute('formatCode') ?? '');
      if (tag.local === 'xf' && open[open.length - 1] === 'cellXfs') {
        const id = Number(tag.attribute('numFmtId') ?? 0);
        const code = custom.get(id);
        styles.push(code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code));
      }
      open.push(tag.local);
    },
    text: () => undefined,
    close: () => open.pop(),
  });
  return styles;
}
