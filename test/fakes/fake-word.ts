import { XMLSerializer } from '@xmldom/xmldom';
import type { Supports } from '../../src/hosts/host';
import type { WordRun } from '../../src/hosts/word/word-host';
import { supportsFrom } from './requirements';
import { paragraphText, readWordDocument } from '../../src/hosts/ooxml/read-docx';
import { parseXml } from '../../src/hosts/ooxml/dom';
import { childElements, isW } from '../../src/hosts/ooxml/xml';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Wraps a document part as the flat OOXML package Word's getOoxml() returns, with any other parts given (styles, theme, media). */
export function asPackage(documentXml: string, otherParts = ''): string {
  const documentElement = documentXml.replace(/^<\?xml[^>]*\?>/, '');
  return `<pkg:package xmlns:pkg="${PKG}"><pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships></pkg:xmlData></pkg:part><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${documentElement}</pkg:xmlData></pkg:part>${otherParts}</pkg:package>`;
}

/** Where a fake range lies: a run of body blocks, resolved when the queued operation runs. */
type Blocks = () => [number, number];

/**
 * A stand-in for Word's request context, enough for the Word host: operations are
 * queued and run at sync() as in Office.js, loaded values appear only after sync(),
 * every call is recorded and syncs are counted.
 */
export class FakeWord {
  syncs = 0;
  readonly calls: string[] = [];
  /** The packages given to insertOoxml, in order. */
  readonly inserted: string[] = [];
  private doc: Document;
  private queue: Array<() => void> = [];

  constructor(
    documentXml: string,
    sets: Record<string, string> = { WordApi: '1.4' },
    private readonly tracking = false,
    otherParts = '',
  ) {
    this.doc = parseXml(asPackage(documentXml, otherParts));
    this.supports = supportsFrom(sets);
  }

  readonly supports: Supports;

  readonly run: WordRun = (batch) => batch(this.context() as unknown as Word.RequestContext);

  /** The clerk types in the document (between the pane's read and its write): the first text of the first table changes. */
  typeInFirstTable(text: string): void {
    const t = this.body().getElementsByTagNameNS(W_NS, 't')[0];
    if (t) t.textContent = text;
  }

  /** The document part as it now stands (to read it back with the file reader). */
  documentXml(): string {
    const document = this.doc.getElementsByTagNameNS(W_NS, 'document')[0];
    return new XMLSerializer().serializeToString(document as unknown as Parameters<XMLSerializer['serializeToString']>[0]);
  }

  private body(): Element {
    return this.doc.getElementsByTagNameNS(W_NS, 'body')[0];
  }

  private blocks(): Element[] {
    return childElements(this.body()).filter((c) => !isW(c, 'sectPr'));
  }

  private tableBlock(index: number): number {
    let node: Node = this.tableElement(index);
    while (node.parentNode !== this.body()) node = node.parentNode as Node;
    return this.blocks().indexOf(node as Element);
  }

  private tableElement(index: number): Element {
    const { elements, topLevel } = readWordDocument(this.doc);
    return elements[topLevel.indexOf(index)].tbl;
  }

  /** A table's range in Word lies inside a content control around it: replacing it keeps the control. */
  private replaceTable(index: number, ooxml: string): void {
    const tbl = this.tableElement(index);
    const incoming = childElements(readWordDocument(parseXml(ooxml)).body).filter((c) => !isW(c, 'sectPr'));
    for (const block of incoming) tbl.parentNode?.insertBefore(block, tbl);
    tbl.parentNode?.removeChild(tbl);
  }

