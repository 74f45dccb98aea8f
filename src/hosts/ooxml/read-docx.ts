import type JSZip from 'jszip';
import type { SourceDocument } from '../../plan/types';
import { DocumentError } from '../errors';
import { SKIPPED, TRANSPARENT, WordReader, type OpenTag, type WordCellIndex, type WordTableNodes } from './word-reader';
import { streamXml, streamXmlPieces, type XmlTag } from './stream-xml';
import { childElements, W_NS } from './xml';
import { mayUseLegacyFonts, readStyleFonts, type StyleFonts } from './fonts';
import { ListCounter, readListDefinitions, type ListDefinitions } from './numbering';
import { decodePart, openPackage, readOptionalPart, readPartBytes } from './zip';

export { wordCellAddress } from './word-reader';

/** Reads a .docx file into tables and outside text, automatic list numbers as Word shows them. */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  const { xml, lists, fonts } = await openWordPackage(bytes);
  return readWordBody(xml, lists, fonts, false).source;
}

/** A .docx's package and what reading its body takes: the document part, styles, list definitions, and the style fonts when its text may be in legacy fonts. */
export async function openWordPackage(bytes: Uint8Array): Promise<WordPackage> {
  const { documentBytes, ...parts } = await openWordParts(bytes);
  const xml = decodePart(documentBytes);
  return { ...parts, xml, fonts: legacyFonts(xml, parts.stylesXml) };
}

/** A .docx's package with its document part not yet decoded (a read back decodes only what it reads of it). */
export async function openWordParts(bytes: Uint8Array): Promise<Omit<WordPackage, 'xml' | 'fonts'> & { documentBytes: Uint8Array }> {
  const zip = await openPackage(bytes);
  const documentBytes = await readPartBytes(zip, 'word/document.xml');
  if (!documentBytes) throw new DocumentError('error.notOfficeFile');
  const stylesXml = await readOptionalPart(zip, 'word/styles.xml');
  const numberingXml = await readOptionalPart(zip, 'word/numbering.xml');
  return { zip, documentBytes, stylesXml, numberingXml, lists: readListDefinitions(numberingXml, stylesXml) };
}

/** A .docx opened for reading its body: the document part, the parts its reading depends on, and what they say. */
export interface WordPackage {
  zip: JSZip;
  xml: string;
  stylesXml: string | null;
  numberingXml: string | null;
  lists: ListDefinitions;
  fonts: StyleFonts | null;
}

/** The style fonts of a document whose text may be in TCVN3 or VNI fonts, else null (nothing resolved per run). */
export function legacyFonts(documentXml: string, stylesXml: string | null): StyleFonts | null {
  return mayUseLegacyFonts(documentXml) || (stylesXml !== null && mayUseLegacyFonts(stylesXml)) ? readStyleFonts(stylesXml) : null;
}

/** The style fonts of the flat OOXML package Word's getOoxml() returns, when its text may be in legacy fonts. */
export function packageFonts(ooxml: string): StyleFonts | null {
  return mayUseLegacyFonts(ooxml) ? readStyleFonts(packagePart(ooxml, '/word/styles.xml')) : null;
}

/** A part of the flat OOXML package Word's getOoxml() returns (pkg:part … pkg:xmlData), or null. */
export function packagePart(ooxml: string, name: string): string | null {
  const at = ooxml.indexOf(`pkg:name="${name}"`);
  if (at < 0) return null;
  const start = ooxml.indexOf('<pkg:xmlData>', at);
  const end = ooxml.indexOf('</pkg:xmlData>', start);
  return start < 0 || end < 0 ? null : ooxml.slice(start + '<pkg:xmlData>'.length, end);
}

/** The list definitions a flat OOXML package carries with its document part. */
export function packageLists(ooxml: string): ListDefinitions {
  return readListDefinitions(packagePart(ooxml, '/word/numbering.xml'), packagePart(ooxml, '/word/styles.xml'));
}

/**
 * Reads WordprocessingML (a package's document.xml, or the OOXML that Word's
 * `body.getOoxml()` returns) into tables and outside text, streaming: no tree is built,
 * so a plan of thousands of rows reads in a fraction of the time a DOM would take.
 */
