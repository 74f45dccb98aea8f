import { DocumentError } from '../errors';
import { streamXml, streamXmlPieces, type XmlTag } from './stream-xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ROOT = `<w:document xmlns:w="${W}">`;

/** The events of a part as one line each: open with uri and local name, text, close. */
function events(xml: string, skip: (tag: XmlTag) => boolean = () => false): string[] {
  const out: string[] = [];
  streamXml(xml, {
    open: (tag) => {
      out.push(`<${tag.uri === W ? 'w' : tag.uri}|${tag.local}>`);
      return skip(tag);
    },
    text: (text) => out.push(JSON.stringify(text)),
    close: () => out.push('/'),
  });
  return out;
}

describe('streamXml: what a parser must refuse is a corrupt file', () => {
  it.each([
    ['a close tag of another element', `${ROOT}<w:p></w:r></w:document>`],
    ['an element left open', `${ROOT}<w:body><w:p>`],
    ['two root elements', `${ROOT}</w:document><w:x/>`],
    ['text after the root', `${ROOT}</w:document>tail`],
    ['text before the root', `lead${ROOT}</w:document>`],
    ['an undeclared entity', `${ROOT}<w:t>&nbsp;</w:t></w:document>`],
    ['a bare ampersand', `${ROOT}<w:t>A & B</w:t></w:document>`],
    ['a reference to no character', `${ROOT}<w:t>&#0;</w:t></w:document>`],
    ['a reference past Unicode', `${ROOT}<w:t>&#x110000;</w:t></w:document>`],
    ['"<" in an attribute value', `${ROOT}<w:t w:val="a<b"/></w:document>`],
    ['an unquoted attribute', `${ROOT}<w:t w:val=1/></w:document>`],
    ['an attribute without a value', `${ROOT}<w:t w:val/></w:document>`],
    ['attributes not spaced apart', `${ROOT}<w:t w:a="1"w:b="2"/></w:document>`],
    ['a DOCTYPE', `<!DOCTYPE w:document>${ROOT}</w:document>`],
    ['a control character', `${ROOT}<w:t>\u0001</w:t></w:document>`],
    ['an unpaired surrogate', `${ROOT}<w:t>\ud800x</w:t></w:document>`],
    ['an unterminated comment', `${ROOT}<!-- </w:document>`],
    ['an unterminated CDATA section', `${ROOT}<w:t><![CDATA[x</w:t></w:document>`],
    ['a tag cut off', `${ROOT}<w:t w:val="1"`],
    ['a name that cannot start one', `${ROOT}<1w/></w:document>`],
    ['nothing at all', ''],
  ])('%s', (_name, xml) => {
    expect(() => events(xml)).toThrow(new DocumentError('error.corruptFile'));
  });

  it('content nested deeper than the limit is refused as too deep', () => {
    expect(() => events(`${ROOT}${'<w:x>'.repeat(300)}${'</w:x>'.repeat(300)}</w:document>`)).toThrow(new DocumentError('error.tooDeep', { max: 256 }));
  });
});

