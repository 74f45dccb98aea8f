import JSZip from 'jszip';
import { newPlanRows, type NewPlan } from '../../plan/new-plan';
import { elementText } from './xml-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return elementText(text).replace(/"/g, '&quot;');
}

function paragraph(text: string, { bold = false, center = false, size }: { bold?: boolean; center?: boolean; size?: number } = {}): string {
  const pPr = center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : '';
  const rPr = bold || size ? `<w:rPr>${bold ? '<w:b/>' : ''}${size ? `<w:sz w:val="${size}"/>` : ''}</w:rPr>` : '';
  return `<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** Column widths in twentieths of a point, on a landscape A4 page: TT narrow, task and activity wide. */
const WIDTHS = [600, 3000, 3400, 2200, 1900, 1900, 1700];

function cell(text: string, width: number, props: string, bold = false): string {
  const lines = text.split('\n').map((line) => `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${props}</w:tcPr>${lines}</w:tc>`;
}

function table(plan: NewPlan): string {
  const rows = newPlanRows(plan).map((row) => {
    if (row.kind === 'header') return `<w:tr><w:trPr><w:tblHeader/></w:trPr>${row.cells.map((text, c) => cell(text, WIDTHS[c], '<w:vAlign w:val="center"/>', true)).join('')}</w:tr>`;
    if (row.kind === 'section') return `<w:tr>${cell(row.cells[0], WIDTHS.reduce((a, b) => a + b, 0), `<w:gridSpan w:val="${WIDTHS.length}"/>`, true)}</w:tr>`;
    // A task's TT and text are merged down over its activities, as the seeds do.
    const merge = row.taskRows > 1 ? (row.firstOfTask ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
    return `<w:tr>${row.cells.map((text, c) => (c < 2 ? cell(row.firstOfTask ? text : '', WIDTHS[c], merge) : cell(text, WIDTHS[c], ''))).join('')}</w:tr>`;
  });
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** The plan's title lines and table as WordprocessingML blocks (for a new document, or the end of one without a plan). */
export function planBlocksXml(plan: NewPlan): string {
  const [letterhead, kind, subject, basis] = plan.title;
  return (
    paragraph(letterhead, { bold: true, center: true }) +
    paragraph(kind, { bold: true, center: true, size: 28 }) +
    paragraph(subject, { bold: true, center: true }) +
    paragraph(basis) +
    table(plan) +
    paragraph('')
  );
}

/** A new plan as a .docx the clerk then edits: Times New Roman, a bordered table with a repeated header row, landscape A4. */
export async function newPlanDocx(plan: NewPlan): Promise<Uint8Array> {
  const body =
    planBlocksXml(plan) +
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