export function readWordXml(xml: string, lists: ListDefinitions | null = null): SourceDocument {
  return readWordBody(xml, lists, xml.includes('<pkg:package') ? packageFonts(xml) : legacyFonts(xml, null)).source;
}

/**
 * Like {@link readWordXml}, with each table's index among the body's top-level tables (null
 * when nested) and Word's own cell indexes. A package from getOoxml() brings its own lists.
 */
export function readWordBody(
  xml: string,
  lists: ListDefinitions | null = xml.includes('<pkg:package') ? packageLists(xml) : null,
  fonts: StyleFonts | null = xml.includes('<pkg:package') ? packageFonts(xml) : null,
  indexWordCells = true,
): { source: SourceDocument; topLevel: Array<number | null>; wordCells: ReadonlyMap<string, WordCellIndex> } {
  const reader = new WordReader<null>('root', lists && new ListCounter(lists), fonts, { indexWordCells });
  readPartInto(xml, reader);
  return { source: reader.source(), topLevel: reader.topLevel, wordCells: reader.wordCells };
}

/**
 * Streams a document part through a reader; a part without a body is no Word document. The part
 * may come in pieces read as one (see {@link streamXml}): a read back decodes only what it reads.
 */
export function readPartInto(xml: string | readonly string[], reader: WordReader<null>): void {
  // The reader keeps nothing of a tag after its open: one view serves every tag of the part.
  const view = new ReaderTag<null>(null);
  const events = {
    open: (tag: XmlTag) => reader.open(view.of(tag)),
    text: (text: string) => reader.text(text),
    close: () => reader.close(),
  };
  if (typeof xml === 'string') streamXml(xml, events);
  else streamXmlPieces(xml, events);
  if (!reader.bodyRead) throw new DocumentError('error.notOfficeFile');
}

/** A streamed tag as the Word reader takes it, with the node the reader keeps for it (no closures). */
export class ReaderTag<N> implements OpenTag<N> {
  local = '';
  uri = '';
  private tag: XmlTag | null = null;

  constructor(readonly node: N) {}

  /** This view showing `tag` (the reader asks it only while it opens that tag). */
  of(tag: XmlTag): this {
    this.tag = tag;
    this.local = tag.local;
    this.uri = tag.uri;
    return this;
  }

  val(): string | null {
    return this.tag?.attribute('val', W_NS) ?? null;
  }

  attr(name: string): string | null {
    return this.tag?.attribute(name, W_NS) ?? null;
  }
}

/** Parses `w:${table}:${row}:${col}` back; null for anything else. */
export function parseWordCellAddress(address: string): { table: number; row: number; col: number } | null {
  const match = /^w:(\d+):(\d+):(\d+)$/.exec(address);
  return match ? { table: Number(match[1]), row: Number(match[2]), col: Number(match[3]) } : null;
}

export type WordTableElements = WordTableNodes<Element>;

/** Reads a parsed WordprocessingML document by the same rules, keeping the elements so that a writer can edit them. */
export function readWordDocument(doc: Document, fonts: StyleFonts | null = null): { source: SourceDocument; elements: WordTableElements[]; body: Element; topLevel: Array<number | null> } {
  const body = doc.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new DocumentError('error.notOfficeFile');
  const reader = new WordReader<Element>('root', null, fonts);
  walk(doc.documentElement, reader);
  return { source: reader.source(), elements: reader.nodes, body, topLevel: reader.topLevel };
}

/** Feeds a DOM subtree to the reader as the events a streaming parser would give. */
function walk(element: Element, reader: WordReader<Element>): void {
  reader.open({ local: element.localName, uri: element.namespaceURI ?? '', val: () => attributeVal(element), attr: (name) => (element.hasAttributeNS(W_NS, name) ? element.getAttributeNS(W_NS, name) : null), node: element });
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
export function paragraphText(p: Element, fonts: StyleFonts | null = null): string {
  const reader = new WordReader<Element>('block', null, fonts);
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
