import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import type { SourceDocument } from '../../plan/types';
import { DocumentError } from '../errors';
import { SKIPPED, TRANSPARENT, WordReader, type WordTableNodes } from './word-reader';
import { childElements, refuseDoctype, W_NS } from './xml';
import { openPackage, readPart } from './zip';

export { wordCellAddress } from './word-reader';

/** Reads a .docx file into tables and outside text. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const zip = await openPackage(bytes);
  const xml = await readPart(zip, 'word/document.xml');
  return readWordXml(xml);
}

/**
 * Reads WordprocessingML (a package's document.xml, or the OOXML that Word's
 * `body.getOoxml()` returns) into tables and outside text, streaming: no tree is built,
 * so a plan of thousands of rows reads in a fraction of the time a DOM would take.
 */
export function readWordXml(xml: string): SourceDocument {
  refuseDoctype(xml);
  const reader = new WordReader<null>();
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => reader.open({ local: tag.local, uri: tag.uri, val: () => wVal(tag.attributes), node: null }));
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  parser.on('closetag', () => reader.close());
  parser.on('doctype', () => {
    throw new DocumentError('error.corruptFile');
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('error.corruptFile');
  }
  if (!reader.bodyRead) throw new DocumentError('error.notOfficeFile');
  return reader.source();
}

function wVal(attributes: Record<string, SaxesAttributeNS>): string | null {
  for (const attribute of Object.values(attributes)) {
    if (attribute.local === 'val' && attribute.uri === W_NS) return attribute.value;
  }
  return null;
}

export type WordTableElements = WordTableNodes<Element>;

/** Reads a parsed WordprocessingML document by the same rules, keeping the elements so that a writer can edit them. */
export function readWordDocument(doc: Document): { source: SourceDocument; elements: WordTableElements[]; body: Element } {
  const body = doc.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new DocumentError('error.notOfficeFile');
  const reader = new WordReader<Element>();
  walk(doc.documentElement, reader);
  return { source: reader.source(), elements: reader.nodes, body };
}

/** Feeds a DOM subtree to the reader as the events a streaming parser would give. */
function walk(element: Element, reader: WordReader<Element>): void {
  reader.open({ local: element.localName, uri: element.namespaceURI ?? '', val: () => attributeVal(element), node: element });
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) walk(child as Element, reader);
    else if (child.nodeType === 3 || child.nodeType === 4) reader.text((child as CharacterData).data);
  }
  reader.close();
}

function attributeVal(element: Element): string | null {
  return element.hasAttributeNS(W_NS, 'val') ? element.getAttributeNS(W_NS, 'val') : null;
}

/** Text of one paragraph as the reader reads it (tracked deletions left out, tabs and breaks kept). */
export function paragraphText(p: Element): string {
  const reader = new WordReader<Element>('block');
  walk(p, reader);
  return reader.paragraphs.join('\n');
}

/** Children of a container with transparent wrappers (content controls, tracked insertions) opened. */
export function contentChildren(container: Element): Element[] {
  const out: Element[] = [];
  for (const child of childElements(container)) {
    if (child.namespaceURI !== W_NS) continue;
    if (SKIPPED.has(child.localName)) continue;
    if (TRANSPARENT.has(child.localName)) out.push(...contentChildren(child));
    else out.push(child);
  }
  return out;
}
