import type ExcelJS from 'exceljs';
import { decodeLegacy, fontEncoding } from '../../plan/legacy-encoding';
import { UNICODE_FONT } from '../ooxml/unicode-fonts';

/** A cell style whose font is a TCVN3 or VNI font, given Times New Roman instead (the text written is Unicode). */
export function unicodeStyle<S extends Partial<ExcelJS.Style>>(style: S): S {
  return fontEncoding(style.font?.name) ? { ...style, font: { ...style.font, name: UNICODE_FONT } } : style;
}

/**
 * Converts every cell of a sheet a TCVN3 or VNI font draws (the cell's font, or a rich-text
 * run's own) to the Unicode letters it shows, in Times New Roman.
 */
export function convertLegacyCells(sheet: ExcelJS.Worksheet): number {
  let converted = 0;
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const cellEncoding = fontEncoding(cell.font?.name);
      const value = cell.value;
      // A merged range's other cells give and take its first cell's value: decoding it twice would garble it.
      if (cell.isMerged && cell.master !== cell) {
        if (cellEncoding) cell.style = unicodeStyle(cell.style);
        return;
      }
      if (typeof value === 'string' && cellEncoding) {
        cell.value = decodeLegacy(value, cellEncoding.encoding, cellEncoding.capitals);
        converted++;
      } else if (value !== null && typeof value === 'object' && 'richText' in value) {
        const parts = value.richText.map((part) => {
          const encoding = part.font?.name ? fontEncoding(part.font.name) : cellEncoding;
          return encoding ? { ...part, text: decodeLegacy(part.text, encoding.encoding, encoding.capitals), font: { ...part.font, name: UNICODE_FONT } } : part;
        });
        if (parts.some((part, i) => part !== value.richText[i])) converted++;
        cell.value = { richText: parts };
      }
      if (cellEncoding) cell.style = unicodeStyle(cell.style);
    }),
  );
  return converted;
}
