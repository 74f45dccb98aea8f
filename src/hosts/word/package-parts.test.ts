import { parseXml } from '../ooxml/dom';
import { keepReferencedParts } from './package-parts';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const part = (name: string, content: string) => `<pkg:part pkg:name="${name}"><pkg:xmlData>${content}</pkg:xmlData></pkg:part>`;
const binary = (name: string) => `<pkg:part pkg:name="${name}"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>`;
const rels = (list: Array<[string, string, string, boolean?]>) =>
  `<Relationships xmlns="${RELS}">${list.map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${TYPE}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

/** A package as Word's getOoxml() gives it for a document with a header, a theme, two images and a picture bullet. */
const PACKAGE = `<pkg:package xmlns:pkg="${PKG}">${[
  part('/_rels/.rels', rels([['rId1', 'officeDocument', 'word/document.xml'], ['rId2', 'metadata/core-properties', 'docProps/core.xml']])),
  part(
    '/word/document.xml',
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${TYPE}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body><w:tbl><w:tr><w:tc><w:p><w:hyperlink r:id="rId5"><w:r><w:t>dichvucong.gov.vn</w:t></w:r></w:hyperlink><w:r><w:drawing><a:blip r:embed="rId6"/></w:drawing></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>`,
  ),
  part(
    '/word/_rels/document.xml.rels',
    rels([
      ['rId1', 'styles', 'styles.xml'],
      ['rId2', 'numbering', 'numbering.xml'],
      ['rId3', 'theme', 'theme/theme1.xml'],
      ['rId4', 'header', 'header1.xml'],
      ['rId5', 'hyperlink', 'https://dichvucong.gov.vn', true],
      ['rId6', 'image', 'media/image1.png'],
      ['rId7', 'image', 'media/image2.png'],
      ['rId8', 'settings', 'settings.xml'],
    ]),
  ),
  part('/word/styles.xml', '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  part('/word/numbering.xml', '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  part('/word/_rels/numbering.xml.rels', rels([['rId1', 'image', 'media/bullet.png']])),
  binary('/word/media/bullet.png'),
  part('/word/theme/theme1.xml', '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>'),
  part('/word/header1.xml', '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  binary('/word/media/image1.png'),
  binary('/word/media/image2.png'),
  part('/word/settings.xml', '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
  part('/docProps/core.xml', '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>'),
].join('')}</pkg:package>`;

function trimmed(): Document {
  const pkg = parseXml(PACKAGE);
  keepReferencedParts(pkg, pkg.getElementsByTagNameNS('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'body')[0]);
  return pkg;
}

const names = (pkg: Document) => [...pkg.getElementsByTagNameNS(PKG, 'part')].map((p) => p.getAttributeNS(PKG, 'name'));
const relationshipIds = (pkg: Document, partName: string) => {
  const holder = [...pkg.getElementsByTagNameNS(PKG, 'part')].find((p) => p.getAttributeNS(PKG, 'name') === partName);
  return holder ? [...holder.getElementsByTagName('Relationship')].map((r) => r.getAttribute('Id')) : [];
};

describe('keepReferencedParts', () => {
  it.each([
    ['the package and the document', '/_rels/.rels', true],
    ['the document', '/word/document.xml', true],
    ['the styles (named by id)', '/word/styles.xml', true],
    ['the numbering (named by id)', '/word/numbering.xml', true],
    ['what the numbering refers to', '/word/media/bullet.png', true],
    ['the image the blocks show', '/word/media/image1.png', true],
    ['an image elsewhere in the document', '/word/media/image2.png', false],
    ['the theme', '/word/theme/theme1.xml', false],
    ['a header', '/word/header1.xml', false],
    ['the settings', '/word/settings.xml', false],
    ['the document properties', '/docProps/core.xml', false],
  ])('%s: %s kept %s', (_what, name, kept) => {
    expect(names(trimmed()).includes(name)).toBe(kept);
  });

  it('keeps the relationships the blocks use, and the styles and numbering ones', () => {
    expect(relationshipIds(trimmed(), '/word/_rels/document.xml.rels')).toEqual(['rId1', 'rId2', 'rId5', 'rId6']);
    expect(relationshipIds(trimmed(), '/_rels/.rels')).toEqual(['rId1']);
  });
});