  /** A cell's text replaced as Word's insertText(…, 'Replace') does: the first paragraph and run keep their properties, a line a paragraph. */
  setCellText(tc: Element, text: string): void {
    const paragraphs = childElements(tc).filter((c) => isW(c, 'p'));
    const model = paragraphs[0];
    for (const p of paragraphs) tc.removeChild(p);
    for (const line of text.split('\n')) {
      const p = model ? (model.cloneNode(false) as Element) : this.doc.createElementNS(W_NS, 'w:p');
      const pPr = model && childElements(model).find((c) => isW(c, 'pPr'));
      if (pPr) p.appendChild(pPr.cloneNode(true));
      const r = this.doc.createElementNS(W_NS, 'w:r');
      const t = this.doc.createElementNS(W_NS, 'w:t');
      t.appendChild(this.doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
      tc.appendChild(p);
    }
  }

  private replace(from: number, to: number, ooxml: string): void {
    const incoming = readWordDocument(parseXml(ooxml)).body;
    const blocks = this.blocks();
    const body = this.body();
    const anchor = blocks[to + 1] ?? childElements(body).find((c) => isW(c, 'sectPr')) ?? null;
    for (const block of blocks.slice(from, to + 1)) body.removeChild(block);
    for (const block of childElements(incoming).filter((c) => !isW(c, 'sectPr'))) body.insertBefore(block, anchor); // moved, not imported: xmldom copies nodes slowly
  }

  private range(blocks: Blocks): object {
    return {
      expandTo: (other: { blocks: Blocks; inside?: boolean }) => {
        this.calls.push('range.expandTo');
        if (other.inside) throw new Error('fake: a range ending inside a content control is not modelled');
        return this.range(() => {
          const [a, b] = blocks();
          const [c, d] = other.blocks();
          return [Math.min(a, c), Math.max(b, d)];
        });
      },
      insertOoxml: (ooxml: string, location: string) => {
        this.calls.push(`range.insertOoxml(${location})`);
        this.inserted.push(ooxml);
        this.queue.push(() => this.replace(...blocks(), ooxml));
      },
      select: () => this.calls.push('range.select'),
      blocks,
    };
  }

  private context(): object {
    const loadable = <T extends object>(name: string, fill: (target: T) => void, target: T): T & { load: (props?: string) => T } => {
      const result = target as T & { load: (props?: string) => T };
      result.load = (props?: string) => {
        this.calls.push(`${name}.load(${props ?? ''})`);
        this.queue.push(() => fill(target));
        return target;
      };
      return result;
    };
    const body = {
      getOoxml: () => {
        this.calls.push('body.getOoxml');
        const result = { value: '' };
        this.queue.push(() => (result.value = new XMLSerializer().serializeToString(this.doc as unknown as Parameters<XMLSerializer['serializeToString']>[0])));
        return result;
      },
      insertOoxml: (ooxml: string, location: string) => {
        this.calls.push(`body.insertOoxml(${location})`);
        if (location === 'End') this.queue.push(() => this.replace(this.blocks().length, this.blocks().length - 1, ooxml));
        else if (location === 'Replace') this.queue.push(() => this.replace(0, this.blocks().length - 1, ooxml));
        else throw new Error(`fake: body.insertOoxml(${location}) is not modelled`);
      },
      get tables() {
        return tables();
      },
      search: (text: string) => {
        fake.calls.push('body.search');
        return loadable('search', (target: { items: object[] }) => {
          const blocks = fake.blocks();
          // One hit per paragraph that holds the text, in document order (in tables too), as Word gives them.
          target.items = blocks.flatMap((block, i) =>
            paragraphsOf(block)
              .filter((p) => paragraphText(p).includes(text))
              .map(() => Object.assign(fake.range(() => [i, i]), { paragraphs: { getFirst: () => ({ getRange: () => fake.range(() => [i, i]) }) } })),
          );
        }, { items: [] as object[] });
      },
    };
    const fake = this;
    const tables = () =>
      loadable('tables', (target: { items: object[] }) => {
        const count = readWordDocument(fake.doc).topLevel.filter((i) => i !== null).length;
        target.items = Array.from({ length: count }, (_, index) => ({
          getRange: (location: string) => {
            fake.calls.push(`table.getRange(${location})`);
            const range = fake.range(() => [fake.tableBlock(index), fake.tableBlock(index)]) as { insertOoxml: (ooxml: string, location: string) => void; inside: boolean };
            if (fake.tableElement(index).parentNode !== fake.body()) {
              // Inside a content control: Word replaces the table, not the control; a range reaching out of it is not modelled.
              range.inside = true;
              range.insertOoxml = (ooxml: string, where: string) => {
                fake.calls.push(`range.insertOoxml(${where})`);
                fake.inserted.push(ooxml);
                fake.queue.push(() => fake.replaceTable(index, ooxml));
              };
            }
            return range;
          },
          getCell: (row: number, cell: number) => {
            fake.calls.push(`table[${index}].getCell(${row},${cell})`);
            // Word counts the table's own w:tr and each row's w:tc; a cell that is not there is ItemNotFound at sync.
            const tr = childElements(fake.tableElement(index)).filter((c) => isW(c, 'tr'))[row];
            const tc = tr && childElements(tr).filter((c) => isW(c, 'tc'))[cell];
            return {
              body: {
                select: () => {
                  fake.queue.push(() => {
                    if (!tc) throw new Error('ItemNotFound');
                    fake.calls.push(`cell.select(${paragraphsOf(tc).map((p) => paragraphText(p)).join(' ')})`);
                  });
                },
                insertText: (text: string, location: string) => {
                  fake.calls.push(`cell.insertText(${location})`);
                  if (location !== 'Replace') throw new Error(`fake: insertText(${location}) is not modelled`);
                  fake.queue.push(() => {
                    if (!tc) throw new Error('ItemNotFound');
                    fake.setCellText(tc, text);
                  });
                },
              },
            };
          },
        }));
      }, { items: [] as object[] });
    const document = {
      body,
      changeTrackingMode: undefined as string | undefined,
      load: (props: string) => {
        this.calls.push(`document.load(${props})`);
        this.queue.push(() => (document.changeTrackingMode = this.tracking ? 'TrackAll' : 'Off'));
        return document;
      },
    };
    return {
      document,
      sync: async () => {
        this.syncs++;
        const queued = this.queue;
        this.queue = [];
        for (const operation of queued) operation();
      },
    };
  }
}

function paragraphsOf(block: Element): Element[] {
  return isW(block, 'p') ? [block] : [...(block as Element).getElementsByTagNameNS(W_NS, 'p')];
}

