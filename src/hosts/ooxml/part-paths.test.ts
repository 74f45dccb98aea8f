import { partPath, relationshipsPath } from './part-paths';

describe('part paths', () => {
  it.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet2.xml', 'xl/worksheets/sheet2.xml'],
    ['xl/workbook.xml', '../customXml/item1.xml', 'customXml/item1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ])('target of %s → %s is %s', (owner, target, expected) => {
    expect(partPath(owner, target)).toBe(expected);
  });

  it('finds the relationships part of a part', () => {
    expect(relationshipsPath('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  });
});
