import { isDateFormat, readDateStyles, readRelationships, readSharedStrings, readWorkbook } from './workbook-parts';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('workbook parts', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d"/"m"/"yy', true],
    ['[$-42A]dd mmmm yyyy', true],
    ['0.00', false],
    ['#,##0 "đồng"', false],
    ['"Ngày"@', false],
    ['[Red]0', false],
    ['h:mm', false],
    ['\\d0', false],
  ])('format %j shows a date: %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });

  it('reads relationships, leaving out external targets', () => {
    const xml = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>
    </Relationships>`;
    expect(readRelationships(xml)).toEqual([{ id: 'rId1', type: 'worksheet', target: 'worksheets/sheet1.xml' }]);
  });

  it('reads sheets in tab order with their visibility and the 1904 date system', () => {
    const xml = `<workbook ${MAIN} ${REL}><workbookPr date1904="1"/><sheets>
      <sheet name="Kế hoạch" sheetId="3" r:id="rId3"/><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Phụ lục" sheetId="2" r:id="rId2"/>
    </sheets></workbook>`;
    expect(readWorkbook(xml)).toEqual({
      date1904: true,
      sheets: [
        { name: 'Kế hoạch', visible: true, relationship: 'rId3' },
        { name: 'Ẩn', visible: false, relationship: 'rId1' },
        { name: 'Phụ lục', visible: true, relationship: 'rId2' },
      ],
    });
  });

  it('reads shared strings: rich runs joined, phonetic guides dropped, escapes decoded', () => {
    const xml = `<sst ${MAIN}><si><t>Tuyên truyền</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Văn phòng </t></r><r><t>HĐND-UBND</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si><si><t>Dòng 1_x000A_Dòng 2</t></si><si/></sst>`;
    expect(readSharedStrings(xml)).toEqual(['Tuyên truyền', 'Văn phòng HĐND-UBND', 'Dòng 1\nDòng 2', '']);
  });

  it('marks the cell styles whose number format shows a date', () => {
    const xml = `<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="20"/></cellXfs>
      <dxfs count="1"><dxf/></dxfs></styleSheet>`;
    expect(readDateStyles(xml)).toEqual([false, true, true, false, false]);
  });
});
