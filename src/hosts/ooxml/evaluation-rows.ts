import { fontEncoding } from '../../plan/legacy-encoding';
import { effectiveFont, type StyleFonts } from './fonts';
import { UNICODE_FONT } from './unicode-fonts';
import { elementText } from './xml-text';

/**
 * The evaluation table's rows as WordprocessingML: a paragraph a line, each a plain run — given
 * Times New Roman where the document's default font is a TCVN3 or VNI one, as every run this
 * writer writes is (keepUnicodeReadable).
 */
export function evaluationRowsXml(rows: ReadonlyArray<readonly string[]>, fonts: StyleFonts | null): string {
  const legacyDefault = fonts !== null && fontEncoding(effectiveFont(fonts, { font: null, style: null }, null)) !== null;
  const runProps = legacyDefault ? `<w:rPr><w:rFonts w:ascii="${UNICODE_FONT}" w:hAnsi="${UNICODE_FONT}" w:cs="${UNICODE_FONT}"/></w:rPr>` : '';
  const paragraph = (line: string): string => {
    if (line === '') return '<w:p/>';
    const text = elementText(line);
    return `<w:p><w:r>${runProps}${text === '' ? '<w:t xml:space="preserve"/>' : `<w:t xml:space="preserve">${text}</w:t>`}</w:r></w:p>`;
  };
  return rows.map((cells) => `<w:tr>${cells.map((text) => `<w:tc>${text.split('\n').map(paragraph).join('')}</w:tc>`).join('')}</w:tr>`).join('');
}
