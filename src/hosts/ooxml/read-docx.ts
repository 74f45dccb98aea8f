import { SaxesParser } from 'saxes';
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
  return readWordBody(xml).source;
}

/** Like {@link readWordXml}, with each table's index among the body's top-level tables (null when nested). */
export function readWordBody(xml: string): { source: SourceDocument; topLevel: Array<number | null> } {
  refuseDoctype(xml);
  const reader = new WordReader<null>();
  const scopes = new PrefixScopes();
  // saxes' own namespace processing costs more than the rest of the reading: prefixes
  // are resolved here, and attributes only for the few w:val the reader asks for.
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const scope = scopes.enter(tag.attributes as Record<string, string>);
    const { prefix, local } = splitName(tag.name);
    reader.open({ local, uri: scope.get(prefix) ?? '', val: () => wVal(tag.attributes as Record<string, string>, scope), node: null });
  });
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  parser.on('closetag', () => {
    scopes.leave();
    reader.close();
  });
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
  return { source: reader.source(), topLevel: reader.topLevel };
}

/** Parses `w:${table}:${row}:${col}` back; null for anything else. */
export function parseWordCellAddress(address: string): { table: number; row: number; col: number } | null {
  const match = /^w:(\d+):(\d+):(\d+)$/.exec(address);
  return match ? { table: Number(match[1]), row: Number(match[2]), col: Number(match[3]) } : null;
}

type Scope = ReadonlyMap<string, string>;

/** Namespace prefixes in force at each open element; a new map only where an element declares one. */
class PrefixScopes {
  private readonly stack: Scope[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];

  enter(attributes: Record<string, string>): Scope {
    const parent = this.stack[this.stack.length - 1];
    let scope: Map<string, string> | null = null;
    for (const name in attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      scope ??= new Map(parent);
      scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]);
    }
    this.stack.push(scope ?? parent);
    return scope ?? parent;
  }

  leave(): void {
    this.stack.pop();
  }
}

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** The w:val attribute; attributes without a prefix have no namespace. */
function wVal(attributes: Record<string, string>, scope: Scope): string | null {
  for (const name in attributes) {
    const { prefix, local } = splitName(name);
    if (local === 'val' && prefix && scope.get(prefix) === W_NS) return attributes[name];
  }
  return null;
}

export type WordTableElements = WordTableNodes<Element>;

/** Reads a parsed WordprocessingML document by the same rules, keeping the elements so that a writer can edit them. */
export function readWordDocument(doc: Document): { source: SourceDocument; elements: WordTableElements[]; body: Element; topLevel: Array<number | null> } {
  const body = doc.getElementsByTagNameNS(W_NS, 'body')[0];
  if (!body) throw new DocumentError('error.notOfficeFile');
  const reader = new WordReader<Element>();
  walk(doc.documentElement, reader);
  return { source: reader.source(), elements: reader.nodes, body, topLevel: reader.topLevel };
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