describe('streamXml: the events of a well-formed part', () => {
  it.each([
    ['references resolved in text', `${ROOT}<w:t>&lt;Kế hoạch&gt; &amp; &quot;CCHC&quot; &apos;&#273;&#x1EA1;t</w:t></w:document>`, ['<w|document>', '<w|t>', '"<Kế hoạch> & \\"CCHC\\" \'đạt"', '/', '/']],
    ['line ends as "\\n"', `${ROOT}<w:t>a\r\nb\rc</w:t></w:document>`, ['<w|document>', '<w|t>', '"a\\nb\\nc"', '/', '/']],
    ['CDATA as text, comments and instructions left out', `<?xml version="1.0"?>${ROOT}<!-- c --><w:t><![CDATA[<b>&amp;]]></w:t><?pi x?></w:document>`, ['<w|document>', '<w|t>', '"<b>&amp;"', '/', '/']],
    ['a self-closed element opens and closes', `${ROOT}<w:tab/><w:br /></w:document>`, ['<w|document>', '<w|tab>', '/', '<w|br>', '/', '/']],
    ['a default namespace and a prefix declared inside', `<document xmlns="urn:a"><x:p xmlns:x="${W}"/><q/></document>`, ['<urn:a|document>', '<w|p>', '/', '<urn:a|q>', '/', '/']],
    ['a byte order mark before the root', `\ufeff${ROOT}</w:document>`, ['<w|document>', '/']],
  ])('%s', (_name, xml, expected) => {
    expect(events(xml)).toEqual(expected);
  });

  it('reads attributes by local name and namespace, values normalised as XML does', () => {
    const seen: Array<string | null> = [];
    streamXml(`${ROOT}<w:fldChar w:fldCharType="begin" plain="a&#10;b&#x9;c\td" w:char='F0B7'/></w:document>`, {
      open: (tag) => {
        if (tag.local === 'fldChar') seen.push(tag.attribute('fldCharType', W), tag.attribute('plain'), tag.attribute('char', W), tag.attribute('fldCharType'), tag.attribute('missing', W));
      },
      text: () => undefined,
      close: () => undefined,
    });
    expect(seen).toEqual(['begin', 'a\nb\tc d', 'F0B7', null, null]);
  });

  // The same answers where the tag itself declares the namespace its prefix stands for.
  it.each([
    ['spaces around "="', `<w:x w:val = "a" />`, 'val', W, 'a'],
    ['single quotes holding a double one', `<w:x w:val='say "hi"'/>`, 'val', W, 'say "hi"'],
    ['the same local name unprefixed', `<w:x val="plain" w:val="w"/>`, 'val', W, 'w'],
    ['unprefixed asked, prefixed only', `<w:x w:val="w"/>`, 'val', null, null],
    ['a longer name that starts with the one asked', `<w:x w:valx="1" w:val="2"/>`, 'val', W, '2'],
    ['a name that ends with the one asked', `<w:x w:xval="1"/>`, 'val', W, null],
    ['another namespace', `<w:x o:val="1" xmlns:o="urn:o"/>`, 'val', W, null],
    ['the first of two', `<w:x w:val="1"\nw:val="2"/>`, 'val', W, '1'],
    ['references and white space', `<w:x w:val="&lt;&#x41;\tb"/>`, 'val', W, '<A b'],
    ['an empty value', `<w:x w:val=""></w:x>`, 'val', W, ''],
  ])('reads an attribute where the tag holds %s', (_name, tag, local, uri, expected) => {
    const read = (xml: string) => {
      let value: string | null | undefined;
      streamXml(xml, { open: (opened) => void (opened.local === 'x' && (value = opened.attribute(local, uri))), text: () => undefined, close: () => undefined });
      return value;
    };
    expect(read(`${ROOT}${tag}</w:document>`)).toBe(expected);
    expect(read(`${ROOT}${tag.replace('<w:x ', `<w:x xmlns:w="${W}" `)}</w:document>`)).toBe(expected);
  });

  it('gives where each element starts and ends in the part', () => {
    const xml = `${ROOT}<w:p><w:r><w:t>x</w:t></w:r></w:p><w:p/></w:document>`;
    const spans: string[] = [];
    const starts: number[] = [];
    streamXml(xml, {
      open: (tag) => {
        starts.push(tag.start());
      },
      text: () => undefined,
      close: (end) => spans.push(xml.slice(starts.pop(), end)),
    });
    expect(spans).toEqual(['<w:t>x</w:t>', '<w:r><w:t>x</w:t></w:r>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', '<w:p/>', xml]);
  });

  it('leaves out the content of an element the reader does not want, still checking it and closing the element', () => {
    const xml = `${ROOT}<w:rPr><w:b/><w:t>hidden &amp;</w:t></w:rPr><w:t>shown</w:t></w:document>`;
    expect(events(xml, (tag) => tag.local === 'rPr')).toEqual(['<w|document>', '<w|rPr>', '/', '<w|t>', '"shown"', '/', '/']);
    expect(() => events(`${ROOT}<w:rPr><w:b></w:rPr></w:document>`, (tag) => tag.local === 'rPr')).toThrow(new DocumentError('error.corruptFile'));
    expect(() => events(`${ROOT}<w:rPr>&bogus;</w:rPr></w:document>`, (tag) => tag.local === 'rPr')).toThrow(new DocumentError('error.corruptFile'));
  });
});

describe('streamXml over a part in pieces', () => {
  const xml = '<r xmlns:w="urn:w"> <w:b x="1"/><w:c>x&amp;y</w:c> <d>y</d></r>';
  const pieceEvents = (pieces: readonly string[]) => {
    const seen: string[] = [];
    const handlers = { open: (tag: XmlTag) => void seen.push(`<${tag.local}|${tag.uri}`), text: (text: string) => void seen.push(`"${text}"`), close: () => void seen.push('/') };
    streamXmlPieces(pieces, handlers);
    return seen;
  };
  const cut = (...at: string[]) => {
    const places = at.map((mark) => xml.indexOf(mark));
    return [0, ...places].map((from, i) => xml.slice(from, places[i] ?? xml.length));
  };

  it.each([
    ['after the root, before its first child', cut('<w:b')],
    ['inside an element, before its text', cut('x&amp;')],
    ['in three pieces', cut('<w:c', '<d>')],
    ['between white space and a tag', cut(' <d>')],
  ])('reads %s as the part in one piece', (_name, pieces) => {
    expect(pieceEvents(pieces)).toEqual(pieceEvents([xml]));
    expect(pieceEvents(pieces)).toContain('<c|urn:w');
  });

  it.each([
    ['a piece that leaves elements open without saying so', () => streamXml(xml.slice(0, xml.indexOf('<w:b')), { open: () => undefined, text: () => undefined, close: () => undefined })],
    ['a last piece that does not close what the first left open', () => pieceEvents([xml.slice(0, xml.indexOf('<w:b')), '<w:b/>'])],
    ['a last piece that closes another element', () => pieceEvents([xml.slice(0, xml.indexOf('<w:b')), '</x>'])],
    ['a character XML does not allow in a later piece', () => pieceEvents([xml.slice(0, xml.indexOf('<d>')), '<d>\u0001</d></r>'])],
  ])('refuses %s as a corrupt file', (_name, read) => {
    expect(read).toThrow(new DocumentError('error.corruptFile'));
  });
});
