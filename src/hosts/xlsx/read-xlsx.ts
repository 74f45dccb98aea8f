import type JSZip from 'jszip';
import type { SourceDocument } from '../../plan/types';
import { DocumentError } from '../errors';
import { openPackage, readOptionalPart, readPart } from '../ooxml/zip';
import { LegacyCells } from './legacy-cells';
import { readSheetXml, type WorkbookContext } from './sheet-reader';
import { partPath } from '../ooxml/part-paths';
import { openWorkbook, readDateStyles, readSharedStrings } from './workbook-parts';

/**
 * Reads every visible worksheet of a .xlsx file as one table (merged ranges kept),
 * streaming each part once: workbook, shared strings, styles (for dates), sheets.
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  const zip = await openPackage(bytes);
  const { path, sheets, relationships, date1904 } = await openWorkbook(zip);
  const partOf = (type: string): string | undefined => relationships.find((r) => r.type === type)?.target;
  const [strings, styles] = await Promise.all([optionalPart(zip, path, partOf('sharedStrings')), optionalPart(zip, path, partOf('styles'))]);
  const legacy = LegacyCells.of(styles, strings);
  const context: WorkbookContext = { strings: strings ? readSharedStrings(strings) : [], dateStyles: styles ? readDateStyles(styles) : [], date1904, legacy };
  const tables = [];
  for (const sheet of sheets.filter((entry) => entry.visible)) {
    if (!sheet.part) throw new DocumentError('error.corruptFile');
    tables.push(readSheetXml(await readPart(zip, sheet.part), sheet.name, tables.length, context));
  }
  const legacyEncoding = legacy?.encoding();
  return { tables, text: '', ...(legacyEncoding ? { legacyEncoding } : {}) };
}

async function optionalPart(zip: JSZip, owner: string, target: string | undefined): Promise<string | null> {
  return target ? readOptionalPart(zip, partPath(owner, target)) : null;
}
